package calls

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ownCodes are the codes Check itself produces; the others are passed on
// from sipuri and twiml.
var ownCodes = map[string]bool{
	"required": true, "sid": true, "from": true, "sip-auth": true, "enum": true, "events": true,
	"range": true, "url": true, "twiml-too-long": true, "twiml-ignored": true, "byoc-ignored": true,
}

// validRequest sets every field to a valid value, with Url as the only
// source of instructions.
func validRequest() Request {
	r := fullRequest()
	r.Twiml, r.ApplicationSid, r.Byoc = "", "", ""
	return r
}

// finding is the part of a Diagnostic a table states.
type finding struct {
	field, code string
	start, end  int
	sev         sipuri.Severity
}

func own(ds []Diagnostic) []finding {
	var out []finding
	for _, d := range ds {
		if ownCodes[d.Code] {
			out = append(out, finding{d.Field, d.Code, d.Start, d.End, d.Severity})
		}
	}
	return out
}

func e(field, code string, start, end int) finding {
	return finding{field, code, start, end, sipuri.Error}
}

func TestCheckValidRequestIsClean(t *testing.T) {
	r := validRequest()
	assert.Empty(t, Check(r), "Check(%#v)", r)
	for _, src := range []func(*Request){
		func(r *Request) {
			r.Url, r.Twiml = "", "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
		},
		func(r *Request) { r.Url, r.ApplicationSid = "", "AP0123456789ABCDEF0123456789abcdef" },
	} {
		r := validRequest()
		src(&r)
		assert.Empty(t, own(Check(r)), "Check(%#v)", r)
	}
}

