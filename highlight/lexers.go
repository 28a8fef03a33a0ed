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

// entity matches a character or entity reference.
const entity = `&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`

// xmlName matches an XML name loosely: anything up to a delimiter.
const xmlName = `[^\s/>=<"'&]+`

// then leaves the current state for state: the URI states follow one
// another this way, so the state stack does not grow while a URI is read.
func then(state string) Mutator { return Mutators(Pop(1), Push(state)) }

// twimlRules read a TwiML document. Inside <Sip>, the body is read by the
// URI states (uriRules), which end at '<' and then pop the <Sip> states too.
func twimlRules() Rules {
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
			{Pattern: entity, Type: NameEntity},
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
		"tag": {
			{Pattern: `/?>`, Type: Punctuation, Mutator: Pop(1)},
			Include("attrs"),
		},
		"siptag": {
			{Pattern: `/>`, Type: Punctuation, Mutator: Pop(1)},
			{Pattern: `>`, Type: Punctuation, Mutator: Push("sipbody")},
			Include("attrs"),
		},
		// attrs reads the attributes of a start tag; it is included by the
		// tag states and never entered on its own.
		"attrs": {
			{Pattern: `(\s+)(` + xmlName + `)(\s*)(=)(\s*)("[^"<&]*")`, Type: ByGroups(Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringDouble)},
			{Pattern: `(\s+)(` + xmlName + `)(\s*)(=)(\s*)('[^'<&]*')`, Type: ByGroups(Whitespace, NameAttribute, Whitespace, Operator, Whitespace, LiteralStringSingle)},
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: xmlName, Type: NameAttribute},
			{Pattern: `=`, Type: Operator},
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Push("dq")},
			{Pattern: `'`, Type: LiteralStringSingle, Mutator: Push("sq")},
			{Pattern: `(?=<)`, Mutator: Pop(1)},
			{Pattern: `[^\s]`, Type: Error},
		},
		"sipbody": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
			{Pattern: ``, Mutator: Push("u-scheme")},
		},
		"dq": {
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Pop(1)},
			{Pattern: entity, Type: NameEntity},
			{Pattern: `[^"&<]+|&`, Type: LiteralStringDouble},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
		},
		"sq": {
			{Pattern: `'`, Type: LiteralStringSingle, Mutator: Pop(1)},
			{Pattern: entity, Type: NameEntity},
			{Pattern: `[^'&<]+|&`, Type: LiteralStringSingle},
			{Pattern: `(?=<)`, Mutator: Pop(2)},
		},
		// In TwiML a URI ends at whitespace or at '<', which also closes the
		// <Sip> element's states (u-*, sipbody, siptag).
		"uri-end": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `(?=<)`, Mutator: Pop(3)},
		},
		"uri-tail": {
			{Pattern: entity, Type: NameEntity},
			{Pattern: `[^\s<]`, Type: Error},
		},
	}
	addURIRules(rules, `\s<`, `&amp;`)
	return rules
}

// uriRules read a SIP URI on its own, as typed in the URI editor.
func uriRules() Rules {
	rules := Rules{
		"root":     {{Pattern: ``, Mutator: Push("u-scheme")}},
		"uri-end":  {{Pattern: `\s+`, Type: Whitespace}},
		"uri-tail": {{Pattern: `[^\s]`, Type: Error}},
	}
	addURIRules(rules, `\s`, `&`)
	return rules
}

