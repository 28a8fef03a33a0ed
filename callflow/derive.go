package callflow

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// Sample delays between events. Real ones depend on networks and people;
// these only give the diagram a plausible shape.
const (
	apiDelay    = 300 * time.Millisecond // the POST until Twilio starts dialing
	rtt         = 40 * time.Millisecond  // a SIP request until its response
	ringDelay   = 250 * time.Millisecond // 100 Trying until 180 Ringing
	ringTime    = 4 * time.Second        // 180 Ringing until the person answers or declines
	hookDelay   = 150 * time.Millisecond // a webhook until its response
	amdTime     = 2500 * time.Millisecond
	recDelay    = 1 * time.Second  // the call's end until the recording is processed
	timerB      = 32 * time.Second // RFC 3261 §17.1.1.2: 64·T1, when an INVITE without response times out
	dialTimeout = 30 * time.Second // <Dial timeout> default
	callTimeout = 60 * time.Second // Calls API Timeout default
)

// Derive returns the flow of in under s. It never fails: a step that depends
// on an erroneous value says so in its Blocked field.
func Derive(in Input, s Settings) Flow {
	if s.Duration <= 0 {
		s.Duration = DefaultDuration
	}
	if !slices.Contains(Outcomes, s.Outcome) {
		s.Outcome = Answered
	}
	f := &flow{in: in, set: s, seed: seedOf(in)}
	legs := 2
	if in.Dial != nil {
		legs = 1 + len(in.Dial.Sips)
	}
	f.out.Steps = make([]Step, 0, 24*legs) // about as many steps as a leg has at most
	f.run()
	f.sortSteps()
	return f.out
}

// sortSteps puts the steps in time order, keeping the order they were
// derived in for equal times. It sorts their indices: steps are large.
func (f *flow) sortSteps() {
	steps := f.out.Steps
	order := make([]int, len(steps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return steps[order[i]].At < steps[order[j]].At })
	sorted := make([]Step, len(steps))
	for i, j := range order {
		sorted[i] = steps[j]
	}
	f.out.Steps = sorted
}

// flow is the state of one derivation.
type flow struct {
	in   Input
	set  Settings
	seed [32]byte
	out  Flow

	accountSid string
	docURL     string // the URL the TwiML was fetched from, for relative URLs
	rejected   string // why Twilio rejects the Calls request; "" when it does not
	callErrs   map[string]int
}

// FindingsOf runs the checks Derive needs on in: calls.Check on the Calls
// request and twiml.Check on the TwiML that runs (Call.Twiml when the call
// carries it, else pane 2's).
func FindingsOf(in Input) Findings {
	src := in.TwiML
	if in.Call.Url == "" && in.Call.Twiml != "" {
		src = in.Call.Twiml
	}
	return Findings{Call: errorsIn(calls.Check(in.Call)), TwiML: countErrors(twiml.Check(src))}
}

// errorsIn counts the error findings per field.
func errorsIn(ds []calls.Diagnostic) map[string]int {
	m := map[string]int{}
	for _, d := range ds {
		if d.Severity == sipuri.Error {
			m[d.Field]++
		}
	}
	return m
}

// countErrors counts the error findings in ds.
func countErrors(ds []sipuri.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == sipuri.Error {
			n++
		}
	}
	return n
}

// errorsPhrase returns "1 error" or "n errors".
func errorsPhrase(n int) string {
	if n == 1 {
		return "1 error"
	}
	return strconv.Itoa(n) + " errors"
}

// add appends a step, filling Blocked with the leg's reason when the step has
// none of its own.
func (f *flow) add(l *leg, s Step) *Step {
	if l != nil {
		s.Leg = l.n
		if s.Blocked == "" {
			s.Blocked = l.blocked
		}
	}
	if s.Blocked == "" && f.rejected != "" && s.Label != "POST Calls.json" {
		s.Blocked = "will not happen: Twilio rejects the Calls request"
	}
	f.out.Steps = append(f.out.Steps, s)
	return &f.out.Steps[len(f.out.Steps)-1]
}

