package calls

import (
	"strings"
)

// A Language is one SDK snippet flavour.
type Language struct {
	ID   string // "cli", "node", "python", "go", "csharp", "java", "php", "ruby"
	Name string // shown on the tab, e.g. "Node.js"
}

// A langRow is how one language writes the request: a template and the
// shape of one argument. An argument is written as indent, its name (in
// the names style), assign and its value, with sep between two and last
// after the final one.
type langRow struct {
	Language
	tmpl                      string
	indent, assign, sep, last string
	names                     byte // 's' same, 'c' camel, '_' snake, 'p' snake with from_, '-' kebab
	quote                     byte // 'c', 'j' Java, 'p' PHP, 'r' Ruby, 'g' Go
	listOpen, listClose       string
	yes, no                   string // the booleans
	methods                   byte   // 'c' C#'s HttpMethod.Get, 'j' Java's HttpMethod.GET, else strings
	typed                     string // for the typed SDKs, the indent of the left-out comments
	wraps                     []wrap
}

// A wrap is a constructor the SDK wants around the string value of a key,
// or (key "") of every key of a kind; the first that matches applies, and
// an empty open means none.
type wrap struct {
	key  string
	kind kind
	open string
}

// The template operators. Text between an if-operator and opEnd is written
// only when its condition holds.
const (
	opIfAccount = '\x01' // if AccountSid is set
	opEnd       = '\x02'
	opAccount   = '\x03' // AccountSid as a literal
	opArgs      = '\x04' // the arguments
	opIfList    = '\x05' // if some argument is a list
	opIfMethod  = '\x06' // if some argument is a method
	opLeftOut   = '\x07' // the comments about left-out arguments
	opTo        = '\x0e' // To as a literal
	opFrom      = '\x0f' // From as a literal
	opSource    = '\x10' // Java: the instruction source, a creator argument
	opIfNoSrc   = '\x11' // Java: if there is no instruction source
	opFlags     = '\x12' // the twilio CLI's flags
)

// The credentials comment, in # and // comments.
const (
	credHash  = "# Credentials come from the environment (your Account SID and Auth Token are\n# on twilio.com/console); http://twil.io/secure says why.\n"
	credSlash = "// Credentials come from the environment (your Account SID and Auth Token are\n// on twilio.com/console); http://twil.io/secure says why.\n"
	credCS    = "        // Credentials come from the environment (your Account SID and Auth Token are\n        // on twilio.com/console); http://twil.io/secure says why.\n"
	credJava  = "    // Credentials come from the environment (your Account SID and Auth Token are\n    // on twilio.com/console); http://twil.io/secure says why.\n"
)

