package calls

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snippetLanguages lists every snippet language with the tests that read
// its snippets with an independent oracle: its interpreter or compiler, or
// a parser of its literals written for the test. A language must have at
// least one (TestEveryLanguageHasAnOracle).
var snippetLanguages = []struct {
	Language
	oracles []func(*testing.T)
}{
	{Language{"cli", "twilio CLI"}, []func(*testing.T){TestSnippetCLIRunsInShell, TestSnippetCLIWords}},
	{Language{"node", "Node.js"}, []func(*testing.T){TestSnippetNodeRuns}},
	{Language{"python", "Python"}, []func(*testing.T){TestSnippetPythonRuns}},
	{Language{"go", "Go"}, []func(*testing.T){TestSnippetGoParses}},
	{Language{"csharp", "C#"}, []func(*testing.T){TestSnippetCSharpLiterals}},
	{Language{"java", "Java"}, []func(*testing.T){TestSnippetJavaCompiles, TestSnippetJavaLiterals}},
	{Language{"php", "PHP"}, []func(*testing.T){TestSnippetPHPLiterals}},
	{Language{"ruby", "Ruby"}, []func(*testing.T){TestSnippetRubyLiterals}},
}

func TestLanguages(t *testing.T) {
	var want []Language
	for _, l := range snippetLanguages {
		want = append(want, l.Language)
	}
	assert.Equal(t, want, Languages(), "Languages and the test's snippetLanguages")
	l := Languages()
	l[0].ID = "changed"
	assert.Equal(t, "cli", Languages()[0].ID, "Languages returns a copy")
	assert.Equal(t, "", Snippet(fullRequest(), "cobol"))
}

// TestEveryLanguageHasAnOracle holds the recipe "Add an SDK language": a
// registered language needs a row in snippetLanguages with a test that
// checks its snippets.
func TestEveryLanguageHasAnOracle(t *testing.T) {
	oracles := map[string]int{}
	for _, l := range snippetLanguages {
		oracles[l.ID] = len(l.oracles)
	}
	for _, l := range Languages() {
		assert.Positive(t, oracles[l.ID], "language %s has no oracle test in snippetLanguages", l.ID)
		assert.NotEmpty(t, Snippet(fullRequest(), l.ID), l.ID)
	}
}

