package calls

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Language is one SDK snippet flavour.
type Language struct {
	ID   string // "cli", "node", "python", "go", "csharp", "java", "php", "ruby"
	Name string // shown on the tab, e.g. "Node.js"
}

// A language is a registered snippet language: its tab and the function
// that writes a call in it, one per snippet_<id>.go file.
type language struct {
	Language
	write func(c *call) string
}

// languages lists the snippet languages in display order. Adding a
// language is one snippet_<id>.go file with its writer and one line here.
var languages = []language{
	{Language{ID: "cli", Name: "twilio CLI"}, writeCLI},
	{Language{ID: "node", Name: "Node.js"}, writeNode},
	{Language{ID: "python", Name: "Python"}, writePython},
	{Language{ID: "go", Name: "Go"}, writeGo},
	{Language{ID: "csharp", Name: "C#"}, writeCSharp},
	{Language{ID: "java", Name: "Java"}, writeJava},
	{Language{ID: "php", Name: "PHP"}, writePHP},
	{Language{ID: "ruby", Name: "Ruby"}, writeRuby},
}

// Languages lists the snippet languages in display order.
func Languages() []Language {
	out := make([]Language, len(languages))
	for i, l := range languages {
		out[i] = l.Language
	}
	return out
}

// Snippet returns r as code in the language with the given ID, written the
// way Twilio's own samples are: credentials come from the TWILIO_ACCOUNT_SID
// and TWILIO_AUTH_TOKEN environment variables (never inlined), a given
// AccountSid selects the account the call is made in, and the parameters
// follow FormBody's order. Every string is a literal escaped for its
// language; invalid UTF-8 becomes U+FFFD except in Go and PHP, whose
// strings hold bytes. A whole number or true/false is written as a number
// or boolean; in the typed languages (Go, C#, Java) a value that is neither
// is left out with a comment saying so. It returns "" for an unknown ID.
func Snippet(r Request, lang string) string {
	for _, l := range languages {
		if l.ID == lang {
			return l.write(newCall(r))
		}
	}
	return ""
}

// The comment on where the credentials come from, for languages whose
// comments start with # and with //.
const (
	credentialsHash = `# Credentials come from the environment (your Account SID and Auth Token are
# on twilio.com/console); http://twil.io/secure says why.
`
	credentialsSlash = `// Credentials come from the environment (your Account SID and Auth Token are
// on twilio.com/console); http://twil.io/secure says why.
`
)

// indent returns text with prefix before each of its lines.
func indent(prefix, text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "")
}

// A call is a request as the snippet writers see it.
type call struct {
	Request
	// args are To and From (always, as the API requires them), then each
	// other parameter that is set, in FormBody's order.
	args []arg
}

// An arg is one parameter of a snippet.
type arg struct {
	Key   string
	Kind  Kind
	Value string   // the value of a single-valued parameter
	List  []string // the non-empty elements of a List
}

// newCall collects r's arguments.
func newCall(r Request) *call {
	c := &call{Request: r}
	for i := range parameters {
		p := &parameters[i]
		a := arg{Key: p.Key, Kind: p.Kind}
		switch {
		case p.Path:
			continue
		case p.Kind == List:
			for _, v := range *p.list(&r) {
				if v != "" {
					a.List = append(a.List, v)
				}
			}
			if a.List == nil {
				continue
			}
		default:
			a.Value = *p.text(&r)
			if a.Value == "" && !p.Required {
				continue
			}
		}
		c.args = append(c.args, a)
	}
	return c
}

// has reports whether some argument is of kind k.
func (c *call) has(k Kind) bool {
	for _, a := range c.args {
		if a.Kind == k {
			return true
		}
	}
	return false
}

// typed splits the arguments for an SDK whose setters are typed: kept
// ones, and an Int that is not a whole number or a Bool that is not true or
// false, which such an SDK cannot take.
func (c *call) typed() (kept, leftOut []arg) {
	for _, a := range c.args {
		if a.Kind == Int && !isInt(a.Value) || a.Kind == Bool && !isBool(a.Value) {
			leftOut = append(leftOut, a)
		} else {
			kept = append(kept, a)
		}
	}
	return kept, leftOut
}