// languages lists the snippet languages in display order.
var languages = [...]langRow{
	{Language: Language{"cli", "twilio CLI"},
		tmpl: "# The twilio CLI: https://twil.io/cli (it reads your credentials from its profile or the environment)\n\ntwilio api:core:calls:create\x12\n"},
	{Language{"node", "Node.js"},
		"// Helper library: https://www.twilio.com/docs/node/install\nconst twilio = require(\"twilio\"); // Or, for ESM: import twilio from \"twilio\";\n\n" + credSlash +
			"const accountSid = process.env.TWILIO_ACCOUNT_SID;\nconst authToken = process.env.TWILIO_AUTH_TOKEN;\nconst client = twilio(accountSid, authToken);\n\n" +
			"async function createCall() {\n  const call = await client\x01.api.v2010.accounts(\x03)\x02.calls.create({\n\x04  });\n\n  console.log(call.sid);\n}\n\ncreateCall();\n",
		"    ", ": ", ",\n", ",\n", 'c', 'c', "[", "]", "true", "false", 0, "", nil},
	{Language{"python", "Python"},
		"# Helper library: https://www.twilio.com/docs/python/install\nimport os\nfrom twilio.rest import Client\n\n" + credHash +
			"account_sid = os.environ[\"TWILIO_ACCOUNT_SID\"]\nauth_token = os.environ[\"TWILIO_AUTH_TOKEN\"]\nclient = Client(account_sid, auth_token)\n\n" +
			"call = client\x01.api.v2010.accounts(\x03)\x02.calls.create(\n\x04)\n\nprint(call.sid)\n",
		"    ", "=", ",\n", ",\n", 'p', 'c', "[", "]", "True", "False", 0, "", nil},
	{Language{"go", "Go"},
		"// Helper library: https://www.twilio.com/docs/go/install\npackage main\n\nimport (\n\t\"fmt\"\n\t\"github.com/twilio/twilio-go\"\n\topenapi \"github.com/twilio/twilio-go/rest/api/v2010\"\n\t\"os\"\n)\n\n" +
			"func main() {\n\t// Credentials come from the environment (your Account SID and Auth Token are\n\t// on twilio.com/console); http://twil.io/secure says why.\n\t// NewRestClient reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.\n\tclient := twilio.NewRestClient()\n\n" +
			"\tparams := &openapi.CreateCallParams{}\n\x07\x01\tparams.SetPathAccountSid(\x03)\n\x02\x04\n" +
			"\tresp, err := client.Api.CreateCall(params)\n\tif err != nil {\n\t\tfmt.Println(err.Error())\n\t\tos.Exit(1)\n\t}\n\tif resp.Sid != nil {\n\t\tfmt.Println(*resp.Sid)\n\t}\n}\n",
		"\tparams.Set", "(", ")\n", ")\n", 's', 'g', "[]string{", "}", "true", "false", 0, "\t", nil},
	{Language{"csharp", "C#"},
		"// Helper library: https://www.twilio.com/docs/csharp/install\n\nusing System;\n\x05using System.Collections.Generic;\n\x02using Twilio;\nusing Twilio.Rest.Api.V2010.Account;\nusing System.Threading.Tasks;\n\n" +
			"class Program {\n    public static async Task Main(string[] args) {\n" + credCS +
			"        string accountSid = Environment.GetEnvironmentVariable(\"TWILIO_ACCOUNT_SID\");\n        string authToken = Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\");\n\n        TwilioClient.Init(accountSid, authToken);\n\n" +
			"\x07        var call = await CallResource.CreateAsync(\n\x04\x01,\n            pathAccountSid: \x03\x02);\n\n        Console.WriteLine(call.Sid);\n    }\n}\n",
		"            ", ": ", ",\n", "", 'c', 'c', "new List<string> { ", " }", "true", "false", 'c', "        ",
		[]wrap{{"To", kText, "new Twilio.Types.PhoneNumber("}, {"From", kText, "new Twilio.Types.PhoneNumber("},
			{"Twiml", kText, "new Twilio.Types.Twiml("}, {"RecordingStatusCallback", kURL, ""},
			{"", kURL, "new Uri("}, {"", kMethod, "new Twilio.Http.HttpMethod("}}},
	{Language{"java", "Java"},
		"// Helper library: https://www.twilio.com/docs/java/install\n\nimport java.net.URI;\n\x05import java.util.Arrays;\n\x02import com.twilio.Twilio;\n\x06import com.twilio.http.HttpMethod;\n\x02import com.twilio.rest.api.v2010.account.Call;\n\n" +
			"public class Example {\n" + credJava +
			"    public static final String ACCOUNT_SID = System.getenv(\"TWILIO_ACCOUNT_SID\");\n    public static final String AUTH_TOKEN = System.getenv(\"TWILIO_AUTH_TOKEN\");\n\n" +
			"    public static void main(String[] args) {\n        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);\n" +
			"\x07\x11        // Set a Url, Twiml or ApplicationSid to tell Twilio what to do.\n\x02" +
			"        Call call = Call.creator(\x01\x03,\n                            \x02new com.twilio.type.PhoneNumber(\x0e),\n                            new com.twilio.type.PhoneNumber(\x0f),\n                            \x10)\n" +
			"\x04                        .create();\n\n        System.out.println(call.getSid());\n    }\n}\n",
		"                        .set", "(", ")\n", ")\n", 's', 'j', "Arrays.asList(", ")", "true", "false", 'j', "        ",
		[]wrap{{"Url", kURL, "URI.create("}, {"Twiml", kText, "new com.twilio.type.Twiml("}, {"", kMethod, "HttpMethod.forValue("}}},
	{Language{"php", "PHP"},
		"<?php\n\n// Helper library: https://www.twilio.com/docs/libraries/php\n// (point the path below at your Composer autoload.php)\nrequire_once \"/path/to/vendor/autoload.php\";\n\nuse Twilio\\Rest\\Client;\n\n" + credSlash +
			"$sid = getenv(\"TWILIO_ACCOUNT_SID\");\n$token = getenv(\"TWILIO_AUTH_TOKEN\");\n$twilio = new Client($sid, $token);\n\n" +
			"$call = $twilio\x01->api->v2010->accounts(\x03)\x02->calls->create(\n    \x0e, // To\n    \x0f, // From\n    [\n\x04    ]\n);\n\nprint $call->sid;\n",
		"        \"", "\" => ", ",\n", ",\n", 'c', 'p', "[", "]", "true", "false", 0, "", nil},
	{Language{"ruby", "Ruby"},
		"# Helper library: https://www.twilio.com/docs/ruby/install\nrequire 'twilio-ruby'\n\n" + credHash +
			"account_sid = ENV['TWILIO_ACCOUNT_SID']\nauth_token = ENV['TWILIO_AUTH_TOKEN']\n@client = Twilio::REST::Client.new(account_sid, auth_token)\n\n" +
			"call = @client\n       .api\n       .v2010\n\x01       .accounts(\x03)\n\x02       .calls\n       .create(\n\x04       )\n\nputs call.sid\n",
		"         ", ": ", ",\n", "\n", '_', 'r', "[", "]", "true", "false", 0, "", nil},
}

