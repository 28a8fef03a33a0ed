package calls

import (
	"slices"
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
		v, l := p.value(&r)
		if p.kind == kList {
			l = slices.DeleteFunc(slices.Clone(l), func(s string) bool { return s == "" })
			if len(l) > 0 {
				out = append(out, arg{key: p.key, kind: kList, list: l})
			}
		} else if v != "" || i < 2 {
			out = append(out, arg{key: p.key, kind: p.kind, val: v})
		}
	}
	return out
}

// writeArgs writes each arg as indent, its name, assign and its value, with
// sep between two args and last after the final one.
func writeArgs(b *strings.Builder, args []arg, indent, assign, sep, last string, name func(string) string, value func(arg) string) {
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(indent + name(a.key) + assign + value(a))
	}
	if len(args) > 0 {
		b.WriteString(last)
	}
}

// typedArgs returns the args a typed SDK can take. For each other one, a
// whole-number or boolean key holding something else, it writes a comment
// line saying that it is left out.
func typedArgs(b *strings.Builder, args []arg, indent string) []arg {
	var out []arg
	for _, a := range args {
		switch {
		case a.kind == kInt && !isInt(a.val):
			b.WriteString(indent + "// " + a.key + " is left out: it is not a whole number.\n")
		case a.kind == kBool && !isBool(a.val):
			b.WriteString(indent + "// " + a.key + " is left out: it is not true or false.\n")
		default:
			out = append(out, a)
		}
	}
	return out
}

// dynValue returns a's value for a dynamically typed language: a list in
// brackets, a whole number or boolean bare (yes and no are the language's
// booleans), anything else a string literal made by q.
func dynValue(a arg, q func(string) string, yes, no string) string {
	switch {
	case a.kind == kList:
		return listLit(a.list, q, "[", "]")
	case a.kind == kInt && isInt(a.val):
		return a.val
	case a.kind == kBool && a.val == "true":
		return yes
	case a.kind == kBool && a.val == "false":
		return no
	}
	return q(a.val)
}

// listLit returns open, the quoted elements of l joined by ", ", and close.
func listLit(l []string, q func(string) string, open, close string) string {
	var b strings.Builder
	b.WriteString(open)
	for i, v := range l {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(q(v))
	}
	b.WriteString(close)
	return b.String()
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

// snake returns a form key in snake case: sip_auth_username.
func snake(key string) string { return separated(key, '_') }

// same returns a form key as it is.
func same(key string) string { return key }

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

// The string literal makers of each language.
func qC(s string) string    { return quote(s, dialectC) }
func qJava(s string) string { return quote(s, dialectJava) }
func qPHP(s string) string  { return quote(s, dialectPHP) }
