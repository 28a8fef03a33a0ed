package highlight

import (
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

// uriRules returns the states that read a SIP URI, named with prefix. In
// TwiML (xml true) the URI ends at '<', popping depth states, and entity
// references are tokens of their own; "&amp;" separates headers. Each state
// goes to the next by replacing itself on the stack.
func uriRules(prefix string, xml bool, depth int) Rules {
	next := func(state string) Mutator { return Mutators(Pop(1), Push(prefix+state)) }
	stop := `\s`
	if xml {
		stop = `\s<`
	}
	common := []Rule{{Pattern: `\s+`, Type: Whitespace}}
	if xml {
		common = append(common, Rule{Pattern: `(?=<)`, Mutator: Pop(depth)})
	}
	entity := Rule{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity}
	fallback := Rule{Pattern: `[^` + stop + `]`, Type: Error}
	// state puts a state's own rules first (they are the likely match), then
	// whitespace and the end of the URI, then a Default rule if the last
	// one is, then entities and the catch-all.
	state := func(rules ...Rule) []Rule {
		var def []Rule
		if last := rules[len(rules)-1]; last.Pattern == "" {
			rules, def = rules[:len(rules)-1], []Rule{last}
		}
		out := append([]Rule{}, rules...)
		out = append(out, common...)
		out = append(out, def...)
		if xml {
			out = append(out, entity)
		}
		return append(out, fallback)
	}
	sep := `&`
	if xml {
		sep = `&amp;`
	}
	return Rules{
		prefix + "scheme": state(
			Rule{Pattern: `(?i)sips?:`, Type: uriScheme, Mutator: next("user")},
			Rule{Pattern: `[A-Za-z][A-Za-z0-9+.\-]*:(?!\d)`, Type: uriScheme, Mutator: next("user")},
			Default(next("user")),
		),
		prefix + "user": state(
			Rule{
				Pattern: `(?=[^` + stop + `@]*@)([^` + stop + `@:]*)(?:(:)([^` + stop + `@]*))?(@)`,
				Type:    ByGroups(uriUser, Punctuation, uriPassword, Punctuation),
				Mutator: next("host"),
			},
			Default(next("host")),
		),
		prefix + "host": state(
			Rule{
				Pattern: `(\[[^\]` + stop + `]*\]?|[^` + stop + `:;?\[&]+)(?:(:)([0-9]*))?`,
				Type:    ByGroups(uriHost, Punctuation, uriPort),
				Mutator: next("params"),
			},
			Default(next("params")),
		),
		prefix + "params": state(
			Rule{
				Pattern: `(;)([^` + stop + `=;?&]*)(?:(=)([^` + stop + `;?&]*))?`,
				Type:    ByGroups(Punctuation, uriParamName, Operator, uriParamValue),
			},
			Rule{Pattern: `(?=\?)`, Mutator: next("headers")},
			Rule{Pattern: `[^` + stop + `;?&]+`, Type: uriParamValue},
		),
		prefix + "headers": state(
			Rule{
				Pattern: `(\?|` + sep + `)([^` + stop + `=&]*)(?:(=)([^` + stop + `&]*))?`,
				Type:    ByGroups(Punctuation, uriHeaderName, Operator, uriHeaderValue),
			},
			Rule{Pattern: `[^` + stop + `&]+`, Type: uriHeaderValue},
		),
	}
}

// xmlName matches an XML name loosely: anything up to a delimiter.
const xmlName = `[^\s/>=<"'&]+`

var twimlLexer = MustNewLexer(&Config{Name: "TwiML"}, func() Rules {
	attrs := []Rule{
		{
			Pattern: `(\s+)(` + xmlName + `)(\s*)(=)(\s*)("[^"<&]*")`,
			Type:    ByGroups(Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringDouble),
		},
		{
			Pattern: `(\s+)(` + xmlName + `)(\s*)(=)(\s*)('[^'<&]*')`,
			Type:    ByGroups(Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringSingle),
		},
		{Pattern: `\s+`, Type: Whitespace},
		{Pattern: xmlName, Type: NameAttribute},
		{Pattern: `=`, Type: Operator},
		{Pattern: `"`, Type: LiteralStringDouble, Mutator: Push("dq")},
		{Pattern: `'`, Type: LiteralStringSingle, Mutator: Push("sq")},
		{Pattern: `(?=<)`, Mutator: Pop(1)},
		{Pattern: `[^\s]`, Type: Error},
	}
	rules := Rules{
		"root": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `(</)(\s*)(` + xmlName + `)?(\s*)(>?)`, Type: ByGroups(Punctuation, Whitespace, NameTag, Whitespace, Punctuation)},
			{Pattern: `(<)(Sip)(?=[\s/>]|$)`, Type: ByGroups(Punctuation, NameTag), Mutator: Push("siptag")},
			{Pattern: `<!--`, Type: Comment, Mutator: Push("comment")},
			{Pattern: `<!\[CDATA\[`, Type: CommentPreproc, Mutator: Push("cdata")},
			{Pattern: `<\?`, Type: CommentPreproc, Mutator: Push("pi")},
			{Pattern: `<![^>]*>?`, Type: CommentPreproc},
			{Pattern: `(<)(` + xmlName + `)`, Type: ByGroups(Punctuation, NameTag), Mutator: Push("tag")},
			{Pattern: `[^<&\s]+`, Type: Text},
			{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity},
			{Pattern: `[<&]`, Type: Error},
		},
		"comment": {
			{Pattern: `-->`, Type: Comment, Mutator: Pop(1)},
			{Pattern: `[^-]+|-`, Type: Comment},
		},
		"cdata": {
			{Pattern: `\]\]>`, Type: CommentPreproc, Mutator: Pop(1)},
			{Pattern: `[^\]]+|\]`, Type: Text},
		},
		"pi": {
			{Pattern: `\?>`, Type: CommentPreproc, Mutator: Pop(1)},
			{Pattern: `[^?]+|\?`, Type: CommentPreproc},
		},
		"tag": append([]Rule{{Pattern: `/?>`, Type: Punctuation, Mutator: Pop(1)}}, attrs...),
		"siptag": append([]Rule{
			{Pattern: `/>`, Type: Punctuation, Mutator: Pop(1)},
			{Pattern: `>`, Type: Punctuation, Mutator: Push("sipbody")},
		}, attrs...),
		"sipbody": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
			Default(Push("u-scheme")),
		},
		"dq": {
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Pop(1)},
			{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity},
			{Pattern: `[^"&<]+|&`, Type: LiteralStringDouble},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
		},
		"sq": {
			{Pattern: `'`, Type: LiteralStringSingle, Mutator: Pop(1)},
			{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity},
			{Pattern: `[^'&<]+|&`, Type: LiteralStringSingle},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
		},
	}
	for name, state := range uriRules("u-", true, 3) {
		rules[name] = state
	}
	return rules
})