// Languages lists the snippet languages in display order.
func Languages() []Language {
	out := make([]Language, len(languages))
	for i := range languages {
		out[i] = languages[i].Language
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
	for i := range languages {
		if languages[i].ID == lang {
			g := gen{l: &languages[i], r: &r}
			g.run()
			return string(g.b)
		}
	}
	return ""
}

// An arg is one parameter of a snippet: a single value or a list.
type arg struct {
	key  string
	kind kind
	val  string
	list []string // with its empty elements, which are left out
	out  bool     // left out by a typed SDK: a whole-number or boolean key holding something else
	src  bool     // an instruction source: Url, Twiml or ApplicationSid
}

// gen writes one snippet.
type gen struct {
	l    *langRow
	r    *Request
	b    buf
	args []arg // To, From, then the set parameters in FormBody's order
}

// run writes the snippet: the language's template with its operators
// expanded.
func (g *gen) run() {
	l, r := g.l, g.r
	// To and From always (they are required), the others when set; a list
	// keeps its non-empty elements. A typed SDK leaves out a whole-number
	// or boolean key holding something else.
	hasList, hasMethod := false, false
	for i := range params {
		p := &params[i]
		a := arg{key: p.key, kind: p.kind, src: i >= 2 && i <= 4}
		if p.kind == kList {
			a.list = *r.list(p)
			if a.val = strings.Join(a.list, ""); a.val == "" { // val only tells an all-empty list
				continue
			}
			hasList = true
		} else if a.val = *r.str(p); a.val == "" && i >= 2 {
			continue
		}
		hasMethod = hasMethod || p.kind == kMethod
		a.out = l.typed != "" && (p.kind == kInt && !isInt(a.val) || p.kind == kBool && !isBool(a.val))
		g.args = append(g.args, a)
	}
	// PHP and Java pass To and From (and Java the first instruction
	// source, which follows them) as arguments of their own.
	first := 0
	src, noSrc := arg{key: "Url", kind: kURL}, false
	if l.quote == 'p' || l.quote == 'j' {
		first = 2
	}
	if l.quote == 'j' {
		if a := g.args[2:]; len(a) > 0 && a[0].src {
			src, first = a[0], 3
		} else {
			noSrc = true
		}
	}
	t := l.tmpl
	for t != "" {
		i := 0
		for i < len(t) && (t[i] >= ' ' || t[i] == '\n' || t[i] == '\t') {
			i++
		}
		g.b.s(t[:i])
		if i == len(t) {
			return
		}
		op := t[i]
		t = t[i+1:]
		skip := false
		switch op {
		case opIfAccount:
			skip = r.AccountSid == ""
		case opIfList:
			skip = !hasList
		case opIfMethod:
			skip = !hasMethod
		case opIfNoSrc:
			skip = !noSrc
		case opAccount, opTo, opFrom:
			lit := r.AccountSid
			if op == opTo {
				lit = r.To
			} else if op == opFrom {
				lit = r.From
			}
			g.q(lit)
		case opSource:
			g.value(&src)
		case opLeftOut:
			for j := range g.args {
				a := &g.args[j]
				if !a.out {
					continue
				}
				why := " is left out: it is not a whole number.\n"
				if a.kind == kBool {
					why = " is left out: it is not true or false.\n"
				}
				g.b.s(l.typed, "// ", a.key, why)
			}
		case opArgs:
			sep := ""
			for j := first; j < len(g.args); j++ {
				if a := &g.args[j]; !a.out {
					// The key in the language's style.
					key := a.key
					switch n := l.names; {
					case n == 'c':
						key = string(key[0]|0x20) + key[1:]
					case n == 'p' && key == "From":
						key = "from_" // from is a keyword
					case n == 'p', n == '_':
						key = separated(key, '_')
					}
					g.b.s(sep, l.indent, key, l.assign)
					g.value(a)
					sep = l.sep
				}
			}
			if sep != "" {
				g.b.s(l.last)
			}
		case opFlags:
			// One --flag per parameter in kebab case, a list's flag
			// repeated per value, --record alone for Record=true (the
			// CLI's flag takes no value, and false is the default).
			if r.AccountSid != "" {
				g.flag("account-sid", r.AccountSid)
			}
			for j := range g.args {
				a := &g.args[j]
				name, vs := separated(a.key, '-'), a.list
				if a.kind == kBool {
					if a.val == "true" {
						g.b.s(" \\\n   --", name)
					}
					continue
				}
				if a.kind != kList {
					vs = []string{a.val}
				}
				for _, v := range vs {
					if v != "" || a.kind != kList {
						g.flag(name, v)
					}
				}
			}
		}
		if skip {
			t = t[strings.IndexByte(t, opEnd)+1:]
		}
	}
}

// flag writes one twilio CLI flag with its value. A value that starts
// with - is joined to its flag with =. NUL bytes, which no command
// argument can carry, are dropped.
func (g *gen) flag(name, v string) {
	v = strings.ReplaceAll(v, "\x00", "")
	sep := " "
	if strings.HasPrefix(v, "-") {
		sep = "="
	}
	g.b.s(" \\\n   --", name, sep)
	// The value bare when it only holds characters no shell treats
	// specially, else shellQuote'd.
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isAlnum(c) && strings.IndexByte("+-_./:@,", c) < 0 {
			g.b.shellWord("", v)
			return
		}
	}
	if v == "" {
		v = "''"
	}
	g.b.s(v)
}

