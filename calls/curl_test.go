package calls

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCurlText(t *testing.T) {
	tests := []struct {
		name string
		r    Request
		o    CurlOptions
		want string
	}{
		{"vendor example, secrets from the environment",
			Request{Url: "http://www.example.com/sipdial.xml", To: "sip:kate@example.com", From: "Jack"}, CurlOptions{},
			`curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \
  --data-urlencode 'To=sip:kate@example.com' \
  --data-urlencode 'From=Jack' \
  --data-urlencode 'Url=http://www.example.com/sipdial.xml' \
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`},
		{"given sid and token",
			Request{AccountSid: "AC0123456789abcdef0123456789abcdef", To: "sip:a@b.c"}, CurlOptions{AuthToken: "tok"},
			`curl -X POST 'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json' \
  --data-urlencode 'To=sip:a@b.c' \
  -u 'AC0123456789abcdef0123456789abcdef:tok'`},
		{"given sid, token from the environment",
			Request{AccountSid: "AC1"}, CurlOptions{},
			`curl -X POST 'https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json' \
  -u 'AC1:'"${TWILIO_AUTH_TOKEN}"`},
		{"token given, sid from the environment; zsh must not read :h as a modifier",
			Request{}, CurlOptions{AuthToken: "h'x"},
			`curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \
  -u "${TWILIO_ACCOUNT_SID}"':h'\''x'`},
		{"hostile sid is path-encoded in the URL and quoted in -u",
			Request{AccountSid: "{a,b}/$x'"}, CurlOptions{},
			`curl -X POST 'https://api.twilio.com/2010-04-01/Accounts/%7Ba%2Cb%7D%2F%24x%27/Calls.json' \
  -u '{a,b}/$x'\'':'"${TWILIO_AUTH_TOKEN}"`},
		{"quotes, controls, @ and NUL",
			Request{To: "@/etc/passwd", From: "O'Neil\n", Twiml: "a\x00b", StatusCallbackEvent: []string{"x", "y"}}, CurlOptions{},
			`curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \
  --data-urlencode 'To=@/etc/passwd' \
  --data-urlencode $'From=O\'Neil\n' \
  --data 'Twiml=a%00b' \
  --data-urlencode 'StatusCallbackEvent=x' \
  --data-urlencode 'StatusCallbackEvent=y' \
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CurlWith(tt.r, tt.o), tt.name)
	}
	assert.Equal(t, CurlWith(Request{To: "x"}, CurlOptions{}), Curl(Request{To: "x"}))
}

func TestShellQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "''"},
		{"abc", "'abc'"},
		{"'", `\'`},
		{"''", `\'\'`},
		{"a'b", `'a'\''b'`},
		{"'a'", `\''a'\'`},
		{"$x `y` \\ \" !", `'$x ` + "`y`" + ` \ " !'`},
		{"a\nb\tc\rd", `$'a\nb\tc\rd'`},
		{"\xff\x01é", `$'\xFF\x01é'`},
		{"x\u202ey", `$'x\xE2\x80\xAEy'`},
		{"\n'\\!$", `$'\n\'\\\x21$'`},
		{"😀", `'😀'`},
	}
	for _, tt := range tests {
		got := ShellQuote(tt.in)
		assert.Equal(t, tt.want, got, "ShellQuote(%q)", tt.in)
		if tt.in != "" {
			// Two quoted runs must never touch: zsh with RC_QUOTES would read
			// the '' between them as a quote character.
			for i := 1; i < len(got); i++ {
				if got[i] == '\'' && got[i-1] == '\'' {
					assert.Equal(t, byte('\\'), got[i-2], "ShellQuote(%q) = %s joins two quoted runs at %d", tt.in, got, i)
				}
			}
		}
	}
}

// nastyValues are values that break naive shell quoting or curl arguments.
var nastyValues = []string{
	"'", "''", "'''", "a'b", `"`, `""`, "$HOME", "${HOME}", "$(id)", "`id`", "!", "!!", "!$", "!-1", "a!b",
	`\`, `\\`, `\n`, `\'`, "a\nb", "\n", "\r\n", "\t", "\x01\x1b[31m\x7f", "=", "==a=", "a=b&c=d", "@/etc/passwd", "@-",
	"@", "<file", ">out", "|cat", ";ls", "&", "-d x", "--data x", "#comment", "*", "?", "[a-z]", "{a,b}", "~", "~root",
	":h", ":t:r", "^x", "%41", "%", "+", "#{x}", "#$x", "#@x", "{$x}", "${x}", " lead and trail ", "😀 emoji", "é", "\xff\xfe", "\xc3", "\u202eevil",
	"\u2028", "\u200b", "a\x00b", "\x00", strings.Repeat("x'y\n", 500),
	"sip:alice@example.com;transport=tls?X-a=1&User-to-User=1%3Bencoding%3Dhex",
}

// curlRun is one request the local server received.
type curlRun struct {
	path, user, pass, method, ctype string
	auth                            bool
	body                            string
}

// curlCase is one command to run and the request it must deliver.
type curlCase struct {
	r Request
	o CurlOptions
}

// runCurls runs CurlWith for every case, all in one script per shell, with
// curl pointed at a local TLS server standing in for api.twilio.com, and
// asserts that each request arrived with exactly the case's fields, path
// and credentials. A wrapper function tags each request with its case
// number; the generated commands themselves run unchanged.
func runCurls(t *testing.T, cases []curlCase) {
	t.Helper()
	_, err := exec.LookPath("bash")
	require.NoError(t, err, "bash is required to prove Curl's output runs as promised")
	_, err = exec.LookPath("curl")
	require.NoError(t, err, "curl is required to prove Curl's output runs as promised (.ci/run installs it)")

	var mu sync.Mutex
	got := map[string]curlRun{}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		u, p, ok := r.BasicAuth()
		mu.Lock()
		got[r.Header.Get("X-Case")] = curlRun{path: r.URL.Path, user: u, pass: p, auth: ok, method: r.Method,
			ctype: r.Header.Get("Content-Type"), body: string(b)}
		mu.Unlock()
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()
	su, err := url.Parse(srv.URL)
	require.NoError(t, err)
	host, port, err := net.SplitHostPort(su.Host)
	require.NoError(t, err)
	dir := t.TempDir()

	var body strings.Builder
	body.WriteString("curl() { command curl -sS -k --connect-to api.twilio.com:443:" + host + ":" + port + ` -H "X-Case: $CASE" "$@"; }` + "\n")
	for i, c := range cases {
		body.WriteString("CASE=" + strconv.Itoa(i) + "\n" + CurlWith(c.r, c.o) + "\n")
	}

	shells := []string{"bash"}
	if _, err := exec.LookPath("zsh"); err == nil {
		shells = append(shells, "zsh")
		t.Log("zsh found: running every command in bash and in zsh (with RC_QUOTES set)")
	} else {
		t.Log("zsh not found: running every command in bash only")
	}
	for _, sh := range shells {
		// bash: turn on history expansion, so ! is as dangerous as in a
		// terminal. zsh: RC_QUOTES, so '' inside quotes would be a quote.
		prelude, args := "set -o history -o histexpand\n", []string{"--norc", "--noprofile"}
		if sh == "zsh" {
			prelude, args = "setopt rc_quotes\n", []string{"-f"}
		}
		file := filepath.Join(dir, sh+".sh")
		require.NoError(t, os.WriteFile(file, []byte(prelude+body.String()), 0o600))
		clear(got)
		cmd := exec.Command(sh, append(args, file)...)
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "LC_ALL=C.UTF-8",
			"TWILIO_ACCOUNT_SID=" + envSid, "TWILIO_AUTH_TOKEN=" + envToken}
		out, err := cmd.CombinedOutput()
		assert.NoError(t, err, "%s exited with an error; output:\n%s", sh, out)
		for i, c := range cases {
			cmdText := CurlWith(c.r, c.o)
			run, ok := got[strconv.Itoa(i)]
			if !assert.True(t, ok, "%s: case %d sent nothing:\n%s\noutput:\n%s", sh, i, cmdText, out) {
				continue
			}
			sid, token := c.r.AccountSid, c.o.AuthToken
			if sid == "" {
				sid = envSid
			}
			if token == "" {
				token = envToken
			}
			assert.Equal(t, http.MethodPost, run.method, "%s: %s", sh, cmdText)
			assert.Equal(t, "application/x-www-form-urlencoded", run.ctype, "%s: %s", sh, cmdText)
			assert.Equal(t, "/2010-04-01/Accounts/"+sid+"/Calls.json", run.path, "%s: path for AccountSid %q", sh, c.r.AccountSid)
			// curl splits -u at the first colon, so compare the joined pair.
			noNUL := func(s string) string { return strings.ReplaceAll(s, "\x00", "") }
			assert.True(t, run.auth, "%s: no basic auth: %s", sh, cmdText)
			assert.Equal(t, noNUL(sid)+":"+noNUL(token), run.user+":"+run.pass, "%s: credentials: %s", sh, cmdText)
			pairs, err := decodeForm(run.body)
			if assert.NoError(t, err, "%s: body %q", sh, run.body) {
				assert.Equal(t, wantPairs(c.r), pairs, "%s ran:\n%s", sh, cmdText)
			}
		}
	}
}

