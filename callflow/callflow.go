// Package callflow derives what happens when the playground's call runs: the
// SIP messages between Twilio and the endpoint, the INVITE Twilio sends,
// every webhook Twilio sends to the person's server with its parameters,
// X-Twilio-Signature and a replay curl, all in order and with sample times.
//
// Everything the vendor pages document is marked with its page; what cannot
// be known before a real call (SIDs, times, Call-IDs, addresses) is a sample,
// labelled so and stable for a given input. The package is pure Go: no I/O,
// no browser, no panics on any input.
package callflow

import (
	"time"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// Outcome is what the tested SIP endpoint does with Twilio's INVITE.
type Outcome string

// The outcomes, in the order the view offers them.
const (
	Answered    Outcome = "answered"    // 200 OK, then a hang-up after the chosen duration
	Busy        Outcome = "busy"        // 486 Busy Here
	Declined    Outcome = "declined"    // 603 Decline
	NotFound    Outcome = "not-found"   // 404 Not Found
	NoAnswer    Outcome = "no-answer"   // rings until the timeout: CANCEL, then 487
	Unreachable Outcome = "unreachable" // no response at all
)

// Outcomes lists every Outcome in the view's order.
var Outcomes = []Outcome{Answered, Busy, Declined, NotFound, NoAnswer, Unreachable}

// Lane is one of the ladder diagram's vertical lines.
type Lane int

// The lanes, left to right.
const (
	App      Lane = iota // the person's app, which calls the Calls API
	Twilio               // Twilio: its API and the region that sends SIP
	Endpoint             // the SIP endpoint: host, port, transport
	Server               // the person's webhook server
)

// Kind says whether a step is a SIP message or an HTTP request.
type Kind string

// The kinds of step.
const (
	SIP  Kind = "sip"
	HTTP Kind = "http"
)

// Input is the page state the flow is derived from.
type Input struct {
	// Call is pane 3's Calls create request.
	Call calls.Request
	// TwiML is pane 2's document. It runs when the call is answered: as
	// Call.Twiml when that is the call's instructions, or (an assumption the
	// flow states) as what the server answers for Call.Url.
	TwiML string
	// Dial, when not nil, is pane 2's document already read (twiml.ParseDial,
	// or the builder's content); Derive then uses it instead of reading TwiML.
	Dial *twiml.Dial
	// URI is pane 1's SIP URI, the endpoint being tested: the outcome
	// applies to the <Sip> noun that dials it (else the first noun).
	URI string
	// Findings are the errors the page's checks found in Call and TwiML;
	// nil means Derive finds them itself (with FindingsOf).
	Findings *Findings
}

// Findings count the error findings of the page's checks, for the steps
// that depend on an erroneous value.
type Findings struct {
	Call  map[string]int // calls.Check's errors, per Field
	TwiML int            // twiml.Check's errors in the TwiML that runs
}

// Settings are the view's controls that change the flow. The auth token and
// the replay base URL only sign and replay a chosen request: see
// Request.Sign and Request.Replay.
type Settings struct {
	Outcome Outcome
	// Duration is how long an answered call lasts before the endpoint hangs
	// up; 0 means DefaultDuration.
	Duration time.Duration
}

// Defaults for Settings.
const (
	DefaultDuration = 30 * time.Second
	// DefaultReplayBase is where replays go unless the person says otherwise.
	DefaultReplayBase = "http://localhost:3000"
)

// Flow is the derived call flow.
type Flow struct {
	Steps []Step // in time order
	// Notes are sentences about the whole flow: which leg the outcome applies
	// to and the assumptions made.
	Notes []string
	// Endpoint labels the endpoint lane: the tested URI's host:port/transport.
	Endpoint string
	// Region labels the Twilio lane: the region the tested INVITE leaves from.
	Region string
}

// Step is one arrow of the ladder.
type Step struct {
	Kind  Kind
	Label string // e.g. "INVITE", "180 Ringing", "POST statusCallback"
	From  Lane
	To    Lane
	At    time.Duration // sample time since the app's POST
	// Leg is the call the step belongs to: 0 for the call the Calls API
	// places, n ≥ 1 for the call to the <Dial>'s nth <Sip> noun.
	Leg int
	// Peer is a SIP step's endpoint, "host:port/transport".
	Peer string
	// Note says in a sentence what happens and why, with any assumption.
	Note string
	// Only, when set, says the condition under which the step happens at
	// all (e.g. a FallbackUrl request happens only when Url fails).
	Only string
	// Blocked, when set, says why the step will not happen as drawn, e.g.
	// "this INVITE will not be sent: the URI has 2 errors".
	Blocked string
	Request *Request // the HTTP request; nil for SIP

	message func() *Message // writes the SIP message sketch; nil for HTTP
}

// Message returns the sketch of a SIP step's message, written when asked
// for (the diagram needs only the labels); nil for an HTTP step.
func (s *Step) Message() *Message {
	if s.message == nil {
		return nil
	}
	return s.message()
}

// Message is a sketch of a SIP message, line by line.
type Message struct {
	Lines []Line
}

// Line is one line of a SIP message sketch.
type Line struct {
	Text string
	// Source is the page that documents this line (or what it carries);
	// "" means the line is illustrative.
	Source string
	// Note says what is documented and what is illustrative in the line.
	Note string
}

// Text returns the message as it would be written, one line per Line.
func (m *Message) Text() string {
	n := 0
	for _, l := range m.Lines {
		n += len(l.Text) + 1
	}
	b := make([]byte, 0, n)
	for i, l := range m.Lines {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, l.Text...)
	}
	return string(b)
}

// Request is one HTTP request: the app's call to the Calls API, or a
// webhook Twilio sends to the person's server.
type Request struct {
	// Name is the parameter or attribute that set the URL, e.g. "Url",
	// "statusCallback", "action".
	Name   string
	Method string
	URL    string // for GET and HEAD, with the parameters in the query
	// Params are the form parameters Twilio documents for this request, in
	// the order the flow lists them.
	Params []Param
	// Samples names the parameters whose values are samples.
	Samples []string
	// Notes are what the parameters cannot show: headers the response may
	// add, assumptions about values.
	Notes []string
	// Source is the page that documents the parameters.
	Source string

	body string // the body when it is not formBody(Params): the Calls request's
}

// Body returns the request's application/x-www-form-urlencoded body: the
// parameters in order, each name and value percent-encoded; "" for GET and
// HEAD, whose parameters are in URL.
func (r *Request) Body() string {
	if r.body != "" || !hasBody(r.Method) {
		return r.body
	}
	return formBody(r.Params)
}