var uriLexer = MustNewLexer(&Config{Name: "SIP URI"}, func() Rules {
	rules := uriRules("u-", false, 0)
	rules["root"] = []Rule{Default(Push("u-scheme"))}
	return rules
})

var bashLexer = MustNewLexer(&Config{Name: "Bash"}, func() Rules {
	variable := Rule{Pattern: `\$\{[^}\s"']*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@#?$!*\-]`, Type: NameVariable}
	return Rules{
		"root": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `#[^\n]*`, Type: CommentSingle},
			{Pattern: `\\[\s\S]?`, Type: LiteralStringEscape},
			{Pattern: `\$'(?:\\[\s\S]|[^'\\])*'?`, Type: LiteralStringSingle},
			{Pattern: `'[^']*'?`, Type: LiteralStringSingle},
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Push("dq")},
			variable,
			{Pattern: "`[^`]*`?", Type: LiteralStringBacktick},
			{Pattern: `--?[A-Za-z0-9][A-Za-z0-9\-]*`, Type: NameAttribute},
			{Pattern: `(?:curl|export|echo)(?=[\s;|&]|$)`, Type: NameBuiltin},
			{Pattern: `[;&|<>()$]+`, Type: Punctuation},
			{Pattern: "[^\\s'\"\\\\$;|&<>()`]+", Type: Text},
		},
		"dq": {
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Pop(1)},
			{Pattern: `\\[\s\S]?`, Type: LiteralStringEscape},
			variable,
			{Pattern: "[^\"\\\\$]+|\\$", Type: LiteralStringDouble},
		},
	}
})

var jsonLexer = MustNewLexer(&Config{Name: "JSON"}, func() Rules {
	return Rules{
		"root": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `"(?:\\.|[^"\\\n])*"(?=\s*:)`, Type: NameTag},
			{Pattern: `"(?:\\.|[^"\\\n])*"?`, Type: LiteralStringDouble},
			{Pattern: `-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+\-]?[0-9]+)?`, Type: LiteralNumber},
			{Pattern: `(?:true|false|null)\b`, Type: KeywordConstant},
			{Pattern: `[{}\[\],:]`, Type: Punctuation},
			{Pattern: `[^\s]`, Type: Error},
		},
	}
})
