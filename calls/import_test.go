package calls_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/e2e/sdk"
	"github.com/sipplay/sipplay/sipuri"
)

// normal returns r as Import gives it back: the empty elements of a list
// are not sent, so they do not come back, and an empty list is nil.
func normal(r calls.Request) calls.Request {
	for _, l := range []*[]string{&r.StatusCallbackEvent, &r.RecordingStatusCallbackEvent} {
		*l = slices.DeleteFunc(slices.Clone(*l), func(v string) bool { return v == "" })
		if len(*l) == 0 {
			*l = nil
		}
	}
	return r
}

// normalCLI is normal(r) as the twilio CLI snippet can carry it: without
// NUL bytes, which no argument holds, and with Record only when true, as
// its --record flag takes no value (sdk.Differences: cli-drops-nul,
// cli-record-flag).
func normalCLI(r calls.Request) calls.Request {
	r = normal(r)
	drop := func(s *string) { *s = strings.ReplaceAll(*s, "\x00", "") }
	for _, s := range stringFields(&r) {
		drop(s)
	}
	for _, l := range []*[]string{&r.StatusCallbackEvent, &r.RecordingStatusCallbackEvent} {
		for i := range *l {
			drop(&(*l)[i])
		}
	}
	if r.Record != "true" {
		r.Record = ""
	}
	return normal(r)
}

// stringFields returns pointers to r's single-valued fields: every string
// field of Request, found by reflection, so that a new one is included.
func stringFields(r *calls.Request) []*string {
	var out []*string
	v := reflect.ValueOf(r).Elem()
	for _, f := range reflect.VisibleFields(v.Type()) {
		if f.Type.Kind() == reflect.String {
			out = append(out, v.FieldByIndex(f.Index).Addr().Interface().(*string))
		}
	}
	return out
}

// serious returns the findings that are errors or warnings.
func serious(ds []calls.Diagnostic) []calls.Diagnostic {
	return slices.DeleteFunc(slices.Clone(ds), func(d calls.Diagnostic) bool { return d.Severity == sipuri.Info })
}

