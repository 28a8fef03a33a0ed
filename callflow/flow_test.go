package callflow

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	endpoint = "sip:alice@example.com"             // the endpoint being tested (pane 1)
	other    = "sip:bob@example.org;transport=tcp" // another <Sip> noun
	hooks    = "https://hooks.example.com"
	sayTwiML = `<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello</Say></Response>`
)

var allEvents = []string{"initiated", "ringing", "answered", "completed"}

// A scenario is a page state the matrix test derives under every outcome.
type scenario struct {
	name string
	in   Input
}

func dialTwiML(d twiml.Dial) string { return twiml.Render(d) }

var scenarios = []scenario{
	{"calls-url", Input{URI: endpoint, TwiML: sayTwiML, Call: calls.Request{To: endpoint, From: "+15005550006",
		Url: hooks + "/twiml", StatusCallback: hooks + "/status", StatusCallbackEvent: allEvents}}},
	{"calls-twiml", Input{URI: endpoint, TwiML: sayTwiML, Call: calls.Request{To: endpoint, From: "+15005550006",
		Twiml: sayTwiML, StatusCallback: hooks + "/status", StatusCallbackEvent: allEvents}}},
	{"dial-one", Input{URI: endpoint, Call: calls.Request{To: "+15005550001", From: "+15005550006",
		Url: hooks + "/twiml", StatusCallback: hooks + "/status"},
		TwiML: dialTwiML(twiml.Dial{Action: hooks + "/after", Sips: []twiml.Sip{{URI: endpoint,
			StatusCallback: hooks + "/sip-status", StatusCallbackEvent: "ringing answered completed"}}})}},
	{"dial-sequential", Input{URI: endpoint, Call: calls.Request{To: "+15005550001", From: "+15005550006", Url: hooks + "/twiml"},
		TwiML: dialTwiML(twiml.Dial{Action: hooks + "/after", Sequential: "true",
			Sips: []twiml.Sip{{URI: other}, {URI: endpoint}}})}},
	{"dial-parallel", Input{URI: endpoint, Call: calls.Request{To: "+15005550001", From: "+15005550006", Url: hooks + "/twiml"},
		TwiML: dialTwiML(twiml.Dial{Action: hooks + "/after", Sips: []twiml.Sip{{URI: other}, {URI: endpoint}}})}},
}

// The steps every scenario expects, written "label@leg". A noun that does
// not get the outcome rings until the <Dial> timeout and is cancelled.
var (
	callsPrefix    = "POST Calls.json@0 POST statusCallback@0 INVITE@0 100 Trying@0 "
	sipCalled      = "POST Calls.json@0 POST statusCallback@0 INVITE@0 100 Trying@0 180 Ringing@0 POST statusCallback@0 "
	seqFirstNoun   = "POST Calls.json@0 POST Url@0 INVITE@1 100 Trying@1 180 Ringing@1 CANCEL@1 200 OK@1 487 Request Terminated@1 ACK@1 "
	parallelInvite = "POST Calls.json@0 POST Url@0 INVITE@1 INVITE@2 100 Trying@1 100 Trying@2 "
	loserCancelled = "CANCEL@1 200 OK@1 487 Request Terminated@1 ACK@1 "
	dialOne        = "POST Calls.json@0 POST Url@0 INVITE@1 100 Trying@1 "
	dialOneRing    = dialOne + "180 Ringing@1 POST statusCallback@1 "
	dialOneEnd     = "POST statusCallback@1 POST action@0 POST statusCallback@0"
)