func TestCheckCodes(t *testing.T) {
	sipTo := func(from string) func(*Request) {
		return func(r *Request) { r.To, r.From = "sip:alice@example.com", from }
	}
	long := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name string
		mod  func(*Request)
		want []finding
	}{
		// required
		{"To missing", func(r *Request) { r.To = "" }, []finding{e("To", "required", 0, 0)}},
		{"From missing", func(r *Request) { r.From = "" }, []finding{e("From", "required", 0, 0)}},
		{"no instruction source", func(r *Request) { r.Url = "" }, []finding{e("Url", "required", 0, 0)}},
		{"Twiml alone is a source", func(r *Request) { r.Url, r.Twiml = "", "<Response/>" }, nil},
		{"ApplicationSid alone is a source", func(r *Request) { r.Url, r.ApplicationSid = "", "AP0123456789abcdef0123456789abcdef" }, nil},
		// sid
		{"AccountSid short", func(r *Request) { r.AccountSid = "AC123" }, []finding{e("AccountSid", "sid", 0, 5)}},
		{"AccountSid wrong prefix", func(r *Request) { r.AccountSid = "AP0123456789abcdef0123456789abcdef" }, []finding{e("AccountSid", "sid", 0, 34)}},
		{"AccountSid upper-case hex is fine", func(r *Request) { r.AccountSid = "AC0123456789ABCDEF0123456789ABCDEF" }, nil},
		{"AccountSid empty is fine (environment)", func(r *Request) { r.AccountSid = "" }, nil},
		{"ApplicationSid not hex", func(r *Request) { r.Url, r.ApplicationSid = "", "AP"+long("g", 32) }, []finding{e("ApplicationSid", "sid", 0, 34)}},
		{"Byoc lower-case prefix", func(r *Request) { r.To, r.Byoc = "+14155550100", "by0123456789abcdef0123456789abcdef" },
			[]finding{e("Byoc", "sid", 0, 34)}},
		// byoc-ignored
		{"Byoc on a SIP call", func(r *Request) { r.Byoc = "BY0123456789abcdef0123456789abcdef" },
			[]finding{{"Byoc", "byoc-ignored", 0, 34, sipuri.Warning}}},
		{"Byoc on a client call", func(r *Request) { r.To, r.Byoc = "client:alice", "BY0123456789abcdef0123456789abcdef" },
			[]finding{{"Byoc", "byoc-ignored", 0, 34, sipuri.Warning}}},
		{"Byoc on a phone call", func(r *Request) { r.To, r.Byoc = "+14155550100", "BY0123456789abcdef0123456789abcdef" }, nil},
		// from
		{"SIP From with a space", sipTo("Jack Smith"), []finding{e("From", "from", 4, 5)}},
		{"SIP From with two bad runs", sipTo("a b@@c"), []finding{e("From", "from", 1, 2), e("From", "from", 3, 5)}},
		{"SIP From with a multi-byte letter", sipTo("jé"), []finding{e("From", "from", 1, 3)}},
		{"SIP From with every allowed character", sipTo("Az09+-_."), nil},
		{"SIPS scheme in any case is SIP", func(r *Request) { r.To, r.From = "SIPS:alice@example.com", "a:b" }, []finding{e("From", "from", 1, 2)}},
		{"phone To needs phone From", func(r *Request) { r.To, r.From = "+14155550100", "Jack" }, []finding{e("From", "from", 0, 4)}},
		{"phone To with phone From", func(r *Request) { r.To, r.From = "+14155550100", "+1 (415) 555-0199" }, nil},
		{"client To allows any From", func(r *Request) { r.To, r.From = "client:alice", "Jack Smith" }, nil},
		// sip-auth
		{"username without password", func(r *Request) { r.SipAuthPassword = "" }, []finding{e("SipAuthPassword", "sip-auth", 0, 0)}},
		{"password without username", func(r *Request) { r.SipAuthUsername = "" }, []finding{e("SipAuthUsername", "sip-auth", 0, 0)}},
		{"neither is fine", func(r *Request) { r.SipAuthUsername, r.SipAuthPassword = "", "" }, nil},
		// enum
		{"Method not an HTTP method", func(r *Request) { r.Method = "FETCH" }, []finding{e("Method", "enum", 0, 5)}},
		{"every method is allowed", func(r *Request) {
			r.Method, r.FallbackMethod, r.StatusCallbackMethod, r.RecordingStatusCallbackMethod, r.AsyncAmdStatusCallbackMethod = "HEAD", "PATCH", "PUT", "DELETE", "GET"
		}, nil},
		{"FallbackMethod lower-case", func(r *Request) { r.FallbackMethod = "post" }, []finding{e("FallbackMethod", "enum", 0, 4)}},
		{"StatusCallbackMethod", func(r *Request) { r.StatusCallbackMethod = "x" }, []finding{e("StatusCallbackMethod", "enum", 0, 1)}},
		{"RecordingStatusCallbackMethod", func(r *Request) { r.RecordingStatusCallbackMethod = "x" }, []finding{e("RecordingStatusCallbackMethod", "enum", 0, 1)}},
		{"AsyncAmdStatusCallbackMethod", func(r *Request) { r.AsyncAmdStatusCallbackMethod = "x" }, []finding{e("AsyncAmdStatusCallbackMethod", "enum", 0, 1)}},
		{"Record yes", func(r *Request) { r.Record = "yes" }, []finding{e("Record", "enum", 0, 3)}},
		{"Record false", func(r *Request) { r.Record = "false" }, nil},
		{"Trim", func(r *Request) { r.Trim = "trim" }, []finding{e("Trim", "enum", 0, 4)}},
		{"Trim do-not-trim", func(r *Request) { r.Trim = "do-not-trim" }, nil},
		{"RecordingChannels", func(r *Request) { r.RecordingChannels = "stereo" }, []finding{e("RecordingChannels", "enum", 0, 6)}},
		{"RecordingChannels mono", func(r *Request) { r.RecordingChannels = "mono" }, nil},
		{"RecordingTrack", func(r *Request) { r.RecordingTrack = "all" }, []finding{e("RecordingTrack", "enum", 0, 3)}},
		{"RecordingTrack inbound", func(r *Request) { r.RecordingTrack = "inbound" }, nil},
		{"MachineDetection", func(r *Request) { r.MachineDetection = "enable" }, []finding{e("MachineDetection", "enum", 0, 6)}},
		{"MachineDetection DetectMessageEnd", func(r *Request) { r.MachineDetection = "DetectMessageEnd" }, nil},
		{"AsyncAmd", func(r *Request) { r.AsyncAmd = "1" }, []finding{e("AsyncAmd", "enum", 0, 1)}},
		{"AsyncAmd false", func(r *Request) { r.AsyncAmd = "false" }, nil},
		// events
		{"space-joined list", func(r *Request) { r.StatusCallbackEvent = []string{"initiated answered"} }, []finding{e("StatusCallbackEvent", "events", 0, 18)}},
		{"comma-joined list after a value", func(r *Request) { r.StatusCallbackEvent = []string{"completed", "initiated,ringing"} },
			[]finding{e("StatusCallbackEvent", "events", 10, 27)}},
		{"unknown event", func(r *Request) { r.StatusCallbackEvent = []string{"", "hangup"} }, []finding{e("StatusCallbackEvent", "events", 1, 7)}},
		{"every call event", func(r *Request) { r.StatusCallbackEvent = []string{"initiated", "ringing", "answered", "completed"} }, nil},
		{"recording events joined", func(r *Request) { r.RecordingStatusCallbackEvent = []string{"in-progress completed"} },
			[]finding{e("RecordingStatusCallbackEvent", "events", 0, 21)}},
		{"call event on recording", func(r *Request) { r.RecordingStatusCallbackEvent = []string{"absent", "ringing"} },
			[]finding{e("RecordingStatusCallbackEvent", "events", 7, 14)}},
		// range
		{"Timeout over 600", func(r *Request) { r.Timeout = "601" }, []finding{e("Timeout", "range", 0, 3)}},
		{"Timeout 600", func(r *Request) { r.Timeout = "600" }, nil},
		{"Timeout negative", func(r *Request) { r.Timeout = "-1" }, []finding{e("Timeout", "range", 0, 2)}},
		{"Timeout huge", func(r *Request) { r.Timeout = "99999999999999999999999" }, []finding{e("Timeout", "range", 0, 23)}},
		{"TimeLimit not an integer", func(r *Request) { r.TimeLimit = "1.5" }, []finding{e("TimeLimit", "range", 0, 3)}},
		{"TimeLimit large is fine", func(r *Request) { r.TimeLimit = "86400" }, nil},
		{"MachineDetectionTimeout text", func(r *Request) { r.MachineDetectionTimeout = "30s" }, []finding{e("MachineDetectionTimeout", "range", 0, 3)}},
		{"SpeechThreshold below", func(r *Request) { r.MachineDetectionSpeechThreshold = "999" }, []finding{e("MachineDetectionSpeechThreshold", "range", 0, 3)}},
		{"SpeechThreshold above", func(r *Request) { r.MachineDetectionSpeechThreshold = "6001" }, []finding{e("MachineDetectionSpeechThreshold", "range", 0, 4)}},
		{"SpeechThreshold bounds", func(r *Request) { r.MachineDetectionSpeechThreshold = "1000" }, nil},
		{"SpeechEndThreshold below", func(r *Request) { r.MachineDetectionSpeechEndThreshold = "499" }, []finding{e("MachineDetectionSpeechEndThreshold", "range", 0, 3)}},
		{"SpeechEndThreshold above", func(r *Request) { r.MachineDetectionSpeechEndThreshold = "5001" }, []finding{e("MachineDetectionSpeechEndThreshold", "range", 0, 4)}},
		{"SpeechEndThreshold bounds", func(r *Request) { r.MachineDetectionSpeechEndThreshold = "5000" }, nil},
		{"SilenceTimeout below", func(r *Request) { r.MachineDetectionSilenceTimeout = "1999" }, []finding{e("MachineDetectionSilenceTimeout", "range", 0, 4)}},
		{"SilenceTimeout above", func(r *Request) { r.MachineDetectionSilenceTimeout = "10001" }, []finding{e("MachineDetectionSilenceTimeout", "range", 0, 5)}},
		{"SilenceTimeout bounds", func(r *Request) { r.MachineDetectionSilenceTimeout = "2000" }, nil},
		{"SendDigits bad key", func(r *Request) { r.SendDigits = "12a4" }, []finding{e("SendDigits", "range", 2, 3)}},
		{"SendDigits upper-case W", func(r *Request) { r.SendDigits = "WW1" }, []finding{e("SendDigits", "range", 0, 2)}},
		{"SendDigits 33 keys", func(r *Request) { r.SendDigits = long("1", 33) }, []finding{e("SendDigits", "range", 32, 33)}},
		{"SendDigits 32 keys", func(r *Request) { r.SendDigits = long("w", 30) + "*#" }, nil},
		// url
		{"Url relative", func(r *Request) { r.Url = "/twiml.xml" }, []finding{e("Url", "url", 0, 10)}},
		{"Url no scheme", func(r *Request) { r.Url = "example.com/x" }, []finding{e("Url", "url", 0, 13)}},
		{"Url ftp", func(r *Request) { r.Url = "ftp://example.com/x" }, []finding{e("Url", "url", 0, 3)}},
		{"Url no host", func(r *Request) { r.Url = "https://" }, []finding{e("Url", "url", 8, 8)}},
		{"Url space", func(r *Request) { r.Url = "https://example.com/a b" }, []finding{e("Url", "url", 21, 22)}},
		{"StatusCallback underscore host", func(r *Request) { r.StatusCallback = "https://my_host.example.com/cb" }, []finding{e("StatusCallback", "url", 8, 27)}},
		{"FallbackUrl underscore after userinfo", func(r *Request) { r.FallbackUrl = "http://u:p@a_b.com:8080/p" }, []finding{e("FallbackUrl", "url", 11, 18)}},
		{"RecordingStatusCallback bad host", func(r *Request) { r.RecordingStatusCallback = "https://-x.com/" }, []finding{e("RecordingStatusCallback", "url", 8, 14)}},
		{"AsyncAmdStatusCallback bad port", func(r *Request) { r.AsyncAmdStatusCallback = "https://x.com:80a/" }, []finding{e("AsyncAmdStatusCallback", "url", 13, 17)}},
		{"unclosed IPv6", func(r *Request) { r.Url = "http://[::1/x" }, []finding{e("Url", "url", 7, 11)}},
		{"empty label", func(r *Request) { r.Url = "https://a..b/" }, []finding{e("Url", "url", 8, 12)}},
		{"label ends with a hyphen", func(r *Request) { r.Url = "https://x-.com" }, []finding{e("Url", "url", 8, 14)}},
		{"non-ASCII hostname", func(r *Request) { r.Url = "https://éx.com/" }, []finding{e("Url", "url", 8, 15)}},
		{"hyphens inside labels, trailing dot", func(r *Request) { r.Url = "https://a-1.b--c.example./x" }, nil},
		{"good URLs", func(r *Request) {
			r.Url, r.FallbackUrl, r.StatusCallback = "HTTPS://Example.COM:8443/x?y=z#f", "http://[2001:db8::1]:8080/", "https://example.com."
		}, nil},
		// twiml-too-long
		{"Twiml 4001 characters", func(r *Request) { r.Url, r.Twiml = "", long("a", 4001) }, []finding{e("Twiml", "twiml-too-long", 4000, 4001)}},
		{"Twiml 4000 characters", func(r *Request) { r.Url, r.Twiml = "", long("a", 4000) }, nil},
		{"Twiml 4000 two-byte characters", func(r *Request) { r.Url, r.Twiml = "", long("é", 4000) }, nil},
		{"Twiml 4001 two-byte characters", func(r *Request) { r.Url, r.Twiml = "", long("é", 4001) }, []finding{e("Twiml", "twiml-too-long", 8000, 8002)}},
		// twiml-ignored
		{"Url and Twiml", func(r *Request) { r.Twiml = "<Response/>" },
			[]finding{{"Twiml", "twiml-ignored", 0, 11, sipuri.Warning}}},
	}
	for _, tt := range tests {
		r := validRequest()
		tt.mod(&r)
		assert.Equal(t, tt.want, own(Check(r)), "%s: Check(%#v)", tt.name, r)
	}
}

