package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/sipuri"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden (review every change by hand)")

// runCLI runs sipplay with args and stdin and returns what it printed and
// its exit status.
func runCLI(t *testing.T, stdin string, terminal bool, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, terminal: terminal})
	return out.String(), errOut.String(), status
}

// The URIs of the check golden files: one line each, with blanks around
// and between them.
const checkInput = "sip:alice@example.com;region=eu1\n\n  sip:bob@example.com;transport=TCP \r\n" +
	"sips:café@example.com\n\tsip:carol@192.168.1.20:5060\n"

// goldenCodes is the help table of the golden SARIF files: two entries, one
// with every field and one with a summary only.
func goldenCodes() []sipuri.CodeDoc {
	return []sipuri.CodeDoc{
		{Code: "transport", Severity: sipuri.Error, Summary: "The transport is not udp, tcp or tls in lower case.",
			Why: "Twilio documents the lower-case values only.", Source: "https://www.twilio.com/docs/voice/twiml/sip"},
		{Code: "tls-port", Severity: sipuri.Info, Summary: "transport=tls without a port dials 5061."},
	}
}

func TestGolden(t *testing.T) {
	request := []string{"request", "--To", "sip:alice@example.com;transport=TCP", "--From", "alice",
		"--Url", "https://example.com/twiml", "--StatusCallbackEvent", "ringing", "--StatusCallbackEvent", "answerd"}
	tests := []struct {
		golden   string
		stdin    string
		terminal bool
		args     []string
	}{
		{golden: "lint-vendor.txt", args: []string{"lint", "testdata/vendor"}},
		{golden: "lint-vendor.json", args: []string{"lint", "--format", "json", "testdata/vendor"}},
		{golden: "lint-vendor.sarif", args: []string{"lint", "--format", "sarif", "testdata/vendor"}},
		{golden: "lint-vendor.github", args: []string{"lint", "--format", "github", "testdata/vendor"}},
		{golden: "lint-broken.txt", args: []string{"lint", "testdata/broken"}},
		{golden: "lint-broken-terminal.txt", terminal: true, args: []string{"lint", "testdata/broken"}},
		{golden: "lint-broken.json", args: []string{"lint", "--format=json", "testdata/broken"}},
		{golden: "lint-broken.sarif", args: []string{"lint", "testdata/broken", "--format", "sarif"}},
		{golden: "lint-broken.github", args: []string{"lint", "--format", "github", "testdata/broken"}},
		{golden: "lint-broken.diff", args: []string{"lint", "--diff", "testdata/broken"}},
		{golden: "check-stdin.txt", stdin: checkInput, args: []string{"check"}},
		{golden: "check-stdin-terminal.txt", stdin: checkInput, terminal: true, args: []string{"check"}},
		{golden: "check-stdin.json", stdin: checkInput, args: []string{"check", "--format", "json"}},
		{golden: "check-stdin.github", stdin: checkInput, args: []string{"check", "--format", "github"}},
		{golden: "request.txt", args: request},
		{golden: "request.json", args: append(request, "--format", "json")},
		{golden: "request-import.txt", args: []string{"request", "--import", "testdata/request/curl.sh", "--From", "bob"}},
		{golden: "request-import.github", args: []string{"request", "--import", "testdata/request/curl.sh", "--format", "github"}},
		{golden: "request-json.txt", args: []string{"request", "--json", "testdata/request/call.json", "--print", "body"}},
	}
	// The SARIF rules come from a fixed table here, so that the golden
	// files do not change with the packages' help texts.
	defer func(tables []func() []sipuri.CodeDoc) { codeTables = tables }(codeTables)
	codeTables = []func() []sipuri.CodeDoc{goldenCodes}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			stdout, _, _ := runCLI(t, tt.stdin, tt.terminal, tt.args...)
			path := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(stdout), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to create it, then review it by hand")
			assert.Equal(t, string(want), stdout, "sipplay %s\n(when a check's message changed: go test ./cmd/sipplay -run TestGolden -update, and review the diff)", strings.Join(tt.args, " "))
		})
	}
}

// Each command's --help lists its flags under "Flags:", and a command
// without flags has no empty "Flags:" heading.
func TestHelpFlagsHeading(t *testing.T) {
	for _, c := range commands {
		stdout, _, status := runCLI(t, "", false, c.name, "--help")
		require.Equal(t, exitClean, status, c.name)
		heading, list, found := strings.Cut(stdout, "\nFlags:\n")
		if c.name == "explain" {
			assert.False(t, found, "sipplay explain --help: %s", stdout)
			continue
		}
		assert.True(t, found && strings.HasPrefix(list, "  --"), "sipplay %s --help: %s", c.name, stdout)
		assert.NotEmpty(t, heading, c.name)
	}
}

// check skips comment lines of its standard input, and reports the next
// URI at its own line.
func TestCheckSkipsCommentLines(t *testing.T) {
	stdin := "# Twilio trunks\n  # the backup\nsip:alice@example.com;transport=TCP\n#sip:bob@example.com;region=eu1\n"
	stdout, stderr, status := runCLI(t, stdin, false, "check")
	assert.Equal(t, exitClean, status, "input %q: %s", stdin, stderr)
	assert.Equal(t, "<stdin>:3:33: warning: Write the transport in lower case, as Twilio documents it: tcp. [transport-case]\n", stdout, "input %q", stdin)
}