var want = map[string]map[Outcome]string{
	"calls-url": {
		Answered:    sipCalled + "200 OK@0 ACK@0 POST statusCallback@0 POST Url@0 BYE@0 200 OK@0 POST statusCallback@0",
		Busy:        callsPrefix + "486 Busy Here@0 ACK@0 POST statusCallback@0",
		Declined:    sipCalled + "603 Decline@0 ACK@0 POST statusCallback@0",
		NotFound:    callsPrefix + "404 Not Found@0 ACK@0 POST statusCallback@0",
		NoAnswer:    sipCalled + "CANCEL@0 200 OK@0 487 Request Terminated@0 ACK@0 POST statusCallback@0",
		Unreachable: "POST Calls.json@0 POST statusCallback@0 INVITE@0 POST statusCallback@0",
	},
	"calls-twiml": {
		Answered:    sipCalled + "200 OK@0 ACK@0 POST statusCallback@0 BYE@0 200 OK@0 POST statusCallback@0",
		Busy:        callsPrefix + "486 Busy Here@0 ACK@0 POST statusCallback@0",
		Declined:    sipCalled + "603 Decline@0 ACK@0 POST statusCallback@0",
		NotFound:    callsPrefix + "404 Not Found@0 ACK@0 POST statusCallback@0",
		NoAnswer:    sipCalled + "CANCEL@0 200 OK@0 487 Request Terminated@0 ACK@0 POST statusCallback@0",
		Unreachable: "POST Calls.json@0 POST statusCallback@0 INVITE@0 POST statusCallback@0",
	},
	"dial-one": {
		Answered:    dialOneRing + "200 OK@1 ACK@1 POST statusCallback@1 BYE@1 200 OK@1 " + dialOneEnd,
		Busy:        dialOne + "486 Busy Here@1 ACK@1 " + dialOneEnd,
		Declined:    dialOneRing + "603 Decline@1 ACK@1 " + dialOneEnd,
		NotFound:    dialOne + "404 Not Found@1 ACK@1 " + dialOneEnd,
		NoAnswer:    dialOneRing + "CANCEL@1 200 OK@1 487 Request Terminated@1 ACK@1 " + dialOneEnd,
		Unreachable: "POST Calls.json@0 POST Url@0 INVITE@1 " + dialOneEnd,
	},
	"dial-sequential": {
		Answered:    seqFirstNoun + "INVITE@2 100 Trying@2 180 Ringing@2 200 OK@2 ACK@2 BYE@2 200 OK@2 POST action@0",
		Busy:        seqFirstNoun + "INVITE@2 100 Trying@2 486 Busy Here@2 ACK@2 POST action@0",
		Declined:    seqFirstNoun + "INVITE@2 100 Trying@2 180 Ringing@2 603 Decline@2 ACK@2 POST action@0",
		NotFound:    seqFirstNoun + "INVITE@2 100 Trying@2 404 Not Found@2 ACK@2 POST action@0",
		NoAnswer:    seqFirstNoun + "INVITE@2 100 Trying@2 180 Ringing@2 CANCEL@2 200 OK@2 487 Request Terminated@2 ACK@2 POST action@0",
		Unreachable: seqFirstNoun + "INVITE@2 POST action@0",
	},
	"dial-parallel": {
		Answered: parallelInvite + "180 Ringing@1 180 Ringing@2 200 OK@2 CANCEL@1 ACK@2 200 OK@1 487 Request Terminated@1 ACK@1 " +
			"BYE@2 200 OK@2 POST action@0",
		Busy:     parallelInvite + "486 Busy Here@2 ACK@2 180 Ringing@1 " + loserCancelled + "POST action@0",
		Declined: parallelInvite + "180 Ringing@1 180 Ringing@2 603 Decline@2 ACK@2 " + loserCancelled + "POST action@0",
		NotFound: parallelInvite + "404 Not Found@2 ACK@2 180 Ringing@1 " + loserCancelled + "POST action@0",
		NoAnswer: parallelInvite + "180 Ringing@1 180 Ringing@2 CANCEL@1 CANCEL@2 200 OK@1 487 Request Terminated@1 " +
			"200 OK@2 487 Request Terminated@2 ACK@1 ACK@2 POST action@0",
		Unreachable: "POST Calls.json@0 POST Url@0 INVITE@1 INVITE@2 100 Trying@1 180 Ringing@1 " + loserCancelled + "POST action@0",
	},
}

// labels writes the steps of f as "label@leg", space-separated.
func labels(f Flow) string {
	out := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		out[i] = s.Label + "@" + strconv.Itoa(s.Leg)
	}
	return strings.Join(out, " ")
}