func TestCheckFixes(t *testing.T) {
	tests := []struct {
		name  string
		mod   func(*Request)
		field string
		want  string // the field's text after the fix
		after func(Request) any
		value any
	}{
		{"split a space-joined list", func(r *Request) { r.StatusCallbackEvent = []string{"ringing", "initiated  answered"} },
			"StatusCallbackEvent", "ringing\ninitiated\nanswered",
			func(r Request) any { return r.StatusCallbackEvent }, []string{"ringing", "initiated", "answered"}},
		{"split a comma-joined recording list", func(r *Request) { r.RecordingStatusCallbackEvent = []string{"in-progress, absent"} },
			"RecordingStatusCallbackEvent", "in-progress\nabsent",
			func(r Request) any { return r.RecordingStatusCallbackEvent }, []string{"in-progress", "absent"}},
		{"split an element holding a line break", func(r *Request) { r.StatusCallbackEvent = []string{"initiated\r\nanswered"} },
			"StatusCallbackEvent", "initiated\nanswered",
			func(r Request) any { return r.StatusCallbackEvent }, []string{"initiated", "answered"}},
		{"event case", func(r *Request) { r.StatusCallbackEvent = []string{"Completed"} },
			"StatusCallbackEvent", "completed", func(r Request) any { return r.StatusCallbackEvent }, []string{"completed"}},
		{"method case", func(r *Request) { r.Method = "post" }, "Method", "POST", func(r Request) any { return r.Method }, "POST"},
		{"MachineDetection case", func(r *Request) { r.MachineDetection = "detectmessageend" }, "MachineDetection", "DetectMessageEnd",
			func(r Request) any { return r.MachineDetection }, "DetectMessageEnd"},
		{"trim a SID", func(r *Request) { r.AccountSid = " AC0123456789abcdef0123456789abcdef\n" }, "AccountSid", "AC0123456789abcdef0123456789abcdef",
			func(r Request) any { return r.AccountSid }, "AC0123456789abcdef0123456789abcdef"},
		{"trim an integer", func(r *Request) { r.Timeout = "30 " }, "Timeout", "30", func(r Request) any { return r.Timeout }, "30"},
		{"trim a URL", func(r *Request) { r.Url = " https://example.com/x" }, "Url", "https://example.com/x", func(r Request) any { return r.Url }, "https://example.com/x"},
		{"remove a From space", func(r *Request) { r.From = "Jack Smith" }, "From", "JackSmith", func(r Request) any { return r.From }, "JackSmith"},
		{"drop the ignored Twiml", func(r *Request) { r.Twiml = "<Response/>" }, "Twiml", "", func(r Request) any { return r.Twiml }, ""},
		{"drop the ignored Byoc", func(r *Request) { r.Byoc = "BY0123456789abcdef0123456789abcdef" }, "Byoc", "", func(r Request) any { return r.Byoc }, ""},
	}
	for _, tt := range tests {
		r := validRequest()
		tt.mod(&r)
		ds := Check(r)
		require.Len(t, ds, 1, "%s: Check(%#v) = %+v", tt.name, r, ds)
		d := ds[0]
		require.NotNil(t, d.Fix, "%s: no fix in %+v", tt.name, d)
		assert.Equal(t, tt.field, d.Field, tt.name)
		assert.Equal(t, tt.want, d.Fix.Apply(FieldText(r, d.Field)), tt.name)
		fixed := ApplyFix(r, d)
		assert.Equal(t, tt.value, tt.after(fixed), tt.name)
		assert.Empty(t, Check(fixed), "%s: findings left after the fix", tt.name)
	}
}

