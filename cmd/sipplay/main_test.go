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
	}
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
			assert.Equal(t, string(want), stdout, "sipplay %s", strings.Join(tt.args, " "))
		})
	}
}