// TestMatrix derives every scenario under every outcome and checks the steps
// and their order, that times never go back, and that each step's lanes and
// kind fit its label.
func TestMatrix(t *testing.T) {
	for _, sc := range scenarios {
		for _, o := range Outcomes {
			f := Derive(sc.in, Settings{Outcome: o})
			assert.Equal(t, want[sc.name][o], labels(f), "%s / %s", sc.name, o)
			for i, s := range f.Steps {
				assert.Empty(t, s.Blocked, "%s / %s: step %d %s", sc.name, o, i, s.Label)
				if i > 0 {
					assert.GreaterOrEqual(t, s.At, f.Steps[i-1].At, "%s / %s: step %d %s goes back in time", sc.name, o, i, s.Label)
				}
				if s.Kind == HTTP {
					require.NotNil(t, s.Request, "%s / %s: %s", sc.name, o, s.Label)
					assert.True(t, strings.HasPrefix(s.Label, s.Request.Method+" "), "%s / %s: %s", sc.name, o, s.Label)
					if s.Label != "POST Calls.json" {
						assert.Equal(t, [2]Lane{Twilio, Server}, [2]Lane{s.From, s.To}, "%s / %s: %s", sc.name, o, s.Label)
					}
				} else {
					require.NotNil(t, s.Message(), "%s / %s: %s", sc.name, o, s.Label)
					assert.Contains(t, []Lane{Twilio, Endpoint}, s.From)
					assert.Contains(t, []Lane{Twilio, Endpoint}, s.To)
				}
			}
		}
	}
}

// find returns the requests of f whose step label is label, in order.
func find(f Flow, label string) []*Request {
	var out []*Request
	for _, s := range f.Steps {
		if s.Label == label {
			out = append(out, s.Request)
		}
	}
	return out
}

