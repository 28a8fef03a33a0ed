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
	amp := Rule{Pattern: `&`, Type: Punctuation}
	if xml {
		common = append(common, Rule{Pattern: `(?=<)`, Mutator: Pop(depth)})
		amp = Rule{Pattern: `&amp;`, Type: Punctuation}
	}
	entity := Rule{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity}
	fallback := Rule{Pattern: `[^` + stop + `]`, Type: Error}
	state := func(rules ...Rule) []Rule {
		out := append([]Rule{}, common...)
		out = append(out, rules...)
		if xml {
			out = append(out, entity)
		}
		return append(out, fallback)
	}
	return Rules{
		prefix + "scheme": state(
			Rule{Pattern: `(?i)sips?:`, Type: uriScheme, Mutator: next("user")},
			Rule{Pattern: `[A-Za-z][A-Za-z0-9+.\-]*:(?!\d)`, Type: uriScheme, Mutator: next("user")},
			Default(next("user")),
		),
		prefix + "user": state(
			Rule{
				Pattern: `([^` + stop + `@:]*)(?:(:)([^` + stop + `@]*))?(@)`,
				Type:    ByGroups(uriUser, Punctuation, uriPassword, Punctuation),
				Mutator: next("host"),
			},
			Default(next("host")),
		),
		prefix + "host": state(
			Rule{Pattern: `\[[^\]` + stop + `]*\]?`, Type: uriHost},
			Rule{Pattern: `(:)([0-9]*)`, Type: ByGroups(Punctuation, uriPort)},
			Rule{Pattern: `;`, Type: Punctuation, Mutator: next("pname")},
			Rule{Pattern: `\?`, Type: Punctuation, Mutator: next("hname")},
			Rule{Pattern: `[^` + stop + `:;?\[&]+`, Type: uriHost},
		),
		prefix + "pname": state(
			Rule{Pattern: `[^` + stop + `=;?&]+`, Type: uriParamName},
			Rule{Pattern: `=`, Type: Operator, Mutator: next("pvalue")},
			Rule{Pattern: `;`, Type: Punctuation},
			Rule{Pattern: `\?`, Type: Punctuation, Mutator: next("hname")},
		),
		prefix + "pvalue": state(
			Rule{Pattern: `[^` + stop + `;?&]+`, Type: uriParamValue},
			Rule{Pattern: `;`, Type: Punctuation, Mutator: next("pname")},
			Rule{Pattern: `\?`, Type: Punctuation, Mutator: next("hname")},
		),
		prefix + "hname": state(
			Rule{Pattern: `[^` + stop + `=&]+`, Type: uriHeaderName},
			Rule{Pattern: `=`, Type: Operator, Mutator: next("hvalue")},
			amp,
		),
		prefix + "hvalue": state(
			Rule{Pattern: `[^` + stop + `&]+`, Type: uriHeaderValue},
			Rule{Pattern: amp.Pattern, Type: Punctuation, Mutator: next("hname")},
		),
	}
}

// xmlName matches an XML name loosely: anything up to a delimiter.
const xmlName = `[^\s/>=<"'&]+`

var twimlLexer = MustNewLexer(&Config{Name: "TwiML"}, func() Rules {
	attrs := []Rule{
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
			{Pattern: `<!--`, Type: Comment, Mutator: Push("comment")},
			{Pattern: `<!\[CDATA\[`, Type: CommentPreproc, Mutator: Push("cdata")},
			{Pattern: `<\?`, Type: CommentPreproc, Mutator: Push("pi")},
			{Pattern: `<![^>]*>?`, Type: CommentPreproc},
			{Pattern: `(<)(Sip)(?=[\s/>]|$)`, Type: ByGroups(Punctuation, NameTag), Mutator: Push("siptag")},
			{Pattern: `(</)(\s*)(` + xmlName + `)?(\s*)(>?)`, Type: ByGroups(Punctuation, Whitespace, NameTag, Whitespace, Punctuation)},
			{Pattern: `(<)(` + xmlName + `)`, Type: ByGroups(Punctuation, NameTag), Mutator: Push("tag")},
			{Pattern: `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`, Type: NameEntity},
			{Pattern: `[<&]`, Type: Error},
			{Pattern: `[^<&\s]+`, Type: Text},
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