func codes(ds []calls.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// TestImportRoundTrip holds that Import reads back every request the SDK
// checks render (the hand-picked ones and 250 generated ones: lists,
// unicode, quotes, $, backquotes, line breaks, NUL bytes, invalid UTF-8,
// empty values, every parameter) from its curl command, its twilio CLI
// snippet and its form body, with no error or warning.
func TestImportRoundTrip(t *testing.T) {
	rs := sdk.Requests(true)
	for i, r := range rs {
		want := normal(r)
		curl := calls.Curl(r)
		got, ds := calls.Import(curl)
		assert.Equal(t, want, got, "%d: Import(Curl(r)) for %#v:\n%s", i, r, curl)
		assert.Empty(t, serious(ds), "%d: Import(Curl(r)):\n%s", i, curl)

		withToken := calls.CurlWith(r, calls.CurlOptions{AuthToken: "0123456789abcdef0123456789abcdef"})
		got, ds = calls.Import(withToken)
		assert.Equal(t, want, got, "%d: Import(CurlWith(r, token)):\n%s", i, withToken)
		assert.Empty(t, serious(ds), "%d: Import(CurlWith(r, token)):\n%s", i, withToken)
		assert.Contains(t, codes(ds), calls.CodeImportSecret, "%d: the pasted token is reported:\n%s", i, withToken)

		cli := calls.Snippet(r, "cli")
		got, ds = calls.Import(cli)
		assert.Equal(t, normalCLI(r), got, "%d: Import(Snippet(r, cli)) for %#v:\n%s", i, r, cli)
		assert.Empty(t, serious(ds), "%d: Import(Snippet(r, cli)):\n%s", i, cli)

		body := calls.FormBody(r)
		wantBody := want
		wantBody.AccountSid = "" // not part of the body
		got, ds = calls.Import(body)
		assert.Equal(t, wantBody, got, "%d: Import(FormBody(r)) for %#v:\n%s", i, r, body)
		assert.Empty(t, serious(ds), "%d: Import(FormBody(r)):\n%s", i, body)
	}
}

// TestImportVendorSamples imports the curl samples of the vendor's pages
// (copied into testdata/import from the reference pages): each imports
// with no error or warning, its token reported, and gives the request
// worked out by hand from the sample.
func TestImportVendorSamples(t *testing.T) {
	sip := calls.Request{AccountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", To: "sip:kate@example.com", From: "Jack",
		Url: "http://www.example.com/sipdial.xml"}
	auth := sip
	auth.SipAuthUsername, auth.SipAuthPassword = "jack", "secret"
	headers := sip
	headers.To = "sip:kate@example.com?hatchkey=4815162342"
	tests := map[string]calls.Request{
		"sip-dial-data.txt":         sip,
		"sip-dial-urlencode.txt":    sip,
		"sip-auth-data.txt":         auth,
		"sip-auth-urlencode.txt":    auth,
		"sip-headers-data.txt":      headers,
		"sip-headers-urlencode.txt": headers,
		"api-reference.txt": {
			ApplicationSid: "string", AsyncAmd: "string", AsyncAmdStatusCallback: "https://example.com",
			AsyncAmdStatusCallbackMethod: "HEAD", Byoc: "string", CallReason: "string", CallToken: "string",
			CallerId: "string", FallbackMethod: "HEAD", FallbackUrl: "https://example.com", From: "string",
			MachineDetection: "string", MachineDetectionSilenceTimeout: "42", MachineDetectionSpeechEndThreshold: "42",
			MachineDetectionSpeechThreshold: "42", MachineDetectionTimeout: "42", Method: "HEAD", Record: "true",
			RecordingChannels: "string", RecordingStatusCallback: "string", RecordingStatusCallbackEvent: []string{"string"},
			RecordingStatusCallbackMethod: "HEAD", RecordingTrack: "string", SendDigits: "string", SipAuthPassword: "string",
			SipAuthUsername: "string", StatusCallback: "https://example.com", StatusCallbackEvent: []string{"string"},
			StatusCallbackMethod: "HEAD", TimeLimit: "42", Timeout: "42", To: "string", Trim: "string", Twiml: "string",
			Url: "https://example.com",
		},
	}
	files, err := filepath.Glob("testdata/import/*.txt")
	require.NoError(t, err)
	require.Len(t, files, len(tests))
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		want, ok := tests[filepath.Base(f)]
		require.True(t, ok, "no expected request for %s", f)
		got, ds := calls.Import(string(b))
		assert.Equal(t, want, got, f)
		assert.Empty(t, serious(ds), f)
		assert.Contains(t, codes(ds), calls.CodeImportSecret, "%s: its -u token is reported", f)
	}
}