// addURIRules adds the states that read a SIP URI part by part: u-scheme,
// u-user, u-host, u-params and u-headers, each leaving itself for the next.
// stop is a regexp character-class body of the characters that end the URI
// (whitespace, and '<' in TwiML) and sep the separator between headers ("&",
// or "&amp;" in TwiML). Each state tries its own rules first (they are the
// likely match), then the caller's uri-end state (whitespace and the end of
// the URI), then its default move if it has one, then the caller's uri-tail
// state (entities in TwiML, and a catch-all).
func addURIRules(rules Rules, stop, sep string) {
	rules["u-scheme"] = []Rule{
		{Pattern: `(?i)sips?:`, Type: uriScheme, Mutator: then("u-user")},
		{Pattern: `[A-Za-z][A-Za-z0-9+.\-]*:(?!\d)`, Type: uriScheme, Mutator: then("u-user")},
		Include("uri-end"),
		{Pattern: ``, Mutator: then("u-user")},
		Include("uri-tail"),
	}
	rules["u-user"] = []Rule{
		{
			Pattern: `(?=[^` + stop + `@]*@)([^` + stop + `@:]*)(?:(:)([^` + stop + `@]*))?(@)`,
			Type:    ByGroups(uriUser, Punctuation, uriPassword, Punctuation),
			Mutator: then("u-host"),
		},
		Include("uri-end"),
		{Pattern: ``, Mutator: then("u-host")},
		Include("uri-tail"),
	}
	rules["u-host"] = []Rule{
		{
			Pattern: `(\[[^\]` + stop + `]*\]?|[^` + stop + `:;?\[&]+)(?:(:)([0-9]*))?`,
			Type:    ByGroups(uriHost, Punctuation, uriPort),
			Mutator: then("u-params"),
		},
		Include("uri-end"),
		{Pattern: ``, Mutator: then("u-params")},
		Include("uri-tail"),
	}
	rules["u-params"] = []Rule{
		{
			Pattern: `(;)([^` + stop + `=;?&]*)(?:(=)([^` + stop + `;?&]*))?`,
			Type:    ByGroups(Punctuation, uriParamName, Operator, uriParamValue),
		},
		{Pattern: `(?=\?)`, Mutator: then("u-headers")},
		{Pattern: `[^` + stop + `;?&]+`, Type: uriParamValue},
		Include("uri-end"),
		Include("uri-tail"),
	}
	rules["u-headers"] = []Rule{
		{
			Pattern: `(\?|` + sep + `)([^` + stop + `=&]*)(?:(=)([^` + stop + `&]*))?`,
			Type:    ByGroups(Punctuation, uriHeaderName, Operator, uriHeaderValue),
		},
		{Pattern: `[^` + stop + `&]+`, Type: uriHeaderValue},
		Include("uri-end"),
		Include("uri-tail"),
	}
}

// bashRules read a shell command such as calls.Curl's output.
func bashRules() Rules {
	return Rules{
		"root": {
			{Pattern: `\s+`, Type: Whitespace},
			{Pattern: `#[^\n]*`, Type: CommentSingle},
			{Pattern: `\\[\s\S]?`, Type: LiteralStringEscape},
			{Pattern: `\$'(?:\\[\s\S]|[^'\\])*'?`, Type: LiteralStringSingle},
			{Pattern: `'[^']*'?`, Type: LiteralStringSingle},
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Push("dq")},
			Include("variable"),
			{Pattern: "`[^`]*`?", Type: LiteralStringBacktick},
			{Pattern: `--?[A-Za-z0-9][A-Za-z0-9\-]*`, Type: NameAttribute},
			{Pattern: `(?:curl|export|echo)(?=[\s;|&]|$)`, Type: NameBuiltin},
			{Pattern: `[;&|<>()$]+`, Type: Punctuation},
			{Pattern: "[^\\s'\"\\\\$;|&<>()`]+", Type: Text},
		},
		"dq": {
			{Pattern: `"`, Type: LiteralStringDouble, Mutator: Pop(1)},
			{Pattern: `\\[\s\S]?`, Type: LiteralStringEscape},
			Include("variable"),
			{Pattern: "[^\"\\\\$]+|\\$", Type: LiteralStringDouble},
		},
		"variable": {
			{Pattern: `\$\{[^}\s"']*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@#?$!*\-]`, Type: NameVariable},
		},
	}
}

// jsonRules read a JSON document.
func jsonRules() Rules {
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
}

// The lexers. chroma calls the rules functions and compiles the patterns
// on first use, so building them here costs nothing at start-up.
var (
	twimlLexer = MustNewLexer(&Config{Name: "TwiML"}, twimlRules)
	uriLexer   = MustNewLexer(&Config{Name: "SIP URI"}, uriRules)
	bashLexer  = MustNewLexer(&Config{Name: "Bash"}, bashRules)
	jsonLexer  = MustNewLexer(&Config{Name: "JSON"}, jsonRules)
)
