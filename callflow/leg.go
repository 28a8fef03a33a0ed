package callflow

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sipplay/sipplay/sipuri"
)

// A callback is a URL Twilio requests on events of a call.
type callback struct {
	name   string   // the parameter or attribute, e.g. "statusCallback"
	field  string   // the Calls field holding url, "" for a TwiML attribute
	url    string   // "" when not set
	method string   // "" means POST
	events []string // the subscribed events; none means completed
}

// subscribed reports whether the callback is set and fires on event.
func (c *callback) subscribed(event string) bool {
	if c.url == "" {
		return false
	}
	if len(c.events) == 0 {
		return event == "completed"
	}
	return slices.Contains(c.events, event)
}

// leg is one call: the one the Calls API places (n = 0), or a <Dial>'s call
// to its nth <Sip> noun.
type leg struct {
	f *flow
	n int

	// The standard webhook parameters of this call.
	callSid, parentSid, direction, from, to string

	// The SIP side, when sip: the URI dialled, where it goes, credentials.
	sip            bool
	requestURI     string // the URI less its headers part
	uri            *sipuri.URI
	peer           string // host:port/transport
	transport      string // udp, tcp or tls
	region         sipuri.Region
	secure         bool
	fromUser       string
	user, password string
	inviteBlocked  string // why the INVITE will not be sent
	blocked        string // why none of this leg's steps happen as drawn

	outcome   Outcome
	timeout   time.Duration
	timeLimit time.Duration

	callback                    callback
	seq                         int // the next SequenceNumber
	recording                   bool
	recordFrom                  string // "answer" or "ringing"
	recordSource                string // RecordingSource: OutboundAPI or DialVerb
	recordChannels, recordTrack string
	recCallback                 callback
	amd                         string // MachineDetection
	amdAsync                    bool
	amdCallback                 callback
	screenURL, screenMethod     string

	// What happened, filled in as the steps are derived.
	invited    bool
	callID     string
	code       int    // the final response to the INVITE
	status     string // the final CallStatus
	ringingAt  time.Duration
	answeredAt time.Duration
	endedAt    time.Duration
	talked     time.Duration
}

// setURI reads the SIP URI s that the leg dials.
func (l *leg) setURI(s string) {
	l.requestURI = lessHeaders(s)
	l.transport, l.region = "udp", sipuri.Regions[0]
	u, err := sipuri.Parse(s)
	if err != nil {
		l.peer = l.requestURI + " (unreadable URI)"
		return
	}
	l.uri = u
	for _, p := range u.Params {
		switch strings.ToLower(p.Name) {
		case "transport":
			l.transport = strings.ToLower(p.Value)
		case "region":
			if r, ok := sipuri.LookupRegion(p.Value); ok {
				l.region = r
			}
		case "secure":
			l.secure = strings.EqualFold(p.Value, "true")
		}
	}
	if u.Scheme == "sips" && l.transport == "udp" {
		l.transport = "tls"
	}
	port := u.Port
	if port == 0 {
		port = sipuri.DefaultPort(l.transport, u.Scheme == "sips")
	}
	l.peer = u.Host + ":" + strconv.Itoa(port) + "/" + l.transport
}

// lessHeaders returns the SIP URI s without its ?headers part. The user part
// may hold a "?", the host and parameters may not, and a header may not
// hold an unescaped "@": so the headers start at the first "?" after the
// last "@".
func lessHeaders(s string) string {
	at := strings.LastIndexByte(s, '@')
	if q := strings.IndexByte(s[at+1:], '?'); q >= 0 {
		return s[:at+1+q]
	}
	return s
}

// sipStep adds a SIP message of this leg.
func (l *leg) sipStep(label string, from, to Lane, at time.Duration, m func() *Message, note string) *Step {
	s := l.f.add(l, Step{Kind: SIP, Label: label, From: from, To: to, At: at, Peer: l.peer, message: m, Note: note})
	if label == "INVITE" && l.inviteBlocked != "" {
		s.Blocked = l.inviteBlocked
	}
	return s
}