// snippetRequests are the requests every snippet test renders: a plain SIP
// call, one with every field set, two with odd types, and two that carry
// every nasty value, each as its own list element and inside the string
// fields, one with a nasty AccountSid too. (Few requests keep the number of
// interpreter runs small.)
func snippetRequests() []Request {
	rs := []Request{
		{To: "sip:kate@example.com", From: "Jack", Url: "http://www.example.com/sipdial.xml"},
		fullRequest(),
		{To: "+14155550100", From: "+14155550199", ApplicationSid: "AP0123456789abcdef0123456789abcdef",
			Timeout: "x", Record: "maybe", Method: "FETCH", StatusCallbackEvent: []string{"a b"}},
		{To: "sip:x@y.z", From: "-dash", Twiml: "<Response/>", Timeout: "007", Record: "false", FallbackMethod: "HEAD"},
	}
	all := strings.Join(nastyValues, "|")
	rev := slices.Clone(nastyValues)
	slices.Reverse(rev)
	rs = append(rs, Request{AccountSid: "AC'\"$x`!\n\xff", To: "sip:" + all + "@example.com", From: all, Url: "https://example.com/?q=" + all,
		Twiml: all + "<x/>", CallReason: "r" + all, SipAuthUsername: all + "u", SipAuthPassword: "p" + all,
		StatusCallbackEvent: nastyValues, RecordingStatusCallbackEvent: rev, Timeout: "30", Record: "true", Method: "POST"})
	rs = append(rs, Request{To: `"`, From: "'", CallerId: "$(id)", CallToken: `\`, SendDigits: "#{x}", Byoc: `\u000a`,
		MachineDetection: `\\u0022`, Trim: "{$x}", RecordingTrack: `\x41`, AsyncAmd: "*/", AsyncAmdStatusCallback: `\u{41}`, ApplicationSid: `a\tb`})
	return rs
}

// stringValues lists every value of r that a snippet writes as a string
// literal, for the languages that keep types: whole numbers and booleans
// are bare, and the typed SDKs leave out the other values of those keys.
func stringValues(r Request, typed bool) []string {
	var out []string
	if r.AccountSid != "" {
		out = append(out, r.AccountSid)
	}
	v := reflect.ValueOf(r)
	for _, k := range keyOrder {
		f := v.FieldByName(k)
		if f.Kind() == reflect.Slice {
			for i := 0; i < f.Len(); i++ {
				if s := f.Index(i).String(); s != "" {
					out = append(out, s)
				}
			}
			continue
		}
		s := f.String()
		if s == "" && k != "To" && k != "From" {
			continue
		}
		switch k {
		case "Timeout", "TimeLimit", "MachineDetectionTimeout", "MachineDetectionSpeechThreshold",
			"MachineDetectionSpeechEndThreshold", "MachineDetectionSilenceTimeout":
			if (s[0] != '0' || s == "0") && strings.Trim(s, "0123456789") == "" || typed {
				continue
			}
		case "Record":
			if s == "true" || s == "false" || typed {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// asUnicode is what a language whose strings are Unicode makes of v: each
// invalid byte becomes U+FFFD.
func asUnicode(v string) string { return string([]rune(v)) }

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func needTool(t *testing.T, name string) {
	t.Helper()
	_, err := exec.LookPath(name)
	require.NoError(t, err, "%s is required to check the snippets", name)
}

// The credentials the snippet programs find in their environment.
func snippetEnv(extra ...string) []string {
	return append([]string{"PATH=" + os.Getenv("PATH"), "TWILIO_ACCOUNT_SID=ACenvsid", "TWILIO_AUTH_TOKEN=envtoken"}, extra...)
}

// sdkCall is what a fake SDK records of the create call.
type sdkCall struct {
	Acct  *string        `json:"acct"`
	Sid   string         `json:"sid"`
	Token string         `json:"token"`
	Opts  map[string]any `json:"o"`
}

// wantOpts builds the options a dynamic SDK must receive for r, with the
// keys spelt by name: numbers and booleans typed, lists as lists.
func wantOpts(r Request, name func(string) string, unicode bool) map[string]any {
	out := map[string]any{}
	v := reflect.ValueOf(r)
	conv := func(s string) string {
		if unicode {
			return asUnicode(s)
		}
		return s
	}
	for _, k := range keyOrder {
		f := v.FieldByName(k)
		if f.Kind() == reflect.Slice {
			var l []any
			for i := 0; i < f.Len(); i++ {
				if s := f.Index(i).String(); s != "" {
					l = append(l, conv(s))
				}
			}
			if l != nil {
				out[name(k)] = l
			}
			continue
		}
		s := f.String()
		if s == "" && k != "To" && k != "From" {
			continue
		}
		var val any = conv(s)
		switch k {
		case "Timeout", "TimeLimit", "MachineDetectionTimeout", "MachineDetectionSpeechThreshold",
			"MachineDetectionSpeechEndThreshold", "MachineDetectionSilenceTimeout":
			if n, err := strconv.Atoi(s); err == nil && strconv.Itoa(n) == s {
				val = float64(n)
			}
		case "Record":
			if b, err := strconv.ParseBool(s); err == nil && (s == "true" || s == "false") {
				val = b
			}
		}
		out[name(k)] = val
	}
	return out
}

func lowerFirst(k string) string { return strings.ToLower(k[:1]) + k[1:] }

func snakeCase(k string) string {
	var b strings.Builder
	for i, r := range k {
		if r >= 'A' && r <= 'Z' && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(r | 0x20)
	}
	return b.String()
}

func TestSnippetNodeRuns(t *testing.T) {
	needTool(t, "node")
	dir := t.TempDir()
	writeFile(t, dir, "node_modules/twilio/index.js", `module.exports = function (sid, token) {
  const calls = (acct) => ({ create: async (o) => {
    process.stdout.write(JSON.stringify({ acct, sid, token, o }) + "\n");
    return { sid: "CA1" };
  } });
  return { calls: calls(null), api: { v2010: { accounts: (a) => ({ calls: calls(a) }) } } };
};
`)
	for i, r := range snippetRequests() {
		code := Snippet(r, "node")
		file := writeFile(t, dir, "s"+strconv.Itoa(i)+".js", code)
		out, err := exec.Command("node", "--check", file).CombinedOutput()
		require.NoError(t, err, "node --check failed:\n%s\n%s", out, code)
		cmd := exec.Command("node", file)
		cmd.Env = snippetEnv()
		out, err = cmd.Output()
		require.NoError(t, err, "node failed:\n%s\n%s", out, code)
		var got sdkCall
		require.NoError(t, json.Unmarshal([]byte(strings.SplitN(string(out), "\n", 2)[0]), &got), "output %q", out)
		assert.Equal(t, "ACenvsid", got.Sid)
		assert.Equal(t, "envtoken", got.Token)
		if r.AccountSid == "" {
			assert.Nil(t, got.Acct)
		} else if assert.NotNil(t, got.Acct) {
			assert.Equal(t, asUnicode(r.AccountSid), *got.Acct)
		}
		assert.Equal(t, wantOpts(r, lowerFirst, true), got.Opts, "snippet:\n%s", code)
		assert.Equal(t, "CA1", strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[1]))
	}
}

func TestSnippetPythonRuns(t *testing.T) {
	needTool(t, "python3")
	dir := t.TempDir()
	writeFile(t, dir, "fake/twilio/__init__.py", "")
	writeFile(t, dir, "fake/twilio/rest/__init__.py", `import json, sys


class _Calls:
    def __init__(self, client, acct):
        self.client, self.acct = client, acct

    def create(self, **kw):
        sys.stdout.write(json.dumps({"acct": self.acct, "sid": self.client.sid, "token": self.client.token, "o": kw}) + "\n")
        return type("Call", (), {"sid": "CA1"})


class _Account:
    def __init__(self, client, acct):
        self.calls = _Calls(client, acct)


class _V2010:
    def __init__(self, client):
        self.client = client

    def accounts(self, acct):
        return _Account(self.client, acct)


class Client:
    def __init__(self, sid, token):
        self.sid, self.token = sid, token
        self.calls = _Calls(self, None)
        self.api = type("Api", (), {})()
        self.api.v2010 = _V2010(self)
`)
	// Resolve the interpreter once: a version manager's shim costs a lot
	// per run on a busy machine.
	exe, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	require.NoError(t, err)
	python := strings.TrimSpace(string(exe))
	snake := func(k string) string {
		if k == "From" {
			return "from_"
		}
		return snakeCase(k)
	}
	for i, r := range snippetRequests() {
		code := Snippet(r, "python")
		file := writeFile(t, dir, "s"+strconv.Itoa(i)+".py", code)
		out, err := exec.Command(python, "-m", "py_compile", file).CombinedOutput()
		require.NoError(t, err, "py_compile failed:\n%s\n%s", out, code)
		cmd := exec.Command(python, file)
		cmd.Env = snippetEnv("PYTHONPATH="+filepath.Join(dir, "fake"), "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
		out, err = cmd.Output()
		require.NoError(t, err, "python3 failed:\n%s\n%s", out, code)
		lines := strings.SplitN(string(out), "\n", 2)
		var got sdkCall
		require.NoError(t, json.Unmarshal([]byte(lines[0]), &got), "output %q", out)
		assert.Equal(t, "ACenvsid", got.Sid)
		assert.Equal(t, "envtoken", got.Token)
		if r.AccountSid == "" {
			assert.Nil(t, got.Acct)
		} else if assert.NotNil(t, got.Acct) {
			assert.Equal(t, asUnicode(r.AccountSid), *got.Acct)
		}
		assert.Equal(t, wantOpts(r, snake, true), got.Opts, "snippet:\n%s", code)
		assert.Equal(t, "CA1", strings.TrimSpace(lines[1]))
	}
}

func TestSnippetGoParses(t *testing.T) {
	needTool(t, "gofmt")
	dir := t.TempDir()
	for i, r := range snippetRequests() {
		code := Snippet(r, "go")
		file := writeFile(t, dir, "s"+strconv.Itoa(i)+".go", code)
		out, err := exec.Command("gofmt", "-e", "-l", file).CombinedOutput()
		require.NoError(t, err, "gofmt -e failed:\n%s\n%s", out, code)
		assert.Empty(t, string(out), "the Go snippet is not gofmt-formatted:\n%s", code)

		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		require.NoError(t, err)
		got := map[string]any{}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !strings.HasPrefix(sel.Sel.Name, "Set") || len(call.Args) != 1 {
				return true
			}
			got[strings.TrimPrefix(sel.Sel.Name, "Set")] = goValue(t, call.Args[0])
			return true
		})
		want := wantOpts(r, func(k string) string { return k }, false)
		for k, v := range want {
			if _, isText := v.(string); isText && slices.Contains([]string{"Timeout", "TimeLimit", "Record", "MachineDetectionTimeout",
				"MachineDetectionSpeechThreshold", "MachineDetectionSpeechEndThreshold", "MachineDetectionSilenceTimeout"}, k) {
				delete(want, k) // a typed SDK cannot take it: the snippet says so in a comment
				assert.Contains(t, code, "// "+k+" is left out")
			}
		}
		if r.AccountSid != "" {
			want["PathAccountSid"] = r.AccountSid
		}
		assert.Equal(t, want, got, "snippet:\n%s", code)
	}
}

// goValue evaluates a literal argument of a Go snippet setter.
func goValue(t *testing.T, e ast.Expr) any {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			require.NoError(t, err)
			return s
		}
		n, err := strconv.Atoi(e.Value)
		require.NoError(t, err)
		return float64(n)
	case *ast.Ident:
		return e.Name == "true"
	case *ast.CompositeLit:
		var l []any
		for _, x := range e.Elts {
			l = append(l, goValue(t, x))
		}
		return l
	}
	require.Failf(t, "unexpected setter argument", "%T", e)
	return nil
}

func TestSnippetCLIRunsInShell(t *testing.T) {
	needTool(t, "bash")
	dir := t.TempDir()
	for i, r := range snippetRequests() {
		code := Snippet(r, "cli")
		script := "set -o history -o histexpand\ntwilio() { printf '%s\\0' \"$@\"; }\n" + code
		file := writeFile(t, dir, "s"+strconv.Itoa(i)+".sh", script)
		out, err := exec.Command("bash", "--norc", "--noprofile", file).Output()
		require.NoError(t, err, "bash failed on:\n%s", code)
		got := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
		assert.Equal(t, wantCLIArgs(r), got, "snippet:\n%s", code)
	}
}

func TestSnippetCLIWords(t *testing.T) {
	for _, r := range snippetRequests() {
		code := Snippet(r, "cli")
		words, err := parseShellWords(code)
		require.NoError(t, err, "snippet:\n%s", code)
		require.NotEmpty(t, words)
		assert.Equal(t, "twilio", words[0])
		assert.Equal(t, wantCLIArgs(r), words[1:], "snippet:\n%s", code)
	}
}

// wantCLIArgs lists the arguments the twilio CLI must receive for r.
func wantCLIArgs(r Request) []string {
	out := []string{"api:core:calls:create"}
	flag := func(k, v string) {
		v = strings.ReplaceAll(v, "\x00", "")
		name := strings.ReplaceAll(snakeCase(k), "_", "-")
		if strings.HasPrefix(v, "-") {
			out = append(out, "--"+name+"="+v)
		} else {
			out = append(out, "--"+name, v)
		}
	}
	if r.AccountSid != "" {
		flag("AccountSid", r.AccountSid)
	}
	v := reflect.ValueOf(r)
	for _, k := range keyOrder {
		f := v.FieldByName(k)
		switch {
		case f.Kind() == reflect.Slice:
			for i := 0; i < f.Len(); i++ {
				if s := f.Index(i).String(); s != "" {
					flag(k, s)
				}
			}
		case k == "Record":
			if f.String() == "true" {
				out = append(out, "--record")
			}
		case f.String() != "" || k == "To" || k == "From":
			flag(k, f.String())
		}
	}
	return out
}

// literalCheck renders every snippet request in lang, extracts its string
// literals with parse, and asserts they are exactly consts plus the
// request's string values, as the language reads them.
// bareMethods are the HTTP methods a typed SDK names as constants.
func literalCheck(t *testing.T, lang string, parse func(string) ([]string, error), consts func(Request) []string, conv func(string) string, bareMethods ...string) {
	for _, r := range snippetRequests() {
		code := Snippet(r, lang)
		got, err := parse(code)
		require.NoError(t, err, "snippet:\n%s", code)
		want := consts(r)
		// Method values named as constants are not literals.
		for _, m := range []*string{&r.Method, &r.FallbackMethod, &r.StatusCallbackMethod, &r.RecordingStatusCallbackMethod, &r.AsyncAmdStatusCallbackMethod} {
			if slices.Contains(bareMethods, *m) {
				*m = ""
			}
		}
		for _, v := range stringValues(r, lang != "php" && lang != "ruby") {
			want = append(want, conv(v))
		}
		slices.Sort(got)
		slices.Sort(want)
		assert.Equal(t, want, got, "snippet:\n%s", code)
	}
}

func constList(c ...string) func(Request) []string {
	return func(Request) []string { return append([]string(nil), c...) }
}

func TestSnippetCSharpLiterals(t *testing.T) {
	literalCheck(t, "csharp", parseCSharpStrings, constList("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"), asUnicode,
		"GET", "POST", "PATCH", "PUT", "DELETE")
}

func TestSnippetJavaLiterals(t *testing.T) {
	literalCheck(t, "java", parseJavaStrings, constList("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"), asUnicode,
		"HEAD", "GET", "POST", "PATCH", "PUT", "DELETE")
}

func TestSnippetRubyLiterals(t *testing.T) {
	literalCheck(t, "ruby", parseRubyStrings, constList("twilio-ruby", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"), asUnicode)
}

func TestSnippetPHPLiterals(t *testing.T) {
	keys := func(r Request) []string {
		out := []string{"/path/to/vendor/autoload.php", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"}
		for k := range wantOpts(r, lowerFirst, false) {
			if k != "to" && k != "from" {
				out = append(out, k)
			}
		}
		return out
	}
	literalCheck(t, "php", parsePHPStrings, keys, func(s string) string { return s })
}

func TestSnippetTypedValues(t *testing.T) {
	r := Request{To: "sip:a@b.c", From: "a", Url: "https://e.com/x", Timeout: "30", Record: "true", Method: "PATCH",
		FallbackMethod: "HEAD", StatusCallbackMethod: "x", StatusCallback: "https://e.com/s", RecordingStatusCallback: "https://e.com/r",
		AccountSid: "AC1", Twiml: "<R/>"}
	cs := Snippet(r, "csharp")
	for _, want := range []string{
		`to: new Twilio.Types.PhoneNumber("sip:a@b.c")`, `url: new Uri("https://e.com/x")`, `timeout: 30`, `record: true`,
		`method: Twilio.Http.HttpMethod.Patch`, `fallbackMethod: new Twilio.Http.HttpMethod("HEAD")`,
		`statusCallback: new Uri("https://e.com/s")`, `recordingStatusCallback: "https://e.com/r"`,
		`twiml: new Twilio.Types.Twiml("<R/>")`, `pathAccountSid: "AC1"`,
	} {
		assert.Contains(t, cs, want)
	}
	java := Snippet(r, "java")
	for _, want := range []string{
		`Call.creator("AC1",`, `URI.create("https://e.com/x"))`, `.setTimeout(30)`, `.setRecord(true)`, `.setMethod(HttpMethod.PATCH)`,
		`.setFallbackMethod(HttpMethod.HEAD)`, `.setStatusCallbackMethod(HttpMethod.forValue("x"))`,
		`.setTwiml(new com.twilio.type.Twiml("<R/>"))`, "import com.twilio.http.HttpMethod;",
	} {
		assert.Contains(t, java, want)
	}
	r.Url = ""
	assert.Contains(t, Snippet(r, "java"), `new com.twilio.type.PhoneNumber("a"),
                            new com.twilio.type.Twiml("<R/>"))`)
	assert.NotContains(t, Snippet(Request{To: "x"}, "java"), "import com.twilio.http.HttpMethod;")
	assert.NotContains(t, Snippet(Request{To: "x"}, "csharp"), "using System.Collections.Generic;")
}

func TestSnippetsNeverInlineTheToken(t *testing.T) {
	for _, l := range Languages() {
		s := Snippet(fullRequest(), l.ID)
		if l.ID != "cli" {
			assert.Contains(t, s, "TWILIO_AUTH_TOKEN", l.ID)
			assert.Contains(t, s, "TWILIO_ACCOUNT_SID", l.ID)
		}
		assert.Contains(t, s, "AC0123456789abcdef0123456789abcdef", "%s: a given AccountSid selects the account", l.ID)
	}
}
