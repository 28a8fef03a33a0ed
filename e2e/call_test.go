package e2e

// Pane 3: the call form produces the expected form body and curl command
// (issue 5). Expected values are written by hand from SPEC §3 and issue 4.

import (
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// curlArgs runs a curl command as bash would, with curl replaced by a
// function that prints its arguments, and returns them: what the command
// would really send, whatever its quoting.
func curlArgs(t *testing.T, command string) []string {
	t.Helper()
	script := "curl() { printf '%s\\0' \"$@\"; }\n" + command + "\n"
	cmd := exec.Command("bash", "--noprofile", "--norc", "-c", script)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "TWILIO_ACCOUNT_SID=ACtestsid", "TWILIO_AUTH_TOKEN=testtoken"}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "bash ran the curl command:\n%s\nstderr: %s", command, stderr.String())
	args := strings.Split(string(out), "\x00")
	return args[:len(args)-1]
}

func TestCallFormBodyAndCurl(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.require("form-body")
	tb.require("curl")

	// The vendor's "Create SIP Dial with Authentication", with a To that
	// carries an encoded header (SPEC §1.2) and a few more parameters.
	to := "sip:kate@example.com?x-name=Madhu%2CMathiyalagan%3BTitle%3DManager"
	for _, f := range [][2]string{
		{"call-To", to},
		{"call-From", "Jack"},
		{"call-Url", "http://www.example.com/sipdial.xml"},
		{"call-SipAuthUsername", "jack"},
		{"call-SipAuthPassword", "secret"},
		{"call-StatusCallback", "https://example.com/status"},
		{"call-StatusCallbackMethod", "GET"},
		{"call-Timeout", "30"},
	} {
		tb.set(f[0], f[1])
	}
	wantBody := "To=sip%3Akate%40example.com%3Fx-name%3DMadhu%252CMathiyalagan%253BTitle%253DManager" +
		"&From=Jack" +
		"&Url=http%3A%2F%2Fwww.example.com%2Fsipdial.xml" +
		"&SipAuthUsername=jack" +
		"&SipAuthPassword=secret" +
		"&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus" +
		"&StatusCallbackMethod=GET" +
		"&Timeout=30"
	tb.waitText("form-body", wantBody)

	wantArgs := []string{
		"-X", "POST", "https://api.twilio.com/2010-04-01/Accounts/ACtestsid/Calls.json",
		"--data-urlencode", "To=" + to,
		"--data-urlencode", "From=Jack",
		"--data-urlencode", "Url=http://www.example.com/sipdial.xml",
		"--data-urlencode", "SipAuthUsername=jack",
		"--data-urlencode", "SipAuthPassword=secret",
		"--data-urlencode", "StatusCallback=https://example.com/status",
		"--data-urlencode", "StatusCallbackMethod=GET",
		"--data-urlencode", "Timeout=30",
		"-u", "ACtestsid:testtoken",
	}
	curl := tb.text("curl")
	assert.True(t, strings.HasPrefix(curl, "curl "), "the curl output is a curl command:\n%s", curl)
	assert.NotContains(t, curl, "testtoken", "no secret printed by default")
	assert.Equal(t, wantArgs, curlArgs(t, curl), "what the curl command sends:\n%s", curl)

	// The findings: this request is clean.
	assert.Empty(t, codes(tb.diags("call-diagnostics")), "findings of a clean request")
	tb.assertClean()
}

func TestCallFollowsPanes(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())

	// To follows pane 1's URI until the person edits it.
	tb.set("uri-input", "sip:bob@example.com;transport=tcp")
	tb.eventually("call-To follows the URI", func() (bool, string) {
		got := tb.value("call-To")
		return got == "sip:bob@example.com;transport=tcp", got
	})

	// Inline Twiml is pane 2's document, typed in the XML editor.
	tb.clickCSS(sel("twiml-mode-xml"))
	doc := `<Response><Dial><Sip>sip:a@example.com</Sip></Dial></Response>`
	tb.set("twiml-input", doc)
	tb.clickCSS(sel("call-source-Twiml"))
	tb.set("call-From", "Jack")
	tb.waitText("form-body", "To=sip%3Abob%40example.com%3Btransport%3Dtcp"+
		"&From=Jack"+
		"&Twiml=%3CResponse%3E%3CDial%3E%3CSip%3Esip%3Aa%40example.com%3C%2FSip%3E%3C%2FDial%3E%3C%2FResponse%3E")

	// Once edited, To stays as typed.
	tb.set("call-To", "sip:carol@example.com")
	tb.set("uri-input", "sip:dave@example.com")
	tb.eventually("the URI editor shows the new URI", func() (bool, string) {
		return tb.value("uri-input") == "sip:dave@example.com", tb.value("uri-input")
	})
	tb.eventually("call-To kept as edited", func() (bool, string) {
		return strings.HasPrefix(tb.text("form-body"), "To=sip%3Acarol%40example.com&"), tb.text("form-body")
	})
	tb.assertClean()
}

func TestCallFindings(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.set("call-From", "Jack Smith")
	tb.set("call-SipAuthUsername", "jack")
	tb.set("call-SipAuthPassword", "")
	tb.set("call-Timeout", "601")
	tb.eventually("the call findings", func() (bool, string) {
		got := codes(tb.diags("call-diagnostics"))
		ok := true
		for _, w := range []string{"from/error", "sip-auth/error", "range/error"} {
			ok = ok && slices.Contains(got, w)
		}
		return ok, strings.Join(got, " ")
	})
	tb.assertClean()
}