// leftOutComments returns a // comment line, with prefix before it, for
// each argument a typed SDK leaves out.
func leftOutComments(prefix string, leftOut []arg) string {
	var b strings.Builder
	for _, a := range leftOut {
		why := "it is not a whole number"
		if a.Kind == Bool {
			why = "it is not true or false"
		}
		b.WriteString(prefix + "// " + a.Key + " is left out: " + why + ".\n")
	}
	return b.String()
}

// notes returns a comment line, each line starting with prefix (its
// indent and comment marker), for each way the library running the snippet
// sends something other than FormBody: with rawPath (a library that puts
// the AccountSid into the URL unescaped) an AccountSid that is not a SID,
// an empty To or From, which it sends empty, and with unicode (a language whose strings hold Unicode) invalid
// UTF-8, which it sends as U+FFFD. The SDK checks in e2e/sdk hold these.
func (c *call) notes(prefix string, unicode, rawPath bool) string {
	var b strings.Builder
	if rawPath && c.AccountSid != "" && !isSID(c.AccountSid, "AC") {
		b.WriteString(prefix + "AccountSid is not AC and 32 hex digits: the library puts it into the URL as written, so the request may go elsewhere or be refused.\n")
	}
	for _, a := range c.args[:2] {
		if a.Value == "" {
			b.WriteString(prefix + a.Key + " is empty: the library sends it empty, and Twilio requires a value.\n")
		}
	}
	if unicode {
		for _, a := range c.args {
			if !utf8.ValidString(a.Value) || slices.ContainsFunc(a.List, func(v string) bool { return !utf8.ValidString(v) }) {
				b.WriteString(prefix + "Invalid UTF-8 in a value is sent as U+FFFD: the library's strings hold Unicode.\n")
				break
			}
		}
	}
	return b.String()
}

// source returns the first argument after To and From when it is an
// instruction source (Url, Twiml or ApplicationSid).
func (c *call) source() (arg, bool) {
	if len(c.args) > 2 {
		if p := byKey[c.args[2].Key]; p.Source {
			return c.args[2], true
		}
	}
	return arg{}, false
}

// A syntax is how a language writes a value in the common case.
type syntax struct {
	quote               func(string) string // a string literal
	listOpen, listClose string              // around a list's elements
	yes, no             string              // the booleans
}

// value returns a's value: a list literal, a whole number or boolean
// bare, else a string literal.
func (s syntax) value(a arg) string {
	switch {
	case a.Kind == List:
		items := make([]string, len(a.List))
		for i, v := range a.List {
			items[i] = s.quote(v)
		}
		return s.listOpen + strings.Join(items, ", ") + s.listClose
	case a.Kind == Int && isInt(a.Value):
		return a.Value
	case a.Kind == Bool && a.Value == "true":
		return s.yes
	case a.Kind == Bool && a.Value == "false":
		return s.no
	}
	return s.quote(a.Value)
}

// isInt reports whether v is a whole number written the canonical way
// (no sign, no leading zero), small enough for every SDK's int.
func isInt(v string) bool {
	return isWhole(v) && len(v) <= 9 && (v[0] != '0' || v == "0")
}

// isBool reports whether v is true or false.
func isBool(v string) bool { return v == "true" || v == "false" }

// camelCase returns a form key with its first letter in lower case:
// sipAuthUsername.
func camelCase(key string) string {
	return strings.ToLower(key[:1]) + key[1:]
}

// separated returns a form key in lower case with sep between its words:
// sip_auth_username, sip-auth-username.
func separated(key string, sep rune) string {
	var b strings.Builder
	for i, r := range key {
		if 'A' <= r && r <= 'Z' {
			if i > 0 {
				b.WriteRune(sep)
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