func TestCheckNoFixWhenUnclear(t *testing.T) {
	for _, mod := range []func(*Request){
		func(r *Request) { r.Method = "FETCH" },
		func(r *Request) { r.StatusCallbackEvent = []string{"hangup"} },
		func(r *Request) { r.Timeout = "601" },
		func(r *Request) { r.Url = "ftp://example.com" },
	} {
		r := validRequest()
		mod(&r)
		ds := Check(r)
		require.Len(t, ds, 1, "Check(%#v)", r)
		assert.Nil(t, ds[0].Fix, "%+v", ds[0])
	}
}

func TestCheckOrderAndFields(t *testing.T) {
	r := Request{AccountSid: "x", Timeout: "x", To: "sip:a@b.c", From: "a b c", Method: "x"}
	ds := Check(r)
	var got []string
	for _, d := range ds {
		require.NotEmpty(t, d.Field, "%+v", d)
		text := FieldText(r, d.Field)
		assert.True(t, 0 <= d.Start && d.Start <= d.End && d.End <= len(text), "span %d..%d outside %s %q", d.Start, d.End, d.Field, text)
		got = append(got, d.Field+"@"+string(rune('0'+d.Start)))
	}
	assert.Equal(t, []string{"AccountSid@0", "From@1", "From@3", "Url@0", "Method@0", "Timeout@0"}, got)
}