// param returns the value of the named parameter and whether it is present.
func param(r *Request, name string) (string, bool) {
	for _, p := range r.Params {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// names returns the parameter names of r in order.
func names(r *Request) []string {
	out := make([]string, len(r.Params))
	for i, p := range r.Params {
		out[i] = p.Name
	}
	return out
}

// TestStatusCallbacks checks the parameters of the Calls API's status
// callbacks in the calls-url scenario under every outcome.
func TestStatusCallbacks(t *testing.T) {
	finals := map[Outcome]string{Answered: "completed", Busy: "busy", Declined: "failed", NotFound: "failed",
		NoAnswer: "no-answer", Unreachable: "failed"}
	for _, o := range Outcomes {
		f := Derive(scenarios[0].in, Settings{Outcome: o})
		cbs := find(f, "POST statusCallback")
		require.NotEmpty(t, cbs, o)
		var statuses []string
		for i, r := range cbs {
			assert.Equal(t, hooks+"/status", r.URL, o)
			status, _ := param(r, "CallStatus")
			statuses = append(statuses, status)
			seq, _ := param(r, "SequenceNumber")
			assert.Equal(t, strconv.Itoa(i), seq, "%s: SequenceNumber of callback %d", o, i)
			src, _ := param(r, "CallbackSource")
			assert.Equal(t, "call-progress-events", src, o)
			dir, _ := param(r, "Direction")
			assert.Equal(t, "outbound-api", dir, o)
			_, hasParent := param(r, "ParentCallSid")
			assert.False(t, hasParent, "%s: the Calls API's call has no parent", o)
			_, hasDuration := param(r, "CallDuration")
			assert.Equal(t, i == len(cbs)-1, hasDuration, "%s: CallDuration only in completed", o)
			assert.Equal(t, r.Body(), formBody(r.Params), o)
		}
		want := map[Outcome][]string{
			Answered: {"initiated", "ringing", "in-progress", "completed"}, Busy: {"initiated", "busy"},
			Declined: {"initiated", "ringing", "failed"}, NotFound: {"initiated", "failed"},
			NoAnswer: {"initiated", "ringing", "no-answer"}, Unreachable: {"initiated", "failed"},
		}[o]
		assert.Equal(t, want, statuses, o)
		assert.Equal(t, finals[o], statuses[len(statuses)-1], o)
		last := cbs[len(cbs)-1]
		d, _ := param(last, "CallDuration")
		if o == Answered {
			assert.Equal(t, "30", d, "answered for the default 30 s")
		} else {
			assert.Equal(t, "0", d, o)
		}
		assert.Equal(t, []string{"CallSid", "AccountSid", "From", "To", "CallStatus", "ApiVersion", "Direction",
			"CallDuration", "Timestamp", "CallbackSource", "SequenceNumber"}, names(last), o)
	}
}

// TestStatusCallbackDefault checks that a status callback with no events
// named gets only completed.
func TestStatusCallbackDefault(t *testing.T) {
	in := scenarios[0].in
	in.Call.StatusCallbackEvent = nil
	f := Derive(in, Settings{Outcome: Answered})
	cbs := find(f, "POST statusCallback")
	require.Len(t, cbs, 1)
	status, _ := param(cbs[0], "CallStatus")
	assert.Equal(t, "completed", status)
}

// TestDialAction checks the <Dial action> request under every outcome, in
// each <Dial> scenario.
func TestDialAction(t *testing.T) {
	codes := map[Outcome]string{Answered: "200", Busy: "486", Declined: "603", NotFound: "404", NoAnswer: "487", Unreachable: "408"}
	statuses := map[Outcome]string{Answered: "completed", Busy: "busy", Declined: "failed", NotFound: "failed",
		NoAnswer: "no-answer", Unreachable: "failed"}
	for _, sc := range scenarios[2:] {
		for _, o := range Outcomes {
			f := Derive(sc.in, Settings{Outcome: o})
			acts := find(f, "POST action")
			require.Len(t, acts, 1, "%s / %s", sc.name, o)
			a := acts[0]
			assert.Equal(t, hooks+"/after", a.URL)
			code, _ := param(a, "DialSipResponseCode")
			assert.Equal(t, codes[o], code, "%s / %s", sc.name, o)
			status, _ := param(a, "DialCallStatus")
			assert.Equal(t, statuses[o], status, "%s / %s", sc.name, o)
			callStatus, _ := param(a, "CallStatus")
			assert.Equal(t, "in-progress", callStatus, "the parent call is still up: %s / %s", sc.name, o)
			_, hasDuration := param(a, "DialCallDuration")
			assert.Equal(t, o == Answered, hasDuration, "%s / %s", sc.name, o)
			// DialSipCallId is the Call-ID of the INVITE the outcome applies to.
			var invite *Step
			for i := range f.Steps {
				if s := &f.Steps[i]; s.Label == "INVITE" && s.Peer == "example.com:5060/udp" {
					invite = s
				}
			}
			require.NotNil(t, invite, "%s / %s", sc.name, o)
			callID, _ := param(a, "DialSipCallId")
			assert.Contains(t, invite.Message().Text(), "\nCall-ID: "+callID+"\n", "%s / %s", sc.name, o)
			dialSid, _ := param(a, "DialCallSid")
			assert.Contains(t, invite.Message().Text(), "X-Twilio-CallSid: "+dialSid+"\n", "%s / %s", sc.name, o)
		}
	}
}

// TestDialLegParams checks the <Sip> noun's status callbacks: a child leg.
func TestDialLegParams(t *testing.T) {
	f := Derive(scenarios[2].in, Settings{Outcome: Answered})
	parentSid := ""
	for _, s := range f.Steps {
		if s.Label == "POST Url" {
			parentSid, _ = param(s.Request, "CallSid")
		}
	}
	require.NotEmpty(t, parentSid)
	var got []string
	for _, s := range f.Steps {
		if s.Label != "POST statusCallback" || s.Leg != 1 {
			continue
		}
		r := s.Request
		assert.Equal(t, hooks+"/sip-status", r.URL)
		p, _ := param(r, "ParentCallSid")
		assert.Equal(t, parentSid, p)
		d, _ := param(r, "Direction")
		assert.Equal(t, "outbound-dial", d)
		to, _ := param(r, "To")
		assert.Equal(t, endpoint, to)
		st, _ := param(r, "CallStatus")
		got = append(got, st)
	}
	assert.Equal(t, []string{"ringing", "in-progress", "completed"}, got)
}

// TestInvite checks the INVITE sketch: Request-URI without the headers part,
// each custom header unescaped, transport and port, the From user.
func TestInvite(t *testing.T) {
	uri := "sip:alice@example.com;transport=tls;region=ie1?X-Name=Madhu%2CMathiyalagan%3BTitle%3DManager&User-to-User=123456789%3Bencoding%3Dhex"
	in := Input{URI: uri, Call: calls.Request{To: "+15005550001", From: "+15005550006", Url: hooks + "/twiml"},
		TwiML: dialTwiML(twiml.Dial{CallerId: "support_desk", Sips: []twiml.Sip{{URI: uri}}})}
	f := Derive(in, Settings{Outcome: Answered})
	assert.Equal(t, "example.com:5061/tls", f.Endpoint)
	assert.Equal(t, "ie1", f.Region)
	var invite *Message
	for _, s := range f.Steps {
		if s.Label == "INVITE" {
			invite = s.Message()
			assert.Equal(t, "example.com:5061/tls", s.Peer)
		}
	}
	require.NotNil(t, invite)
	text := invite.Text()
	lines := strings.Split(text, "\n")
	assert.Equal(t, "INVITE sip:alice@example.com;transport=tls;region=ie1 SIP/2.0", lines[0])
	assert.Contains(t, lines, "X-Name: Madhu,Mathiyalagan;Title=Manager")
	assert.Contains(t, lines, "User-to-User: 123456789;encoding=hex")
	assert.Contains(t, lines, "To: <sip:alice@example.com;transport=tls;region=ie1>")
	assert.True(t, strings.HasPrefix(lines[1], "Via: SIP/2.0/TLS "), lines[1])
	assert.True(t, strings.HasPrefix(lines[3], "From: <sip:support_desk@"), lines[3])
	for _, l := range invite.Lines {
		assert.NotEmpty(t, l.Note, "every line says what it is: %s", l.Text)
		if strings.HasPrefix(l.Text, "Call-ID:") || strings.HasPrefix(l.Text, "Max-Forwards:") {
			assert.Empty(t, l.Source, "illustrative: %s", l.Text)
		}
		if strings.HasPrefix(l.Text, "X-Twilio-CallSid:") || strings.HasPrefix(l.Text, "X-Name:") {
			assert.Equal(t, PageSip, l.Source, l.Text)
		}
	}
}

// TestDigest checks the challenge and the re-INVITE with credentials, for a
// noun's username and password and for SipAuthUsername/SipAuthPassword.
func TestDigest(t *testing.T) {
	noun := Input{URI: endpoint, Call: calls.Request{To: "+15005550001", From: "+15005550006", Url: hooks + "/twiml"},
		TwiML: dialTwiML(twiml.Dial{Sips: []twiml.Sip{{URI: endpoint, Username: "kate", Password: "s3cret"}}})}
	api := Input{URI: endpoint, TwiML: sayTwiML, Call: calls.Request{To: endpoint, From: "+15005550006", Twiml: sayTwiML,
		SipAuthUsername: "kate", SipAuthPassword: "s3cret"}}
	for name, in := range map[string]Input{"noun": noun, "api": api} {
		f := Derive(in, Settings{Outcome: Busy})
		var sip []string
		var reinvite *Message
		for _, s := range f.Steps {
			if s.Kind == SIP {
				sip = append(sip, s.Label)
				if s.Label == "INVITE" {
					reinvite = s.Message()
				}
			}
		}
		assert.Equal(t, []string{"INVITE", "401 Unauthorized", "ACK", "INVITE", "100 Trying", "486 Busy Here", "ACK"}, sip, name)
		assert.Contains(t, reinvite.Text(), "Authorization: Digest username=\"kate\"", name)
		assert.Contains(t, reinvite.Text(), "CSeq: 2 INVITE", name)
		assert.NotContains(t, reinvite.Text(), "s3cret", "the password never appears: %s", name)
	}
}

// TestBlocked checks that steps depending on erroneous values say so.
func TestBlocked(t *testing.T) {
	bad := "sip:alice@exa_mple.com;transport=carrier-pigeon"
	n := 0
	for _, d := range sipuri.Check(bad) {
		if d.Severity == sipuri.Error {
			n++
		}
	}
	require.Greater(t, n, 0, "the test URI must have errors")
	in := Input{URI: bad, Call: calls.Request{To: "+15005550001", From: "+15005550006", Url: hooks + "/twiml"},
		TwiML: dialTwiML(twiml.Dial{Sips: []twiml.Sip{{URI: bad}}})}
	f := Derive(in, Settings{Outcome: Answered})
	for _, s := range f.Steps {
		if s.Label == "INVITE" {
			assert.Equal(t, "this INVITE will not be sent: the URI has "+errorsPhrase(n), s.Blocked)
		}
	}
	in.Call.From = "" // a required field: Twilio rejects the request
	f = Derive(in, Settings{Outcome: Answered})
	assert.Contains(t, f.Steps[0].Blocked, "400 Bad Request")
	for _, s := range f.Steps[1:] {
		assert.NotEmpty(t, s.Blocked, s.Label)
	}
}

// TestSamplesStable checks that sample values depend on the state only.
func TestSamplesStable(t *testing.T) {
	in := scenarios[2].in
	a := Derive(in, Settings{Outcome: Answered})
	b := Derive(in, Settings{Outcome: Answered})
	require.Equal(t, labels(a), labels(b))
	for i := range a.Steps {
		assert.Equal(t, a.Steps[i].Request, b.Steps[i].Request, a.Steps[i].Label)
		if a.Steps[i].Kind == SIP {
			assert.Equal(t, a.Steps[i].Message().Text(), b.Steps[i].Message().Text(), a.Steps[i].Label)
		}
	}
	c := Derive(in, Settings{Outcome: Busy})
	sidA, _ := param(find(a, "POST Url")[0], "CallSid")
	sidC, _ := param(find(c, "POST Url")[0], "CallSid")
	assert.Equal(t, sidA, sidC, "the outcome does not change the samples")
	in.Call.From = "+15005550007"
	d := Derive(in, Settings{Outcome: Answered})
	sidD, _ := param(find(d, "POST Url")[0], "CallSid")
	assert.NotEqual(t, sidA, sidD, "another state gets other samples")
	assert.True(t, isSid(sidA, "CA"), sidA)
}

// TestGetWebhook checks a GET webhook: its parameters in the query, no body.
func TestGetWebhook(t *testing.T) {
	in := scenarios[0].in
	in.Call.StatusCallback = hooks + "/status?tenant=7"
	in.Call.StatusCallbackMethod = "GET"
	f := Derive(in, Settings{Outcome: Busy})
	for _, r := range find(f, "GET statusCallback") {
		assert.Empty(t, r.Body())
		assert.Equal(t, hooks+"/status?tenant=7&"+formBody(r.Params), r.URL)
		assert.Empty(t, r.Signed())
		assert.Empty(t, r.Sign(""))
	}
	assert.Len(t, find(f, "GET statusCallback"), 2)
}

// TestTLSPort checks that a TLS URI moves the endpoint to 5061 and a given
// port stays.
func TestTLSPort(t *testing.T) {
	for uri, peer := range map[string]string{
		"sip:alice@example.com":                    "example.com:5060/udp",
		"sip:alice@example.com;transport=tls":      "example.com:5061/tls",
		"sips:alice@example.com":                   "example.com:5061/tls",
		"sip:alice@example.com:5080;transport=TLS": "example.com:5080/tls",
		"sip:alice@[2001:db8::1];transport=tcp":    "[2001:db8::1]:5060/tcp",
	} {
		f := Derive(Input{URI: uri, Call: calls.Request{To: uri, From: "+15005550006", Twiml: sayTwiML}}, Settings{})
		assert.Equal(t, peer, f.Endpoint, uri)
	}
}

// TestNoPanics derives odd inputs.
func TestNoPanics(t *testing.T) {
	for _, in := range []Input{
		{},
		{Call: calls.Request{To: "sip:"}},
		{Call: calls.Request{To: "sip:a@b?x-a=%0D%0AInjected:%20yes", Url: "relative/path"}, TwiML: "<Response><Dial></Dial></Response>"},
		{Call: calls.Request{To: "+1", Url: "::"}, TwiML: "<Response><Dial action=\"x\"><Sip>sip:@</Sip></Dial></Response>"},
	} {
		for _, o := range Outcomes {
			assert.NotPanics(t, func() { Derive(in, Settings{Outcome: o}) }, "%+v", in)
		}
	}
	f := Derive(Input{URI: "sip:a@b?x-a=%0D%0AInjected:%20yes", Call: calls.Request{To: "sip:a@b?x-a=%0D%0AInjected:%20yes", Twiml: sayTwiML}}, Settings{})
	for _, s := range f.Steps {
		if s.Label == "INVITE" {
			assert.Contains(t, s.Message().Text(), "x-a: %0D%0AInjected: yes")
		}
	}
}
