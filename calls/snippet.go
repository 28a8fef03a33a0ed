package calls

import (
	"strings"
)

// A Language is one SDK snippet flavour.
type Language struct {
	ID   string // "cli", "node", "python", "go", "csharp", "java", "php", "ruby"
	Name string // shown on the tab, e.g. "Node.js"
}

// languages lists the snippet languages in display order, with their writers.
var languages = []struct {
	Language
	write func(*strings.Builder, Request, []arg)
}{
	{Language{"cli", "twilio CLI"}, writeCLI},
	{Language{"node", "Node.js"}, writeNode},
	{Language{"python", "Python"}, writePython},
	{Language{"go", "Go"}, writeGo},
	{Language{"csharp", "C#"}, writeCSharp},
	{Language{"java", "Java"}, writeJava},
	{Language{"php", "PHP"}, writePHP},
	{Language{"ruby", "Ruby"}, writeRuby},
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
			var b strings.Builder
			b.Grow(1024)
			l.write(&b, r, snippetArgs(r))
			return b.String()
		}
	}
	return ""
}

// An arg is one parameter of a snippet: a single value or a list.
type arg struct {
	key  string
	kind kind
	val  string
	list []string
}

// snippetArgs returns r's parameters in FormBody's order: To and From
// always (they are required), the others when set; a list keeps its
// non-empty elements.
func snippetArgs(r Request) []arg {
	var out []arg
	for i := range params {
		p := &params[i]
		if p.list != nil {
			var l []string
			for _, v := range *p.list(&r) {
				if v != "" {
					l = append(l, v)
				}
			}
			if len(l) > 0 {
				out = append(out, arg{key: p.key, kind: kList, list: l})
			}
		} else if v := *p.str(&r); v != "" || p.key == "To" || p.key == "From" {
			out = append(out, arg{key: p.key, kind: p.kind, val: v})
		}
	}
	return out
}

// isInt reports whether v is a whole number written the canonical way
// (no sign, no leading zero), small enough for every SDK's int.
func isInt(v string) bool {
	if v == "" || len(v) > 9 || v[0] == '0' && len(v) > 1 {
		return false
	}
	_, ok := atoi(v)
	return ok
}

// isBool reports whether v is true or false.
func isBool(v string) bool { return v == "true" || v == "false" }

// camel returns a form key with a lower-case first letter: sipAuthUsername.
func camel(key string) string {
	return string(key[0]+'a'-'A') + key[1:]
}

// separated returns a form key in lower case with sep between its words:
// sip_auth_username, sip-auth-username.
func separated(key string, sep byte) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b.WriteByte(sep)
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// commentSkipped writes a comment line saying why a typed SDK snippet leaves
// out a.
func commentSkipped(b *strings.Builder, indent, comment string, a arg) {
	what := "a whole number"
	if a.kind == kBool {
		what = "true or false"
	}
	b.WriteString(indent + comment + " " + a.key + " is left out: it is not " + what + ".\n")
}

// typedOK reports whether a typed SDK can take a's value.
func typedOK(a arg) bool {
	switch a.kind {
	case kInt:
		return isInt(a.val)
	case kBool:
		return isBool(a.val)
	}
	return true
}
