package highlight

import (
	"strings"

	. "github.com/alecthomas/chroma/v2"
)

// The token types used for the parts of a SIP URI. They have classes of
// their own, so a person sees the URI's structure at a glance.
const (
	uriScheme      = KeywordNamespace     // sip: sips:
	uriUser        = NameVariable         // alice
	uriPassword    = NameVariableInstance // secret
	uriHost        = NameNamespace        // example.com
	uriPort        = LiteralNumberInteger // 5061
	uriParamName   = NameProperty         // transport
	uriParamValue  = LiteralStringSymbol  // tls
	uriHeaderName  = NameLabel            // X-Custom
	uriHeaderValue = LiteralStringOther   // foo
)

// A spec is one lexer rule written as plain data, so the tables below are
// static data rather than init code. A spec with a state starts that state;
// one without continues the previous spec's state. types holds the rule's
// token type, or one per group (chroma.ByGroups), or none. mut is the
// mutator: "" none, "+s" Push(s), "-n" Pop(n) (n one digit), ">s" replace
// the current state by s (Pop(1) then Push(s)), "@s" the rules of s
// (expanded here; states named "_…" exist only to be included).
type spec struct {
	state, pattern string
	types          []TokenType
	mut            string
}

// entity matches a character or entity reference.
const entity = `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`

// xmlName matches an XML name loosely: anything up to a delimiter.
const xmlName = `[^\s/>=<"'&]+`

var twimlSpecs = []spec{
	{"root", `\s+`, []TokenType{Whitespace}, ""},
	{"", `(</)(\s*)(` + xmlName + `)?(\s*)(>?)`, []TokenType{Punctuation, Whitespace, NameTag, Whitespace, Punctuation}, ""},
	{"", `(<)(Sip)(?=[\s/>]|$)`, []TokenType{Punctuation, NameTag}, "+siptag"},
	{"", `<!--`, []TokenType{Comment}, "+comment"},
	{"", `<!\[CDATA\[`, []TokenType{CommentPreproc}, "+cdata"},
	{"", `<\?`, []TokenType{CommentPreproc}, "+pi"},
	{"", `<![^>]*>?`, []TokenType{CommentPreproc}, ""},
	{"", `(<)(` + xmlName + `)`, []TokenType{Punctuation, NameTag}, "+tag"},
	{"", `[^<&\s]+`, []TokenType{Text}, ""},
	{"", entity, []TokenType{NameEntity}, ""},
	{"", `[<&]`, []TokenType{Error}, ""},

	{"comment", `-->`, []TokenType{Comment}, "-1"},
	{"", `[^-]+|-`, []TokenType{Comment}, ""},

	{"cdata", `\]\]>`, []TokenType{CommentPreproc}, "-1"},
	{"", `[^\]]+|\]`, []TokenType{Text}, ""},

	{"pi", `\?>`, []TokenType{CommentPreproc}, "-1"},
	{"", `[^?]+|\?`, []TokenType{CommentPreproc}, ""},

	{"tag", `/?>`, []TokenType{Punctuation}, "-1"},
	{"", "", nil, "@_attrs"},

	{"siptag", `/>`, []TokenType{Punctuation}, "-1"},
	{"", `>`, []TokenType{Punctuation}, "+sipbody"},
	{"", "", nil, "@_attrs"},

	{"_attrs", `(\s+)(` + xmlName + `)(\s*)(=)(\s*)("[^"<&]*")`, []TokenType{Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringDouble}, ""},
	{"", `(\s+)(` + xmlName + `)(\s*)(=)(\s*)('[^'<&]*')`, []TokenType{Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringSingle}, ""},
	{"", `\s+`, []TokenType{Whitespace}, ""},
	{"", xmlName, []TokenType{NameAttribute}, ""},
	{"", `=`, []TokenType{Operator}, ""},
	{"", `"`, []TokenType{LiteralStringDouble}, "+dq"},
	{"", `'`, []TokenType{LiteralStringSingle}, "+sq"},
	{"", `(?=<)`, nil, "-1"},
	{"", `[^\s]`, []TokenType{Error}, ""},

	{"sipbody", `\s+`, []TokenType{Whitespace}, ""},
	{"", `(?=<)`, nil, "-2"},
	{"", "", nil, "+u-scheme"},

	{"dq", `"`, []TokenType{LiteralStringDouble}, "-1"},
	{"", entity, []TokenType{NameEntity}, ""},
	{"", `[^"&<]+|&`, []TokenType{LiteralStringDouble}, ""},
	{"", `(?=<)`, nil, "-2"},

	{"sq", `'`, []TokenType{LiteralStringSingle}, "-1"},
	{"", entity, []TokenType{NameEntity}, ""},
	{"", `[^'&<]+|&`, []TokenType{LiteralStringSingle}, ""},
	{"", `(?=<)`, nil, "-2"},
}