// note adds a sentence to the flow's notes.
func (f *flow) note(s string) { f.out.Notes = append(f.out.Notes, s) }

// run derives every step.
func (f *flow) run() {
	r := f.in.Call
	f.accountSid = r.AccountSid
	if !isSid(r.AccountSid, "AC") {
		f.accountSid = f.sid("AC", "account")
	}
	if f.in.Findings == nil {
		found := FindingsOf(f.in)
		f.in.Findings = &found
	}
	f.callErrs = f.in.Findings.Call
	if n := sum(f.callErrs); n > 0 {
		f.rejected = "Twilio answers 400 Bad Request: the request has " + errorsPhrase(n)
	}
	post := f.add(nil, Step{Kind: HTTP, Label: "POST Calls.json", From: App, To: Twilio, Blocked: f.rejected,
		Note: "Your app asks Twilio to place the call; Twilio answers 201 Created with the call queued."})
	accountPath := r.AccountSid
	if accountPath == "" {
		accountPath = "{AccountSid}"
	}
	params := calls.Params(r)
	post.Request = &Request{Name: "Calls.json", Method: "POST", Source: PageCalls,
		URL:  "https://api.twilio.com/" + APIVersion + "/Accounts/" + accountPath + "/Calls.json",
		body: calls.FormBody(r)}
	for _, p := range params {
		post.Request.Params = append(post.Request.Params, Param{p.Key, p.Value})
	}

	parent := f.parentLeg()
	t := apiDelay
	runsTwiML := true
	if parent.sip {
		f.out.Endpoint, f.out.Region = parent.peer, parent.region.Name
		parent.dial(t, -1)
		runsTwiML = parent.outcome == Answered
		t = parent.answeredAt + rtt
	} else {
		f.note("To is not a SIP URI: Twilio calls it outside SIP (not drawn); this sketch assumes it answers after " +
			seconds(ringTime) + ".")
		parent.fire(t, "initiated", "initiated")
		t += ringTime
		parent.answeredAt = t
		parent.fire(t+ringDelay, "ringing", "ringing")
		parent.fire(t, "answered", "in-progress")
	}
	end := t
	if runsTwiML {
		end = f.runTwiML(parent, t)
		if parent.sip {
			parent.hangUp(end, Twilio, "Twilio ends the call: its TwiML has no more verbs.")
			end = parent.endedAt
		} else {
			parent.status, parent.endedAt, parent.talked = "completed", end, end-parent.answeredAt
		}
	} else {
		end = parent.endedAt
		f.note("The call is not answered, so Twilio does not fetch its TwiML: nothing of pane 2 runs.")
	}
	parent.complete(end)
}

// parentLeg describes the call the Calls API places.
func (f *flow) parentLeg() *leg {
	r := f.in.Call
	l := &leg{f: f, n: 0, callSid: f.sid("CA", "call"), direction: "outbound-api", from: r.From, to: r.To,
		fromUser: r.From, user: r.SipAuthUsername, password: r.SipAuthPassword, outcome: Answered,
		timeout: seconds2(r.Timeout, callTimeout), timeLimit: seconds2(r.TimeLimit, 4*time.Hour),
		callback: callback{name: "statusCallback", url: r.StatusCallback, method: r.StatusCallbackMethod,
			events: r.StatusCallbackEvent, field: "StatusCallback"},
		recording: r.Record == "true", recordFrom: "answer", recordSource: "OutboundAPI",
		recordChannels: r.RecordingChannels, recordTrack: r.RecordingTrack,
		recCallback: callback{name: "recordingStatusCallback", url: r.RecordingStatusCallback,
			method: r.RecordingStatusCallbackMethod, events: r.RecordingStatusCallbackEvent, field: "RecordingStatusCallback"},
		amd: r.MachineDetection, amdAsync: r.AsyncAmd == "true",
		amdCallback: callback{name: "AsyncAmdStatusCallback", url: r.AsyncAmdStatusCallback,
			method: r.AsyncAmdStatusCallbackMethod, field: "AsyncAmdStatusCallback"},
	}
	if l.recordChannels == "" {
		l.recordChannels = "mono"
	}
	if calls.KindOfTo(r.To) == calls.ToSIP {
		l.sip = true
		l.setURI(strings.TrimSpace(r.To))
		l.outcome = f.set.Outcome
		if n := f.callErrs["To"]; n > 0 {
			l.inviteBlocked = "this INVITE will not be sent: the URI has " + errorsPhrase(n)
		}
		f.note("The outcome applies to the INVITE of the call itself: its To is a SIP URI.")
	}
	return l
}