// importFindings are pasted texts and what Import says about them: each
// finding's code and the text its span covers, in order.
var importFindings = []struct {
	name, text string
	want       calls.Request
	findings   [][2]string // code, the text of the span
}{
	{"not a command", "hello world", calls.Request{},
		[][2]string{{calls.CodeImportUnreadable, "hello world"}}},
	{"open quote", "curl -X POST 'https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=x",
		calls.Request{}, [][2]string{{calls.CodeImportSyntax, "'https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=x"},
			{calls.CodeImportEndpoint, "'https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=x"}}},
	{"other endpoint", "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json -d To=x",
		calls.Request{To: "x"}, [][2]string{{calls.CodeImportEndpoint, "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json"}}},
	{"GET", "curl -X GET https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=x",
		calls.Request{AccountSid: "AC1", To: "x"}, [][2]string{{calls.CodeImportEndpoint, "-X GET"}}},
	{"no URL", "curl -d To=x", calls.Request{To: "x"}, [][2]string{{calls.CodeImportEndpoint, "curl -d To=x"}}},
	{"unknown option", "curl -k https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json --form To=x -d From=y",
		calls.Request{AccountSid: "AC1", From: "y"}, [][2]string{{calls.CodeImportOption, "-k"}, {calls.CodeImportOption, "--form To=x"}}},
	{"variables", `curl "https://api.twilio.com/2010-04-01/Accounts/$SID/Calls.json" -d "To=$TO" --data-urlencode 'From=$x' -d From2=$(id)`,
		calls.Request{To: "$TO", From: "$x"},
		[][2]string{{calls.CodeImportVariable, "$SID"}, {calls.CodeImportVariable, "$TO"}, {calls.CodeImportParameter, "-d From2=$(id)"},
			{calls.CodeImportVariable, "$(id)"}}},
	{"file", "curl https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d @body.txt --data-urlencode Twiml@r.xml",
		calls.Request{AccountSid: "AC1"}, [][2]string{{calls.CodeImportFile, "-d @body.txt"}, {calls.CodeImportFile, "--data-urlencode Twiml@r.xml"}}},
	{"duplicate and unknown key", "To=a&To=b&to=c&Bad%zz=1",
		calls.Request{To: "b"}, [][2]string{{calls.CodeImportDuplicate, "To=b"}, {calls.CodeImportParameter, "to=c"},
			{calls.CodeImportEncoding, "Bad%zz=1"}, {calls.CodeImportParameter, "Bad%zz=1"}}},
	{"a raw + in a form body is a space", "curl https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=+14155551234 -d From=sip:+14155550000@example.com --data-urlencode CallerId=+1415 -d 'Twiml=<Say>a+b</Say>'",
		calls.Request{AccountSid: "AC1", To: " 14155551234", From: "sip: 14155550000@example.com", CallerId: "+1415", Twiml: "<Say>a b</Say>"},
		[][2]string{{calls.CodeImportEncoding, "-d To=+14155551234"}, {calls.CodeImportEncoding, "-d From=sip:+14155550000@example.com"}}},
	{"a script", "#!/usr/bin/env bash\n# Dial the PBX\nset -euo pipefail\nexport TWILIO_ACCOUNT_SID=AC1\n\n" +
		"curl -X POST \"https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json\" \\\n  --data-urlencode 'To=sip:kate@example.com' -d From=Jack\necho done\n",
		calls.Request{To: "sip:kate@example.com", From: "Jack"},
		[][2]string{{calls.CodeImportCommand, "set -euo pipefail"}, {calls.CodeImportCommand, "export TWILIO_ACCOUNT_SID=AC1"}, {calls.CodeImportCommand, "\necho done\n"}}},
	{"a form body after a command is still a form body", "echo x\nTo=a&From=b",
		calls.Request{To: "a", From: "b"}, [][2]string{{calls.CodeImportParameter, "echo x"}}},
	{"two commands", "curl https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -d To=x | jq .sid",
		calls.Request{AccountSid: "AC1", To: "x"}, [][2]string{{calls.CodeImportCommand, "| jq .sid"}}},
	{"secrets", "curl https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -u AC1:tok -d SipAuthPassword=pw",
		calls.Request{AccountSid: "AC1", SipAuthPassword: "pw"}, [][2]string{{calls.CodeImportSecret, "-u AC1:tok"}, {calls.CodeImportSecret, "-d SipAuthPassword=pw"}}},
	{"cli", "twilio api:core:calls:create --to sip:a@b.c --from=-x --status-callback-event initiated answered --record --bogus 1 -o json",
		calls.Request{To: "sip:a@b.c", From: "-x", StatusCallbackEvent: []string{"initiated", "answered"}, Record: "true"},
		[][2]string{{calls.CodeImportOption, "--bogus"}, {calls.CodeImportOption, "1"}}},
	{"cli other command", "twilio api:core:messages:create --to x", calls.Request{},
		[][2]string{{calls.CodeImportEndpoint, "twilio api:core:messages:create"}}},
	{"cli flag without value", "twilio api:core:calls:create --to", calls.Request{},
		[][2]string{{calls.CodeImportSyntax, "--to"}}},
	{"an unread option with its value", "curl https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json -F To=sip:a@example.com --form From=x -d Url=https://example.com/t",
		calls.Request{AccountSid: "AC1", Url: "https://example.com/t"},
		[][2]string{{calls.CodeImportOption, "-F To=sip:a@example.com"}, {calls.CodeImportOption, "--form From=x"}}},
	{"continuations and quoting", "curl -X POST \\\n  https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json \\\r\n  --data-urlencode $'To=a\\x41\\n\\'' \\\n  -d \"From=\\\"q\\\"\\$\" \\\n  -d Twiml=\\<R\\>",
		calls.Request{AccountSid: "AC1", To: "aA\n'", From: `"q"$`, Twiml: "<R>"}, nil},
}

