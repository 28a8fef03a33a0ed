package sdk

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sipplay/sipplay/calls"
)

// A Difference is a way in which an SDK, running a snippet, legitimately
// sends something other than FormBody: the checks expect it, by name.
type Difference struct {
	Name  string   // kebab-case
	Langs []string // the snippet languages it applies to
	Says  string   // what the SDK sends instead, in one sentence
	// Note is the text of the comment line in which the snippet says so.
	Note string
	// Change changes want, the request expected of r, and reports whether
	// the difference applied to r.
	Change func(r calls.Request, want *Request) bool
}

// Differences lists every known difference, in the order Expect applies
// them.
var Differences = []Difference{
	{
		Name:  "unicode-strings",
		Note:  "Invalid UTF-8 in a value is sent as U+FFFD",
		Langs: []string{"node", "python", "cli", "ruby"},
		Says: "Strings are Unicode: each byte of invalid UTF-8 is sent as U+FFFD (the snippet's literal already holds \\uFFFD; " +
			"the CLI decodes its arguments as UTF-8).",
		Change: func(r calls.Request, want *Request) bool {
			changed := !utf8.ValidString(want.Path) // the AccountSid in it
			want.Path = string([]rune(want.Path))
			for i, p := range want.Pairs {
				if !utf8.ValidString(p.Value) {
					want.Pairs[i].Value = string([]rune(p.Value))
					changed = true
				}
			}
			return changed
		},
	},
	{
		Name:  "required-sent-empty",
		Note:  "is empty: the library sends it empty",
		Langs: []string{"node", "python", "go", "cli", "php", "ruby"},
		Says:  "To and From are required arguments, so the snippet always passes them and the SDK sends To= or From= even when the value is empty (FormBody leaves an empty field out).",
		Change: func(r calls.Request, want *Request) bool {
			changed := false
			for _, k := range []string{"To", "From"} {
				if !slices.ContainsFunc(want.Pairs, func(p calls.Param) bool { return p.Key == k }) {
					want.Pairs = append(want.Pairs, calls.Param{Key: k})
					changed = true
				}
			}
			return changed
		},
	},
	{
		Name:  "account-sid-as-written",
		Note:  "AccountSid is not AC and 32 hex digits: the library puts it into the URL as written",
		Langs: []string{"node", "python", "go"},
		Says: "The SDK puts the AccountSid into the URL path unescaped, so one that is not AC and 32 hex digits " +
			"(a mistake Check reports) may change the URL, or the SDK refuses it (twilio 6.2.0: \"Parameter 'sid' is not valid\").",
		Change: func(r calls.Request, want *Request) bool {
			if r.AccountSid == "" || regexp.MustCompile(`^AC[0-9a-fA-F]{32}$`).MatchString(r.AccountSid) {
				return false
			}
			want.AnyPath = true
			return true
		},
	},
	{
		Name:  "python-boolean-capitalised",
		Note:  "python3-twilio 7.x sends record=",
		Langs: []string{"python"},
		Says:  "python3-twilio 7.7.1 (Debian's) sends the Python bool as str() makes it: Record=True or Record=False (newer releases send true/false).",
		Change: func(r calls.Request, want *Request) bool {
			for i, p := range want.Pairs {
				if p.Key == "Record" && (p.Value == "true" || p.Value == "false") {
					want.Pairs[i].Value = strings.ToUpper(p.Value[:1]) + p.Value[1:]
					return true
				}
			}
			return false
		},
	},
	{
		Name:  "typed-left-out",
		Note:  "is left out: it is not",
		Langs: []string{"go"},
		Says:  "A whole-number key holding something else, or Record holding neither true nor false, cannot be passed to the typed SDK's setter: the snippet leaves it out and says so in a comment.",
		Change: func(r calls.Request, want *Request) bool {
			n := len(want.Pairs)
			want.Pairs = slices.DeleteFunc(want.Pairs, func(p calls.Param) bool {
				return slices.Contains(intKeys, p.Key) && !wholeNumber(p.Value) ||
					slices.Contains(boolKeys, p.Key) && p.Value != "true" && p.Value != "false"
			})
			return len(want.Pairs) != n
		},
	},
	{
		Name:  "cli-drops-nul",
		Note:  "NUL bytes cannot be passed in a command argument",
		Langs: []string{"cli"},
		Says:  "No command argument can carry a NUL byte: the CLI snippet drops them from its values and sends the rest.",
		Change: func(r calls.Request, want *Request) bool {
			changed := false
			for i, p := range want.Pairs {
				if strings.Contains(p.Value, "\x00") {
					want.Pairs[i].Value = strings.ReplaceAll(p.Value, "\x00", "")
					changed = true
				}
			}
			return changed
		},
	},
	{
		Name:  "cli-record-flag",
		Note:  "the CLI's --record flag takes no value",
		Langs: []string{"cli"},
		Says:  "The CLI's --record is a flag without a value: the snippet writes it for Record=true and sends nothing for any other value (false is the API's default).",
		Change: func(r calls.Request, want *Request) bool {
			n := len(want.Pairs)
			want.Pairs = slices.DeleteFunc(want.Pairs, func(p calls.Param) bool { return p.Key == "Record" && p.Value != "true" })
			return len(want.Pairs) != n
		},
	},
	{
		Name:  "cli-refuses-invalid",
		Note:  "The CLI checks values against its API schema and refuses",
		Langs: []string{"cli"},
		Says: "The CLI checks each flag against its own API schema (whole numbers, GET or POST for methods, the AP/BY SID patterns) " +
			"and refuses to send a request with a value that breaks it, naming the flag; an --account-sid that is no AC SID " +
			"makes it fail with an \"unexpected error\" that names nothing.",
		Change: func(r calls.Request, want *Request) bool {
			want.Refused = cliRefused(r, want.Pairs)
			return len(want.Refused) > 0
		},
	},
}