// dial sends the leg's INVITE at time t and plays its outcome. A stop ≥ 0
// cancels the INVITE then if it is still ringing (a parallel noun that lost).
func (l *leg) dial(t, stop time.Duration) {
	l.invited = true
	l.callID = l.f.hex("call-id"+strconv.Itoa(l.n), 16) + "@192.0.2.10"
	l.fire(t, "initiated", "initiated")
	start := t
	cseq := 1
	invite := l.sipStep("INVITE", Twilio, Endpoint, t, l.inviteMsg(cseq, false),
		"Twilio, from region "+l.region.Name+" ("+l.region.Location+"), invites the endpoint.")
	if l.outcome == Unreachable {
		l.code, l.status, l.endedAt = 408, "failed", t+timerB
		invite.Note += " No response: over UDP the INVITE is resent at 0.5, 1, 2, 4, 8 and 16 s, and the attempt " +
			"times out after 32 s (RFC 3261 §17.1.1.2); SIP code 408 and CallStatus failed are an assumption."
		return
	}
	t += rtt
	if l.user != "" && l.password != "" {
		l.sipStep("401 Unauthorized", Endpoint, Twilio, t, l.responseMsg(401, "Unauthorized", cseq, "INVITE"),
			"The endpoint challenges the INVITE (RFC 3261 §22.2; a proxy sends 407 Proxy Authentication Required instead).")
		l.sipStep("ACK", Twilio, Endpoint, t, l.requestMsg("ACK", cseq), "Twilio acknowledges the challenge.")
		cseq++
		l.sipStep("INVITE", Twilio, Endpoint, t, l.inviteMsg(cseq, true),
			"Twilio sends the INVITE again with the credentials from the username and password you set.")
		t += rtt
	}
	l.sipStep("100 Trying", Endpoint, Twilio, t, l.responseMsg(100, "Trying", cseq, "INVITE"), "The endpoint is working on it.")
	final := func(code int, reason, status, note string, at time.Duration) {
		l.code, l.status, l.endedAt = code, status, at
		l.sipStep(strconv.Itoa(code)+" "+reason, Endpoint, Twilio, at, l.responseMsg(code, reason, cseq, "INVITE"), note)
		l.sipStep("ACK", Twilio, Endpoint, at, l.requestMsg("ACK", cseq), "Twilio acknowledges the final response.")
	}
	switch l.outcome {
	case NotFound:
		final(404, "Not Found", "failed", "No such user at the endpoint.", t+rtt/2)
		return
	case Busy:
		final(486, "Busy Here", "busy", "The endpoint is busy.", t+rtt/2)
		return
	}
	l.ringingAt = t + ringDelay
	l.sipStep("180 Ringing", Endpoint, Twilio, l.ringingAt, l.responseMsg(180, "Ringing", cseq, "INVITE"), "The endpoint rings.")
	l.fire(l.ringingAt, "ringing", "ringing")
	switch l.outcome {
	case Declined:
		final(603, "Decline", "failed", "The called party declines the call.", l.ringingAt+ringTime)
	case NoAnswer:
		at, status, note := start+l.timeout, "no-answer", "No answer within the timeout ("+seconds(l.timeout)+"): Twilio cancels the INVITE."
		if stop >= 0 && stop < at {
			at, status, note = stop, "canceled", "Another noun answered first: Twilio cancels this one."
		}
		l.code, l.status = 487, status
		l.sipStep("CANCEL", Twilio, Endpoint, at, l.requestMsg("CANCEL", cseq), note)
		l.sipStep("200 OK", Endpoint, Twilio, at+rtt, l.responseMsg(200, "OK", cseq, "CANCEL"), "The endpoint accepts the CANCEL.")
		l.sipStep("487 Request Terminated", Endpoint, Twilio, at+rtt, l.responseMsg(487, "Request Terminated", cseq, "INVITE"),
			"The INVITE ends unanswered.")
		l.sipStep("ACK", Twilio, Endpoint, at+2*rtt, l.requestMsg("ACK", cseq), "Twilio acknowledges the 487.")
		l.endedAt = at + 2*rtt
	case Answered:
		l.code, l.status = 200, "in-progress"
		l.answeredAt = l.ringingAt + ringTime
		l.sipStep("200 OK", Endpoint, Twilio, l.answeredAt, l.responseMsg(200, "OK", cseq, "INVITE"), "The called party answers.")
		l.sipStep("ACK", Twilio, Endpoint, l.answeredAt+rtt, l.requestMsg("ACK", cseq), "Twilio confirms: the call is up.")
		l.fire(l.answeredAt+rtt, "answered", "in-progress")
		if l.screenURL != "" {
			l.screen(l.answeredAt + rtt)
		}
		if l.amd != "" && l.n > 0 {
			l.amdDone(l.answeredAt + amdTime)
		}
		l.endedAt = l.answeredAt
	}
}

// answerAfter is how long after its INVITE an answering leg's 200 OK comes.
func (l *leg) answerAfter() time.Duration {
	d := rtt + ringDelay + ringTime
	if l.user != "" && l.password != "" {
		d += rtt
	}
	return d
}