func TestKindOfTo(t *testing.T) {
	tests := []struct {
		to   string
		want ToKind
	}{
		{"sip:a@b.c", ToSIP}, {"SIP:a@b.c", ToSIP}, {"sIpS:a@b.c", ToSIP}, {" sip:a@b.c", ToSIP},
		{"+14155550100", ToPhone}, {"14155550100", ToPhone}, {"client:alice", ToClient}, {"Client:alice", ToClient},
		{"alice@example.com", ToOther}, {"", ToOther}, {"sip", ToOther}, {"tel:+1415", ToOther},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, KindOfTo(tt.to), "KindOfTo(%q)", tt.to)
	}
}

func TestFieldTextRoundTrip(t *testing.T) {
	r := fullRequest()
	for _, k := range append([]string{"AccountSid"}, keyOrder...) {
		text := FieldText(r, k)
		assert.NotEmpty(t, text, k)
		assert.Equal(t, r, SetFieldText(r, k, text), "SetFieldText(%s, FieldText) changed the request", k)
	}
	assert.Equal(t, "in-progress\ncompleted", FieldText(r, "RecordingStatusCallbackEvent"))
	assert.Equal(t, "", FieldText(r, "Nope"))
	assert.Equal(t, r, SetFieldText(r, "Nope", "x"))
	assert.Nil(t, SetFieldText(r, "StatusCallbackEvent", "").StatusCallbackEvent)
	assert.Equal(t, r, ApplyFix(r, Diagnostic{Field: "To"}), "no Fix, no change")
}

