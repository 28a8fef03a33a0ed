package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	clean := write("clean.xml", "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>\n")
	infoOnly := "testdata/vendor/transport-tls.xml" // two info findings, nothing else
	big := write("big.xml", "<Response>"+strings.Repeat(" ", maxInput)+"</Response>")
	latin1 := "testdata/broken/latin1.xml"
	dangling := filepath.Join(dir, "dangling.xml")
	require.NoError(t, os.Symlink(filepath.Join(dir, "missing"), dangling))
	skipDir := filepath.Join(dir, "skip")
	require.NoError(t, os.Mkdir(skipDir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(skipDir, "not-twiml.xml"), []byte("<project/>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(skipDir, "ok.xml"), []byte("<Response/>"), 0o644))
	badJSON := write("bad.json", `{"To": "sip:a@example.com", "Bogus": 1}`)

	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string // a part of standard output
		stderr string // a part of standard error
	}{
		{"no command", nil, "", exitTrouble, "", "Usage:"},
		{"help", []string{"--help"}, "", exitClean, "sipplay lint", ""},
		{"help command", []string{"help", "check"}, "", exitClean, "Usage: sipplay check", ""},
		{"unknown command", []string{"lnt"}, "", exitTrouble, "", `unknown command "lnt"`},
		{"lint help", []string{"lint", "--help"}, "", exitClean, "--fail-on severity", ""},
		{"check help", []string{"check", "-h"}, "", exitClean, "--format text", ""},
		{"request help", []string{"request", "--help"}, "", exitClean, "--StatusCallbackEvent value", ""},
		{"explain help", []string{"explain", "--help"}, "", exitClean, "Usage: sipplay explain", ""},
		{"lint without paths", []string{"lint"}, "", exitTrouble, "", "name at least one file"},
		{"bad format", []string{"lint", "--format", "xml", clean}, "", exitTrouble, "", "want one of text, json, sarif, github"},
		{"bad fail-on", []string{"lint", "--fail-on", "fatal", clean}, "", exitTrouble, "", "want error, warning, info or none"},
		{"fix and diff", []string{"lint", "--fix", "--diff", clean}, "", exitTrouble, "", "exclude each other"},
		{"clean file", []string{"lint", clean}, "", exitClean, "", ""},
		{"errors", []string{"lint", "testdata/vendor"}, "", exitFindings, "[scheme]", ""},
		{"errors, fail on none", []string{"lint", "--fail-on", "none", "testdata/vendor"}, "", exitClean, "[scheme]", ""},
		{"info only", []string{"lint", infoOnly}, "", exitClean, "[tls-port]", ""},
		{"info only, fail on warning", []string{"lint", "--fail-on=warning", infoOnly}, "", exitClean, "[tls-port]", ""},
		{"info only, fail on info", []string{"lint", infoOnly, "--fail-on", "info"}, "", exitFindings, "[tls-port]", ""},
		{"missing file", []string{"lint", filepath.Join(dir, "nope.xml"), clean}, "", exitTrouble, "", "nope.xml: no such file or directory"},
		{"dangling link", []string{"lint", dangling}, "", exitTrouble, "", "dangling.xml: no such file or directory"},
		{"too big, the run goes on", []string{"lint", big, infoOnly}, "", exitTrouble, "[tls-port]", "big.xml: larger than 1 MiB"},
		{"not UTF-8, the run goes on", []string{"lint", latin1, infoOnly}, "", exitTrouble, "[tls-port]", "latin1.xml: not UTF-8: byte 0xE9 at line 1, column 29"},
		{"skips are not trouble", []string{"lint", "--fail-on", "warning", "testdata/broken/nested"}, "", exitFindings, "[transport-case]", ""},
		{"skip reported", []string{"lint", skipDir}, "", exitClean, "", "not-twiml.xml: skipped: its root element is <project>, not <Response>"},
		{"stdin", []string{"lint", "-"}, "<Response><Dial><Sip>sip:a@example.com;region=eu1</Sip></Dial></Response>", exitFindings, "<stdin>:1:", ""},
		{"stdin twice", []string{"lint", "-", "-"}, "<Response/>", exitTrouble, "", "standard input can be read only once"},
		{"stdin not UTF-8", []string{"lint", "-"}, "<Response>\xff</Response>", exitTrouble, "", "<stdin>: not UTF-8: byte 0xFF at line 1, column 11"},
		{"fix stdin", []string{"lint", "--fix", "-"}, "<Response/>", exitTrouble, "", "use --diff for standard input"},
		{"check clean", []string{"check", "sip:alice@example.com"}, "", exitClean, "", ""},
		{"check errors", []string{"check", "sip:alice@example.com", "sip:bob@example.com;transport=sctp"}, "", exitFindings, "<arg2>:1:31: error:", ""},
		{"check stdin", []string{"check"}, "sip:alice@example.com\nalice@example.com\n", exitFindings, "<stdin>:2:1: error:", ""},
		{"check stdin too big", []string{"check"}, strings.Repeat("sip:a@example.com\n", maxInput/10), exitTrouble, "", "<stdin>: larger than 1 MiB"},
		{"check flag after URI", []string{"check", "sip:alice@example.com", "--format", "json"}, "", exitClean, "[]", ""},
		{"check URI after --", []string{"check", "--", "--format"}, "", exitFindings, "<arg1>:1:1: error:", ""},
		{"explain without code", []string{"explain"}, "", exitTrouble, "", "name a finding code"},
		{"explain", []string{"explain", "range"}, "", exitClean, "range (error)\n\n", ""},
		{"explain unknown code", []string{"explain", "no-such-code"}, "", exitTrouble, "", `no finding code "no-such-code"`},
		{"request clean", []string{"request", "--To", "sip:alice@example.com", "--From", "alice", "--Url", "https://example.com/t"}, "", exitClean, "", ""},
		{"request missing To", []string{"request", "--From", "alice", "--Url", "https://example.com/t"}, "", exitFindings, "To:1:1: error:", ""},
		{"request argument", []string{"request", "sip:alice@example.com"}, "", exitTrouble, "", "parameters are given as flags"},
		{"request unknown key", []string{"request", "--json", badJSON}, "", exitTrouble, "", `unknown parameter "Bogus"`},
		{"check - reads stdin", []string{"check", "-"}, "sip:a@example.com;region=x\n", exitFindings, "<stdin>:1:26: error:", ""},
		{"check URIs and stdin", []string{"check", "sip:a@example.com", "-"}, "sip:b@example.com\n", exitClean, "", ""},
		{"check stdin twice", []string{"check", "-", "-"}, "sip:b@example.com\n", exitTrouble, "", "<arg2>: -: standard input can be read only once"},
		{"check a file name", []string{"check", clean}, "", exitFindings, "<arg1>:1:1: error:", "is a file; check takes URIs"},
		{"explain a code as a finding shows it", []string{"explain", "[transport-case]"}, "", exitClean, "transport-case (warning)", ""},
		{"explain a code in upper case", []string{"explain", "TLS-Port"}, "", exitClean, "tls-port (info)", ""},
		{"explain a misspelt code", []string{"explain", "transport_case"}, "", exitTrouble, "", `no finding code "transport_case"; did you mean transport-case?`},
		{"request JSON with a byte order mark", []string{"request", "--json", "-", "--print", "body"},
			"\uFEFF{\"To\": \"sip:a@example.com\", \"From\": \"a\", \"Url\": \"https://example.com/t\"}", exitClean,
			"To=sip%3Aa%40example.com&From=a&Url=https%3A%2F%2Fexample.com%2Ft\n", ""},
		{"request import with a byte order mark", []string{"request", "--import", "-", "--print", "body"},
			"\uFEFFtwilio api:core:calls:create --to sip:a@example.com --from a --url https://example.com/t\r\n", exitClean,
			"To=sip%3Aa%40example.com&From=a&Url=https%3A%2F%2Fexample.com%2Ft\n", ""},
		{"lint a directory without TwiML", []string{"lint", "testdata/request"}, "", exitClean, "", "testdata/request: no TwiML file found"},
		{"request lower-case flag", []string{"request", "--to", "sip:a@example.com"}, "", exitTrouble, "", "not defined: -to; did you mean --To?"},
		{"request CLI flag", []string{"request", "--status-callback-event", "ringing"}, "", exitTrouble, "", "did you mean --StatusCallbackEvent?"},
		{"lint flag case", []string{"lint", "--Fix", clean}, "", exitTrouble, "", "did you mean --fix?"},
		{"request bad JSON", []string{"request", "--json", "-"}, "{\"To\": }", exitTrouble, "", "<stdin>: line 1, column 8"},
		{"request JSON array", []string{"request", "--json", "-"}, "\n [{\"To\": \"sip:a@example.com\"}]", exitTrouble, "",
			"<stdin>: line 2, column 2: a JSON array; want a JSON object of Calls parameters"},
		{"request JSON cut short", []string{"request", "--json", "-"}, "{\"To\": \"sip:a@example.com\",\n", exitTrouble, "",
			"<stdin>: line 2, column 1: the JSON object ends too soon"},
		{"request JSON empty", []string{"request", "--json", "-"}, "\n", exitTrouble, "", "<stdin>: empty: want a JSON object"},
		{"request missing JSON file", []string{"request", "--json", filepath.Join(dir, "none.json")}, "", exitTrouble, "", "none.json: no such file or directory"},
		{"request json and import", []string{"request", "--json", badJSON, "--import", badJSON}, "", exitTrouble, "", "--json and --import exclude each other"},
		{"request import", []string{"request", "--import", "-", "--print", "body"}, "twilio api:core:calls:create --to sip:a@example.com --from a --url https://example.com/t", exitClean,
			"To=sip%3Aa%40example.com&From=a&Url=https%3A%2F%2Fexample.com%2Ft\n", ""},
		{"request import missing file", []string{"request", "--import", filepath.Join(dir, "none.sh")}, "", exitTrouble, "", "none.sh: no such file or directory"},
		{"request bad print", []string{"request", "--print", "snippet:cobol"}, "", exitTrouble, "", `unknown language "cobol"`},
		{"request print body", []string{"request", "--To", "sip:a@example.com", "--From", "a", "--Url", "https://example.com/t", "--print", "body"}, "", exitClean,
			"To=sip%3Aa%40example.com&From=a&Url=https%3A%2F%2Fexample.com%2Ft\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := runCLI(t, tt.stdin, false, tt.args...)
			assert.Equal(t, tt.status, status, "sipplay %q\nstdout: %s\nstderr: %s", tt.args, stdout, stderr)
			assert.Contains(t, stdout, tt.stdout, "sipplay %q", tt.args)
			assert.Contains(t, stderr, tt.stderr, "sipplay %q", tt.args)
			if tt.status == exitClean && tt.stderr == "" {
				assert.Empty(t, stderr, "sipplay %q", tt.args)
			}
		})
	}
}