// talk lets an answered leg last d, or its time limit, then hangs up: the
// endpoint after d, or Twilio at the limit.
func (l *leg) talk(d, limit time.Duration) {
	if d > limit {
		l.hangUp(l.answeredAt+limit, Twilio, "The time limit ("+seconds(limit)+") is reached: Twilio hangs up.")
		return
	}
	l.hangUp(l.answeredAt+d, Endpoint, "The called party hangs up after "+seconds(d)+" (the duration you chose).")
}

// hangUp sends BYE from the given side at time at.
func (l *leg) hangUp(at time.Duration, from Lane, note string) {
	to := Endpoint
	if from == Endpoint {
		to = Twilio
	}
	l.sipStep("BYE", from, to, at, l.requestMsg("BYE", 2), note)
	l.sipStep("200 OK", to, from, at+rtt, l.responseMsg(200, "OK", 2, "BYE"), "The other side confirms the hang-up.")
	l.talked = at - l.answeredAt
	l.endedAt = at + rtt
	l.code, l.status = 200, "completed"
}

// statusBasis says whether the CallStatus for an outcome is documented.
func statusBasis(o Outcome) string {
	if o == Answered {
		return "documented: a call that was answered ends completed (" + PageSip + ")."
	}
	return "an assumption: the vendor pages do not say how SIP responses map to call statuses " +
		"(here 486/600 busy, no answer within the timeout no-answer, other 4xx–6xx failed)."
}

// fire adds the status callback for event, if subscribed, with the
// CallStatus status, at time at.
//
// Status callback parameters (<Sip>, https://www.twilio.com/docs/voice/twiml/sip#statuscallback;
// Voice Webhooks, https://www.twilio.com/docs/usage/webhooks/voice-webhooks):
// the standard ones, then CallDuration (completed only), RecordingUrl,
// RecordingSid and RecordingDuration (completed only, when recording),
// Timestamp (RFC 2822, UTC), CallbackSource (always call-progress-events)
// and SequenceNumber (from 0, in firing order).
func (l *leg) fire(at time.Duration, event, status string) {
	if !l.callback.subscribed(event) {
		return
	}
	ps := standardParams(l, status)
	samples := []string{"CallSid", "Timestamp"}
	if l.parentSid != "" {
		samples = append(samples, "ParentCallSid")
	}
	if event == "completed" {
		ps = append(ps, Param{"CallDuration", strconv.Itoa(int(l.talked / time.Second))})
		samples = append(samples, "CallDuration")
		if l.recording && l.answeredAt > 0 {
			ps = append(ps, Param{"RecordingUrl", l.recordingURL()}, Param{"RecordingSid", l.recordingSid()},
				Param{"RecordingDuration", strconv.Itoa(int(l.recorded() / time.Second))})
			samples = append(samples, "RecordingUrl", "RecordingSid", "RecordingDuration")
		}
	}
	ps = append(ps, Param{"Timestamp", l.f.timestamp(at)}, Param{"CallbackSource", "call-progress-events"},
		Param{"SequenceNumber", strconv.Itoa(l.seq)})
	l.seq++
	req := l.f.request(l.callback.name, l.callback.url, l.callback.method, ps, PageVoiceWebhooks, samples...)
	if event == "completed" && l.status != "completed" {
		req.Notes = append(req.Notes, "CallStatus "+l.status+": "+statusBasis(l.outcome))
	}
	l.f.add(l, Step{Kind: HTTP, Label: req.Method + " statusCallback", From: Twilio, To: Server, At: at, Request: req,
		Blocked: l.f.fieldBlocked(l.callback.field), Note: "The " + event + " event of " + l.name() + "."})
}

// name says which call the leg is, for notes.
func (l *leg) name() string {
	if l.n == 0 {
		return "the call"
	}
	return "the call to <Sip> noun " + strconv.Itoa(l.n)
}

// complete adds the completed status callback and the recording callbacks.
func (l *leg) complete(at time.Duration) {
	l.fire(at, "completed", l.status)
	if !l.recording || l.answeredAt == 0 || l.recCallback.url == "" {
		return
	}
	start := l.answeredAt
	if l.recordFrom == "ringing" && l.ringingAt > 0 {
		start = l.ringingAt
	}
	if l.recCallback.subscribed("in-progress") {
		l.recordingStep(start, "in-progress", start)
	}
	if l.recCallback.subscribed("completed") {
		l.recordingStep(at+recDelay, "completed", start)
	}
}