func TestImportFindings(t *testing.T) {
	for _, tt := range importFindings {
		got, ds := calls.Import(tt.text)
		assert.Equal(t, tt.want, got, "%s: %q", tt.name, tt.text)
		var findings [][2]string
		for _, d := range ds {
			if assert.True(t, 0 <= d.Start && d.Start <= d.End && d.End <= len(tt.text), "%s: span %d-%d of %+v", tt.name, d.Start, d.End, d) {
				findings = append(findings, [2]string{d.Code, tt.text[d.Start:d.End]})
			}
			assert.NotEmpty(t, d.Message, "%s: %+v", tt.name, d)
		}
		assert.Equal(t, tt.findings, findings, "%s: %q", tt.name, tt.text)
	}
}

// TestImportCodes holds that Codes documents every code Import reports,
// with the severity it reports it with, and that the findings table makes
// Import report each of them.
func TestImportCodes(t *testing.T) {
	docs := map[string]calls.CodeDoc{}
	for _, d := range calls.Codes() {
		docs[d.Code] = d
	}
	emitted := map[string]bool{}
	for _, tt := range importFindings {
		_, ds := calls.Import(tt.text)
		for _, d := range ds {
			emitted[d.Code] = true
			if doc, ok := docs[d.Code]; assert.True(t, ok, "Import(%q) reports %s, which Codes does not list", tt.text, d.Code) {
				assert.Equal(t, doc.Severity, d.Severity, "%s: severity of %+v", d.Code, d)
			}
		}
	}
	for code := range docs {
		if strings.HasPrefix(code, "import-") {
			assert.True(t, emitted[code], "Codes lists %s, which no case of importFindings makes Import report", code)
		}
	}
}

// A curl command copied from a Windows shell continues its lines with ^
// (cmd) or ` (PowerShell): it is read as the same command in bash, and
// said so.
func TestImportWindowsContinuations(t *testing.T) {
	const url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json"
	want := calls.Request{AccountSid: "AC1", To: "sip:kate@example.com", From: "Jack", Url: "https://example.com/twiml"}
	for _, tt := range []struct{ name, text string }{
		{"cmd", "curl -X POST " + url + " ^\r\n  --data-urlencode \"To=sip:kate@example.com\" ^\r\n  -d From=Jack ^\r\n  -d Url=https://example.com/twiml\r\n"},
		{"PowerShell", "curl.exe -X POST " + url + " `\n  --data-urlencode \"To=sip:kate@example.com\" `\n  -d From=Jack `\n  -d Url=https://example.com/twiml"},
	} {
		r, ds := calls.Import(tt.text)
		assert.Equal(t, want, r, "%s: %q", tt.name, tt.text)
		require.Len(t, ds, 1, "%s: %q: %v", tt.name, tt.text, ds)
		assert.Equal(t, calls.CodeImportSyntax, ds[0].Code, tt.name)
		assert.Equal(t, sipuri.Info, ds[0].Severity, tt.name)
		assert.Contains(t, ds[0].Message, tt.name, "%s: the message names the shell", tt.name)
		assert.Equal(t, strings.Index(tt.text, "\n")-1-strings.Count(tt.text[:strings.Index(tt.text, "\n")], "\r"), ds[0].Start, "%s: at the first continuation", tt.name)
	}
	// A caret that ends the text, or a bash command with a caret at a line's
	// end, is no Windows continuation.
	r, _ := calls.Import("curl -X POST " + url + " \\\n -d To=a^\n -d From=b")
	assert.Equal(t, "a^", r.To, "a bash command keeps its ^")
}