// Every finding of a run with trouble is still printed: the troubles go to
// standard error and do not stop the run.
func TestTroubleKeepsFindings(t *testing.T) {
	stdout, stderr, status := runCLI(t, "", false, "lint", "--format", "json", "testdata/broken")
	assert.Equal(t, exitTrouble, status)
	assert.Contains(t, stderr, "testdata/broken/latin1.xml: not UTF-8")
	assert.Contains(t, stderr, "testdata/broken/not-twiml.xml: skipped: its root element is <project>, not <Response>")
	assert.Contains(t, stderr, "testdata/broken/empty.xml: skipped")
	assert.NotContains(t, stderr, "notes.txt", "only *.xml files are looked at")
	assert.NotContains(t, stdout+stderr, "ignored.xml", "directories starting with a dot are skipped")
	assert.Contains(t, stdout, `"file":"testdata/broken/unclosed.xml"`)
}

// A directory named through a symbolic link is walked; a file named twice
// (directly, inside a named directory, through a link) is linted once, so
// its findings are not doubled and its diff applies.
func TestLintSymlinkedDirectoryAndRepeats(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "twiml")
	require.NoError(t, os.MkdirAll(real, 0o755))
	bad := "<Response><Dial><Sip>sip:a@example.com;region=nowhere</Sip></Dial></Response>\n"
	require.NoError(t, os.WriteFile(filepath.Join(real, "dial.xml"), []byte(bad), 0o644))
	link := filepath.Join(dir, "link")
	require.NoError(t, os.Symlink("twiml", link))

	stdout, stderr, status := runCLI(t, "", false, "lint", link)
	assert.Equal(t, exitFindings, status, "lint %s: %s%s", link, stdout, stderr)
	assert.Contains(t, stdout, filepath.Join(link, "dial.xml")+":1:", "the files are named under the link")

	stdout, stderr, status = runCLI(t, "", false, "lint", real, filepath.Join(real, "dial.xml"), link)
	assert.Equal(t, exitFindings, status, stderr)
	assert.Equal(t, 1, strings.Count(stdout, "[region]"), "one finding, not one per naming: %s", stdout)
}