// recordingStep adds a recording status callback.
//
// Recording status callback parameters (Voice Webhooks, recording status
// callbacks, https://www.twilio.com/docs/usage/webhooks/voice-webhooks):
// AccountSid, CallSid, RecordingSid, RecordingUrl, RecordingStatus,
// RecordingDuration (completed), RecordingChannels, RecordingStartTime,
// RecordingSource and RecordingTrack.
func (l *leg) recordingStep(at time.Duration, status string, start time.Duration) {
	callSid := l.callSid
	if l.parentSid != "" {
		callSid = l.parentSid // <Dial record> records the parent call
	}
	channels, track := "1", l.recordTrack
	if l.recordChannels == "dual" {
		channels = "2"
	}
	if track == "" {
		track = "both"
	}
	ps := []Param{{"AccountSid", l.f.accountSid}, {"CallSid", callSid}, {"RecordingSid", l.recordingSid()},
		{"RecordingUrl", l.recordingURL()}, {"RecordingStatus", status}}
	samples := []string{"CallSid", "RecordingSid", "RecordingUrl", "RecordingStartTime"}
	if status == "completed" {
		ps = append(ps, Param{"RecordingDuration", strconv.Itoa(int(l.recorded() / time.Second))})
		samples = append(samples, "RecordingDuration")
	}
	ps = append(ps, Param{"RecordingChannels", channels}, Param{"RecordingStartTime", l.f.timestamp(start)},
		Param{"RecordingSource", l.recordSource}, Param{"RecordingTrack", track})
	req := l.f.request(l.recCallback.name, l.recCallback.url, l.recCallback.method, ps, PageVoiceWebhooks, samples...)
	l.f.add(l, Step{Kind: HTTP, Label: req.Method + " recordingStatusCallback", From: Twilio, To: Server, At: at,
		Request: req, Blocked: l.f.fieldBlocked(l.recCallback.field),
		Note: "The recording of " + l.name() + " is " + status + "."})
}

// recorded is how long the recording lasts.
func (l *leg) recorded() time.Duration {
	if l.recordFrom == "ringing" && l.ringingAt > 0 {
		return l.talked + (l.answeredAt - l.ringingAt)
	}
	return l.talked
}

// recordingSid and recordingURL are the sample recording's SID and URL.
func (l *leg) recordingSid() string { return l.f.sid("RE", "recording"+strconv.Itoa(l.n)) }

func (l *leg) recordingURL() string {
	return "https://api.twilio.com/" + APIVersion + "/Accounts/" + l.f.accountSid + "/Recordings/" + l.recordingSid()
}

// amdDone adds the answering machine detection callback at time at.
//
// Its parameters (Answering Machine Detection, https://www.twilio.com/docs/voice/answering-machine-detection):
// CallSid, AccountSid, AnsweredBy and MachineDetectionDuration (milliseconds).
func (l *leg) amdDone(at time.Duration) {
	if l.amdCallback.url == "" {
		return
	}
	ps := []Param{{"CallSid", l.callSid}, {"AccountSid", l.f.accountSid}, {"AnsweredBy", "human"},
		{"MachineDetectionDuration", strconv.Itoa(int(amdTime / time.Millisecond))}}
	req := l.f.request(l.amdCallback.name, l.amdCallback.url, l.amdCallback.method, ps, PageAMD,
		"CallSid", "AnsweredBy", "MachineDetectionDuration")
	l.f.add(l, Step{Kind: HTTP, Label: req.Method + " " + l.amdCallback.name, From: Twilio, To: Server, At: at,
		Request: req, Blocked: l.f.fieldBlocked(l.amdCallback.field),
		Note: "Answering machine detection has decided who answered " + l.name() + " (AnsweredBy human is a sample)."})
}

// screen adds the screening request of the <Sip url> at time at.
//
// Its parameters (<Sip>, https://www.twilio.com/docs/voice/twiml/sip): the
// standard ones, SipCallId (the INVITE's Call-ID) and SipHeader_<name> for
// each X- header of the endpoint's 200 OK.
func (l *leg) screen(at time.Duration) {
	ps := append(standardParams(l, "in-progress"), Param{"SipCallId", l.callID})
	req := l.f.request("url", l.screenURL, l.screenMethod, ps, PageSip, "CallSid", "ParentCallSid", "SipCallId")
	req.Notes = append(req.Notes, "Twilio adds SipHeader_<name> for each X- header of the endpoint's 200 OK.")
	l.f.add(l, Step{Kind: HTTP, Label: req.Method + " url", From: Twilio, To: Server, At: at, Request: req,
		Note: "The called party answered: before bridging, Twilio fetches the screening TwiML from the <Sip url>."})
}