// The pass-through tests need the real sipuri and twiml checks.

func TestCheckPassesSipuriFindingsOnSIPTo(t *testing.T) {
	for _, to := range []string{"sip:alice@exa mple.com", "sip:alice@example.com?Foo=bar", "sips:@example.com", "SIP:bob@[2001:db8::1"} {
		want := sipuri.Check(to)
		require.NotEmpty(t, want, "sipuri.Check(%q) should find something", to)
		r := validRequest()
		r.To = to
		var got []Diagnostic
		for _, d := range Check(r) {
			if d.Field == "To" {
				got = append(got, d)
			}
		}
		for i := range want {
			want[i].Field = "To"
		}
		assert.Equal(t, want, got, "To %q", to)
	}
	r := validRequest()
	r.To, r.From = "+1 415 555 0100 ; x", "+14155550199"
	for _, d := range Check(r) {
		assert.NotEqual(t, "To", d.Field, "a phone To is not checked as a SIP URI: %+v", d)
	}
}

func TestCheckPassesTwimlFindings(t *testing.T) {
	for _, tw := range []string{"<Response><Dial>", "<Response><Dial><Sip>sip:a@b.c</Sip><Sip>sip:d@e.f</Sip></Dial></Response>", "<Response><Dial timeout=\"x\"/></Response>"} {
		want := twiml.Check(tw)
		require.NotEmpty(t, want, "twiml.Check(%q) should find something", tw)
		r := validRequest()
		r.Url, r.Twiml = "", tw
		var got []Diagnostic
		for _, d := range Check(r) {
			if d.Field == "Twiml" {
				got = append(got, d)
			}
		}
		for i := range want {
			want[i].Field = "Twiml"
		}
		assert.Equal(t, want, got, "Twiml %q", tw)
	}
	r := validRequest()
	r.Url, r.Twiml = "", "<Response><Dial>"
	codes := map[string]bool{}
	for _, d := range Check(r) {
		codes[d.Code] = true
	}
	assert.True(t, codes["xml-syntax"], "an unclosed document is an xml-syntax finding: %v", codes)
}