// runTwiML runs the call's instructions from time t on the answered parent
// call and returns when they end.
func (f *flow) runTwiML(parent *leg, t time.Duration) time.Duration {
	r := f.in.Call
	src := f.in.TwiML
	switch {
	case r.Url != "":
		f.docURL = r.Url
		t = f.urlRequest(parent, t)
		if r.Twiml != "" {
			f.note("Url is set, so Twilio ignores Twiml.")
		}
		f.note("This sketch assumes your server answers Url with pane 2's TwiML.")
	case r.Twiml != "":
		src = r.Twiml
		t += hookDelay / 3
	case r.ApplicationSid != "":
		f.note("Twilio requests the Voice URL of the TwiML App " + r.ApplicationSid +
			" (not known here); this sketch assumes it answers with pane 2's TwiML.")
		t += hookDelay
	default:
		return t + f.set.Duration
	}
	var d twiml.Dial
	var err error
	if f.in.Dial != nil && src == f.in.TwiML {
		d = *f.in.Dial
	} else {
		d, err = twiml.ParseDial(src)
	}
	if err != nil || len(d.Sips) == 0 {
		f.note("The TwiML that runs is not one <Dial> of <Sip> nouns, so its steps are not drawn; this sketch assumes the call lasts the chosen duration.")
		return t + f.set.Duration
	}
	blocked := ""
	if n := f.in.Findings.TwiML; n > 0 {
		blocked = "will not happen as drawn: the TwiML has " + errorsPhrase(n)
	}
	return f.runDial(parent, d, t, blocked)
}

// urlRequest adds the request for Url (and the conditional FallbackUrl) at
// time t and returns when the TwiML is in hand.
func (f *flow) urlRequest(parent *leg, t time.Duration) time.Duration {
	r := f.in.Call
	if r.MachineDetection != "" && r.AsyncAmd != "true" {
		t += amdTime // synchronous AMD: Twilio requests Url once it knows who answered
	}
	// TwiML™ Voice: Twilio's Request (https://www.twilio.com/docs/voice/twiml#request-parameters):
	// the standard parameters; with synchronous AMD also AnsweredBy (PageAMD).
	ps := standardParams(parent, "in-progress")
	var samples []string
	if r.MachineDetection != "" && r.AsyncAmd != "true" {
		ps = append(ps, Param{"AnsweredBy", "human"})
		samples = append(samples, "AnsweredBy")
	}
	req := f.request("Url", r.Url, r.Method, ps, PageTwiMLRequest, samples...)
	f.add(parent, Step{Kind: HTTP, Label: req.Method + " Url", From: Twilio, To: Server, At: t, Request: req,
		Blocked: f.fieldBlocked("Url"),
		Note:    "The call is answered: Twilio asks your server for the call's TwiML."})
	if r.FallbackUrl != "" {
		// FallbackUrl gets the same parameters plus ErrorCode and ErrorUrl (PageTwiMLRequest).
		fps := append(append([]Param(nil), ps...), Param{"ErrorCode", "11200"}, Param{"ErrorUrl", r.Url})
		freq := f.request("FallbackUrl", r.FallbackUrl, r.FallbackMethod, fps, PageTwiMLRequest, append(samples, "ErrorCode")...)
		f.add(parent, Step{Kind: HTTP, Label: freq.Method + " FallbackUrl", From: Twilio, To: Server, At: t + hookDelay,
			Request: freq, Blocked: f.fieldBlocked("FallbackUrl"),
			Only: "only if the request for Url fails or returns invalid TwiML (ErrorCode 11200 is a sample)"})
	}
	if r.MachineDetection != "" && r.AsyncAmd == "true" {
		parent.amdDone(t + amdTime)
	}
	return t + hookDelay
}