// The credentials the shells find in their environment.
const (
	envSid   = "ACenv00000000000000000000000000000"
	envToken = "envtoken"
)

func TestCurlRunsInShell(t *testing.T) {
	all := strings.Join(nastyValues, "|")
	rev := slices.Clone(nastyValues)
	slices.Reverse(rev)
	// Each nasty value is a list element of its own, and part of the single
	// fields; few requests keep the number of shell and curl runs small.
	cases := []curlCase{
		{r: fullRequest()},
		{r: Request{To: "sip:" + all + "@example.com", From: all, Twiml: all, CallReason: "x" + all + "x",
			StatusCallbackEvent: nastyValues, RecordingStatusCallbackEvent: rev}},
	}
	// AccountSid and AuthToken are user input too: every nasty value (but
	// NUL and /, which no URL path carries) in each of the three -u forms.
	var creds []string
	for _, v := range nastyValues {
		if !strings.ContainsAny(v, "\x00/") {
			creds = append(creds, v)
		}
	}
	c := strings.Join(creds, "")
	cases = append(cases,
		curlCase{r: Request{AccountSid: c, To: "x"}, o: CurlOptions{AuthToken: c}},
		curlCase{r: Request{To: "x"}, o: CurlOptions{AuthToken: c}},
		curlCase{r: Request{AccountSid: c, To: "x"}},
	)
	for _, v := range creds[:12] {
		cases = append(cases, curlCase{r: Request{AccountSid: v, To: v}, o: CurlOptions{AuthToken: v}})
	}
	runCurls(t, cases)
}

// FuzzCurl runs the generated command in the shells for every input; its
// corpus in testdata/fuzz/FuzzCurl runs with every go test.
func FuzzCurl(f *testing.F) {
	f.Add("", "", "sip:alice@example.com?X-a=1&X-b=2", "Jack", "<Response/>")
	f.Fuzz(func(t *testing.T, sid, token, to, from, other string) {
		// A / or NUL in the AccountSid cannot round-trip through a URL path.
		sid = strings.Map(func(r rune) rune {
			if r == '/' || r == 0 {
				return -1
			}
			return r
		}, sid)
		if len(other) > 20000 { // stay far below the argument length limit
			other = other[:20000]
		}
		r := Request{AccountSid: sid, To: to, From: from, Twiml: other, StatusCallbackEvent: []string{other, from}}
		runCurls(t, []curlCase{{r: r, o: CurlOptions{AuthToken: token}}})
	})
}