// q writes s as a string literal of the language.
func (g *gen) q(s string) {
	d := &dC
	switch g.l.quote {
	case 'g':
		g.b.s(quote(s))
		return
	case 'j':
		d = &dJava
	case 'p':
		d = &dPHP
	case 'r':
		d = &dRubySingle
		if needsANSI(s) {
			d = &dRuby
		}
	}
	g.b.quoted(d, "", s)
}

// value writes a's value: a list literal, a whole number or boolean bare,
// an SDK's HTTP method constant, or a string literal, in the constructor
// the language's wraps give for the key or kind.
func (g *gen) value(a *arg) {
	l := g.l
	if a.kind == kList {
		sep := l.listOpen
		for _, v := range a.list {
			if v != "" {
				g.b.s(sep)
				g.q(v)
				sep = ", "
			}
		}
		g.b.s(l.listClose)
		return
	}
	bare := ""
	switch m := index(enums[0], a.val); {
	case a.kind == kInt && isInt(a.val):
		bare = a.val
	case a.kind == kBool && a.val == "true":
		bare = l.yes
	case a.kind == kBool && a.val == "false":
		bare = l.no
	case a.kind != kMethod:
	case m > 0 && l.methods == 'c':
		bare = "Twilio.Http.HttpMethod." + a.val[:1] + strings.ToLower(a.val[1:])
	case m >= 0 && l.methods == 'j':
		bare = "HttpMethod." + a.val
	}
	if bare != "" {
		g.b.s(bare)
		return
	}
	open, close := "", ""
	for _, w := range l.wraps {
		if w.key == a.key || w.key == "" && w.kind == a.kind {
			open = w.open
			break
		}
	}
	if open != "" {
		close = ")"
	}
	g.b.s(open)
	g.q(a.val)
	g.b.s(close)
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

// separated returns a form key in lower case with sep between its words:
// sip_auth_username, sip-auth-username.
//
//go:noinline
func separated(key string, sep byte) string {
	var b [64]byte // keys are at most 34 bytes
	n := 0
	for i := 0; i < len(key) && n < len(b)-1; i++ {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b[n] = sep
				n++
			}
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}