// fieldBlocked says why a request to the URL in a Calls field will not be
// sent, or "".
func (f *flow) fieldBlocked(field string) string {
	if n := f.callErrs[field]; n > 0 {
		return "this request will not be sent: " + field + " has " + errorsPhrase(n)
	}
	return ""
}

// runDial runs a <Dial> of <Sip> nouns from time t on the parent call and
// returns when the parent's TwiML ends.
func (f *flow) runDial(parent *leg, d twiml.Dial, t time.Duration, blocked string) time.Duration {
	tested := 0
	for i, s := range d.Sips {
		if strings.TrimSpace(s.URI) == strings.TrimSpace(f.in.URI) {
			tested = i
			break
		}
	}
	timeout := seconds2(d.Timeout, dialTimeout)
	legs := make([]*leg, len(d.Sips))
	for i, s := range d.Sips {
		l := f.nounLeg(parent, d, s, i+1)
		l.blocked = blocked
		l.timeout = timeout
		l.outcome = NoAnswer
		if i == tested {
			l.outcome = f.set.Outcome
		}
		legs[i] = l
	}
	sequential := d.Sequential == "true"
	switch {
	case len(legs) == 1:
		f.note("The outcome applies to the <Sip> noun's INVITE.")
	case sequential:
		f.note("The outcome applies to <Sip> noun " + strconv.Itoa(tested+1) + " (" + d.Sips[tested].URI +
			"). Twilio tries the nouns in order (sequential=\"true\"); this sketch assumes the others ring without answering.")
	default:
		f.note("The outcome applies to <Sip> noun " + strconv.Itoa(tested+1) + " (" + d.Sips[tested].URI +
			"). Twilio rings the nouns in parallel; the first to answer wins and the others are cancelled. This sketch assumes the others ring without answering.")
	}
	if !parent.sip {
		f.out.Endpoint, f.out.Region = legs[tested].peer, legs[tested].region.Name
	}

	var winner, last *leg
	if sequential {
		for _, l := range legs {
			l.dial(t, -1)
			last = l
			if l.outcome == Answered {
				winner = l
				break
			}
			t = l.endedAt
		}
	} else {
		for _, l := range legs {
			if l.outcome == Answered {
				winner = l
			}
		}
		// The others ring until the winner answers (Twilio cancels them
		// just after its 200 OK) or until the timeout.
		stop := t + timeout
		if winner != nil {
			stop = t + winner.answerAfter() + rtt/2
		}
		for _, l := range legs {
			if l == winner {
				l.dial(t, -1)
			} else {
				l.dial(t, stop)
			}
		}
		last = legs[tested]
	}
	if winner != nil {
		last = winner
		winner.talk(f.set.Duration, seconds2(d.TimeLimit, 4*time.Hour))
	}
	end := t
	for _, l := range legs {
		if l.endedAt > end && l.invited {
			end = l.endedAt
		}
		if l.invited {
			l.complete(l.endedAt)
		}
	}
	if d.Action == "" {
		return end + hookDelay/3
	}
	return f.action(parent, d, last, winner != nil, end, blocked)
}