// uriSpecs read a SIP URI, each state going to the next by replacing
// itself. In patterns "~" stands for the characters that end the URI
// (whitespace, and '<' in TwiML) and "%" for the header separator ("&", or
// "&amp;" in TwiML). Each state tries its own rules first (they are the
// likely match), then _end (whitespace and the end of the URI), then its
// Default rule if it has one, then _tail (entities in TwiML, and a
// catch-all).
var uriSpecs = []spec{
	{"u-scheme", `(?i)sips?:`, []TokenType{uriScheme}, ">u-user"},
	{"", `[A-Za-z][A-Za-z0-9+.\-]*:(?!\d)`, []TokenType{uriScheme}, ">u-user"},
	{"", "", nil, "@_end"},
	{"", "", nil, ">u-user"},
	{"", "", nil, "@_tail"},

	{"u-user", `(?=[^~@]*@)([^~@:]*)(?:(:)([^~@]*))?(@)`, []TokenType{uriUser, Punctuation, uriPassword, Punctuation}, ">u-host"},
	{"", "", nil, "@_end"},
	{"", "", nil, ">u-host"},
	{"", "", nil, "@_tail"},

	{"u-host", `(\[[^\]~]*\]?|[^~:;?\[&]+)(?:(:)([0-9]*))?`, []TokenType{uriHost, Punctuation, uriPort}, ">u-params"},
	{"", "", nil, "@_end"},
	{"", "", nil, ">u-params"},
	{"", "", nil, "@_tail"},

	{"u-params", `(;)([^~=;?&]*)(?:(=)([^~;?&]*))?`, []TokenType{Punctuation, uriParamName, Operator, uriParamValue}, ""},
	{"", `(?=\?)`, nil, ">u-headers"},
	{"", `[^~;?&]+`, []TokenType{uriParamValue}, ""},
	{"", "", nil, "@_end"},
	{"", "", nil, "@_tail"},

	{"u-headers", `(\?|%)([^~=&]*)(?:(=)([^~&]*))?`, []TokenType{Punctuation, uriHeaderName, Operator, uriHeaderValue}, ""},
	{"", `[^~&]+`, []TokenType{uriHeaderValue}, ""},
	{"", "", nil, "@_end"},
	{"", "", nil, "@_tail"},
}

// twimlURISpecs end a URI inside <Sip> at '<', popping the states of the
// <Sip> element too.
var twimlURISpecs = []spec{
	{"_end", `\s+`, []TokenType{Whitespace}, ""},
	{"", `(?=<)`, nil, "-3"},
	{"_tail", entity, []TokenType{NameEntity}, ""},
	{"", `[^\s<]`, []TokenType{Error}, ""},
}

// plainURISpecs read a URI on its own, as typed in the URI editor.
var plainURISpecs = []spec{
	{"root", "", nil, "+u-scheme"},
	{"_end", `\s+`, []TokenType{Whitespace}, ""},
	{"_tail", `[^\s]`, []TokenType{Error}, ""},
}