// NoteLine returns the comment line of snippet in which it says that the
// difference with the given name applies, or "".
func NoteLine(snippet, name string) string {
	for _, d := range Differences {
		if d.Name != name {
			continue
		}
		for line := range strings.Lines(snippet) {
			if strings.Contains(line, d.Note) {
				return line
			}
		}
	}
	return ""
}

// wholeNumber reports whether v is a whole number the way the snippets
// write one bare: digits, no sign, no leading zero, at most nine digits.
func wholeNumber(v string) bool {
	if v == "" || len(v) > 9 || v[0] == '0' && len(v) > 1 {
		return false
	}
	return strings.Trim(v, "0123456789") == ""
}

// A schemaProp is the part of a property of the CLI's API schema that its
// validator checks.
type schemaProp struct {
	Type      string   `json:"type"`
	Enum      []string `json:"enum"`
	Pattern   string   `json:"pattern"`
	MinLength int      `json:"minLength"`
	MaxLength int      `json:"maxLength"`
}

// cliSchema holds the Calls create parameters of the CLI's own API schema,
// by form key, with "AccountSid" for the path parameter; LoadCLISchema
// fills it.
var cliSchema map[string]schemaProp

// LoadCLISchema reads the Calls create parameters from the API schema that
// the installed twilio CLI validates its flags with.
func LoadCLISchema(nodeModules string) error {
	b, err := os.ReadFile(filepath.Join(nodeModules, "@twilio/cli-core/src/services/twilio-api/twilio_api_v2010.json"))
	if err != nil {
		return err
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return err
	}
	var post struct {
		Parameters []struct {
			Name   string     `json:"name"`
			Schema schemaProp `json:"schema"`
		} `json:"parameters"`
		RequestBody struct {
			Content map[string]struct {
				Schema struct {
					Properties map[string]schemaProp `json:"properties"`
				} `json:"schema"`
			} `json:"content"`
		} `json:"requestBody"`
	}
	if err := json.Unmarshal(doc.Paths["/2010-04-01/Accounts/{AccountSid}/Calls.json"]["post"], &post); err != nil {
		return fmt.Errorf("the CLI's Calls create operation: %w", err)
	}
	props := post.RequestBody.Content["application/x-www-form-urlencoded"].Schema.Properties
	if len(props) == 0 {
		return fmt.Errorf("the CLI's schema has no Calls create parameters")
	}
	for _, p := range post.Parameters {
		props[p.Name] = p.Schema
	}
	cliSchema = props
	return nil
}

// cliRefused returns the kebab-case flags whose values in pairs (and the
// AccountSid of r) the CLI's validator refuses: the rules of its
// json-validator.js for the schema's integer type, enum, pattern and
// lengths. Empty strings pass, as they do there.
func cliRefused(r calls.Request, pairs []calls.Param) []string {
	var out []string
	check := func(key, v string) {
		s, ok := cliSchema[key]
		bad := false
		switch {
		case !ok:
		case s.Type == "integer":
			bad = !regexp.MustCompile(`^[+-]?\d+$`).MatchString(v)
		case s.Type == "string" && v != "":
			n := len(utf16.Encode([]rune(v))) // JavaScript's length
			bad = s.MinLength > 0 && n < s.MinLength || s.MaxLength > 0 && n > s.MaxLength ||
				s.Pattern != "" && !regexp.MustCompile(s.Pattern).MatchString(v) ||
				s.Enum != nil && !slices.Contains(s.Enum, v)
		}
		if bad && !slices.Contains(out, kebab(key)) {
			out = append(out, kebab(key))
		}
	}
	if r.AccountSid != "" {
		check("AccountSid", strings.ReplaceAll(r.AccountSid, "\x00", ""))
	}
	for _, p := range pairs {
		check(p.Key, p.Value)
	}
	return out
}

// kebab returns a form key as the CLI's flag name: SipAuthUsername is
// sip-auth-username.
func kebab(key string) string {
	var b strings.Builder
	for i, c := range key {
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}