// action adds the request for <Dial action> at time t and returns when the
// parent's TwiML ends.
func (f *flow) action(parent *leg, d twiml.Dial, last *leg, answered bool, t time.Duration, blocked string) time.Duration {
	// <Dial action> (https://www.twilio.com/docs/voice/twiml/dial#action) and
	// <Sip> (https://www.twilio.com/docs/voice/twiml/sip): the parent call's
	// standard parameters, DialCallStatus, DialCallSid, DialCallDuration
	// (when answered), RecordingUrl (when recording), DialSipCallId,
	// DialSipResponseCode; DialSipHeader_<name> for each X- header of the
	// final response.
	ps := standardParams(parent, "in-progress")
	ps = append(ps, Param{"DialCallStatus", last.status}, Param{"DialCallSid", last.callSid})
	samples := []string{"DialCallSid", "DialSipCallId"}
	if answered {
		ps = append(ps, Param{"DialCallDuration", strconv.Itoa(int(last.talked / time.Second))})
		samples = append(samples, "DialCallDuration")
		if last.recording {
			ps = append(ps, Param{"RecordingUrl", last.recordingURL()})
			samples = append(samples, "RecordingUrl")
		}
	}
	ps = append(ps, Param{"DialSipCallId", last.callID}, Param{"DialSipResponseCode", strconv.Itoa(last.code)})
	req := f.request("action", d.Action, d.Method, ps, PageDial, samples...)
	req.Notes = append(req.Notes, "Twilio adds DialSipHeader_<name> for each X- header of the endpoint's final response.",
		"DialCallStatus "+last.status+" for SIP "+strconv.Itoa(last.code)+": "+statusBasis(last.outcome))
	f.add(parent, Step{Kind: HTTP, Label: req.Method + " action", From: Twilio, To: Server, At: t, Request: req,
		Blocked: blocked, Note: "The <Dial> has ended: Twilio asks your server what to do next. This sketch assumes the answer ends the call."})
	return t + hookDelay
}

// nounLeg describes the call to the nth <Sip> noun of d.
func (f *flow) nounLeg(parent *leg, d twiml.Dial, s twiml.Sip, n int) *leg {
	from := d.CallerId
	if from == "" {
		from = parent.from
	}
	events := strings.Fields(s.StatusCallbackEvent)
	l := &leg{f: f, n: n, sip: true, callSid: f.sid("CA", "noun"+strconv.Itoa(n)), parentSid: parent.callSid,
		direction: "outbound-dial", from: from, fromUser: from, user: s.Username, password: s.Password,
		callback:  callback{name: "statusCallback", url: s.StatusCallback, method: s.StatusCallbackMethod, events: events},
		recording: strings.HasPrefix(d.Record, "record-from-"), recordSource: "DialVerb", recordTrack: d.RecordingTrack,
		recordChannels: "mono",
		recCallback: callback{name: "recordingStatusCallback", url: d.RecordingStatusCallback,
			method: d.RecordingStatusCallbackMethod, events: strings.Fields(d.RecordingStatusCallbackEvent)},
		amd: s.MachineDetection, amdAsync: true,
		amdCallback: callback{name: "amdStatusCallback", url: s.AmdStatusCallback, method: s.AmdStatusCallbackMethod},
		screenURL:   s.Url, screenMethod: s.Method,
	}
	if strings.HasSuffix(d.Record, "-dual") {
		l.recordChannels = "dual"
	}
	l.recordFrom = "answer"
	if strings.HasPrefix(d.Record, "record-from-ringing") {
		l.recordFrom = "ringing"
	}
	l.setURI(strings.TrimSpace(s.URI))
	l.to = l.requestURI
	// twiml.Check reports the errors of the URIs in the document too, so a
	// document without errors has none in its URIs.
	if f.in.Findings.TwiML > 0 {
		if n := countErrors(sipuri.Check(strings.TrimSpace(s.URI))); n > 0 {
			l.inviteBlocked = "this INVITE will not be sent: the URI has " + errorsPhrase(n)
		}
	}
	return l
}

// sum adds up the counts in m.
func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// seconds2 reads a whole number of seconds, or returns def when s is not a
// positive number.
func seconds2(s string, def time.Duration) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 || n > 86400 {
		return def
	}
	return time.Duration(n) * time.Second
}

// seconds writes d as "4 s" or "2.5 s".
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " s"
}

// isSid reports whether s is prefix followed by 32 hex digits.
func isSid(s, prefix string) bool {
	if len(s) != 34 || !strings.HasPrefix(s, prefix) {
		return false
	}
	for _, c := range []byte(s[2:]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