var bashSpecs = []spec{
	{"root", `\s+`, []TokenType{Whitespace}, ""},
	{"", `#[^\n]*`, []TokenType{CommentSingle}, ""},
	{"", `\\[\s\S]?`, []TokenType{LiteralStringEscape}, ""},
	{"", `\$'(?:\\[\s\S]|[^'\\])*'?`, []TokenType{LiteralStringSingle}, ""},
	{"", `'[^']*'?`, []TokenType{LiteralStringSingle}, ""},
	{"", `"`, []TokenType{LiteralStringDouble}, "+dq"},
	{"", "", nil, "@_variable"},
	{"", "`[^`]*`?", []TokenType{LiteralStringBacktick}, ""},
	{"", `--?[A-Za-z0-9][A-Za-z0-9\-]*`, []TokenType{NameAttribute}, ""},
	{"", `(?:curl|export|echo)(?=[\s;|&]|$)`, []TokenType{NameBuiltin}, ""},
	{"", `[;&|<>()$]+`, []TokenType{Punctuation}, ""},
	{"", "[^\\s'\"\\\\$;|&<>()`]+", []TokenType{Text}, ""},

	{"dq", `"`, []TokenType{LiteralStringDouble}, "-1"},
	{"", `\\[\s\S]?`, []TokenType{LiteralStringEscape}, ""},
	{"", "", nil, "@_variable"},
	{"", "[^\"\\\\$]+|\\$", []TokenType{LiteralStringDouble}, ""},

	{"_variable", `\$\{[^}\s"']*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@#?$!*\-]`, []TokenType{NameVariable}, ""},
}

var jsonSpecs = []spec{
	{"root", `\s+`, []TokenType{Whitespace}, ""},
	{"", `"(?:\\.|[^"\\\n])*"(?=\s*:)`, []TokenType{NameTag}, ""},
	{"", `"(?:\\.|[^"\\\n])*"?`, []TokenType{LiteralStringDouble}, ""},
	{"", `-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+\-]?[0-9]+)?`, []TokenType{LiteralNumber}, ""},
	{"", `(?:true|false|null)\b`, []TokenType{KeywordConstant}, ""},
	{"", `[{}\[\],:]`, []TokenType{Punctuation}, ""},
	{"", `[^\s]`, []TokenType{Error}, ""},
}

// rules turns tables of specs into chroma rules. In patterns, "~" becomes
// stop and "%" becomes sep (see uriSpecs).
func rules(stop, sep string, tables ...[]spec) Rules {
	into := Rules{}
	for _, specs := range tables {
		state := ""
		for i, s := range specs {
			if s.state != "" {
				state = s.state
			}
			add := specs[i : i+1]
			if s.mut != "" && s.mut[0] == '@' {
				add = included(tables, s.mut[1:])
			}
			for _, t := range add {
				p := strings.ReplaceAll(strings.ReplaceAll(t.pattern, "~", stop), "%", sep)
				into[state] = append(into[state], rule(p, t.types, t.mut))
			}
		}
	}
	for name := range into {
		if name[0] == '_' {
			delete(into, name)
		}
	}
	return into
}

// included returns the specs of state name.
func included(tables [][]spec, name string) []spec {
	for _, specs := range tables {
		for i, s := range specs {
			if s.state == name {
				j := i + 1
				for j < len(specs) && specs[j].state == "" {
					j++
				}
				return specs[i:j]
			}
		}
	}
	return nil
}

// rule builds one chroma rule (see spec).
func rule(pattern string, types []TokenType, mut string) Rule {
	r := Rule{Pattern: pattern}
	switch len(types) {
	case 0:
	case 1:
		r.Type = types[0]
	default:
		es := make([]Emitter, len(types))
		for i, t := range types {
			es[i] = t
		}
		r.Type = ByGroups(es...)
	}
	if mut != "" {
		arg := mut[1:]
		switch mut[0] {
		case '+':
			r.Mutator = Push(arg)
		case '-':
			r.Mutator = Pop(int(arg[0] - '0'))
		case '>':
			r.Mutator = Mutators(Pop(1), Push(arg))
		}
	}
	return r
}

var twimlLexer = MustNewLexer(&Config{Name: "TwiML"}, func() Rules {
	return rules(`\s<`, `&amp;`, twimlSpecs, uriSpecs, twimlURISpecs)
})

var uriLexer = MustNewLexer(&Config{Name: "SIP URI"}, func() Rules {
	return rules(`\s`, `&`, plainURISpecs, uriSpecs)
})

var bashLexer = MustNewLexer(&Config{Name: "Bash"}, func() Rules { return rules("", "", bashSpecs) })

var jsonLexer = MustNewLexer(&Config{Name: "JSON"}, func() Rules { return rules("", "", jsonSpecs) })
