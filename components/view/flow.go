package view

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/sipplay/sipplay/callflow"
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
)

// FlowOptions are the "What happens" view's own controls. They are not part
// of the page state: nothing here enters a link.
type FlowOptions struct {
	Outcome    string // a callflow.Outcome; "" or unknown means answered
	Duration   string // how many seconds an answered call lasts, as typed; "" means 30
	ReplayBase string // as typed; "" means callflow.DefaultReplayBase
	Selected   int    // index of the chosen step; out of range means the first webhook
}

// Flow is what the "What happens" view shows: a ladder diagram, the same
// steps as a list, the chosen step in full, the INVITE and every webhook.
type Flow struct {
	Outcome       callflow.Outcome
	Duration      string // the duration as typed
	DurationError string // why the typed duration is not used; "" when it is
	ReplayBase    string // as typed
	ReplayError   string // why the replay base cannot be used; "" when it can
	Signed        bool   // the webhooks are signed: pane 3 has an auth token

	Width, Height int // the diagram's viewBox
	Lanes         []FlowLane
	Arrows        []FlowArrow
	Notes         []string

	Selected *FlowArrow      // the chosen step
	Message  []callflow.Line // the chosen SIP step's message, line by line
	Request  *FlowRequest    // the chosen HTTP step's request

	Invite   []callflow.Line // the INVITE to the tested endpoint
	Webhooks []FlowRequest   // every request Twilio sends to the person's server
}

// A FlowLane is a vertical line of the ladder.
type FlowLane struct {
	X           int
	Title, Sub  string // e.g. "SIP endpoint", "example.com:5060/udp"
	Description string // the lane spelled out for the list
}

// A FlowArrow is one step drawn between two lanes.
type FlowArrow struct {
	Index      int
	Kind       string // "sip" or "http"
	Label      string // e.g. "INVITE", "POST statusCallback"
	Caption    string // what the diagram writes: the label, and the noun when several are dialled
	Time       string // e.g. "4.45 s"
	X1, X2, Y  int
	Leg        int
	Note       string
	Only       string // the condition the step depends on, e.g. only if Url fails
	Blocked    string // why the step will not happen as drawn
	Text       string // the step in one sentence, for the list and screen readers
	IsSelected bool
}

// A FlowRequest is an HTTP request in full.
type FlowRequest struct {
	Index     int // the step's index
	Title     string
	Method    string
	URL       string
	Body      string // the form body; "" for GET and HEAD
	Params    []FlowParam
	Signature string // "" when unsigned
	ReplayURL string
	Curl      string // the replay command; "" when the replay base is unusable
	Notes     []string
	Source    string // the page documenting the parameters
	Only      string
	Blocked   string
}

// A FlowParam is one form parameter; Sample marks a sample value.
type FlowParam struct {
	Name, Value string
	Sample      bool
}

// The diagram's geometry, in viewBox units: four lanes over 380 units, so
// the SVG scales down to a 375 px phone; a row per step.
const (
	flowWidth  = 380
	flowTop    = 58 // the first arrow's y: below the lane titles
	flowRow    = 30
	flowBottom = 16
)

// laneX is the x of each callflow.Lane.
var laneX = [...]int{callflow.App: 62, callflow.Twilio: 152, callflow.Endpoint: 252, callflow.Server: 344}

// FlowOf derives the "What happens" view of the page p with the view's
// options o. It runs only while the view is shown.
func FlowOf(p *Page, o FlowOptions) Flow {
	s := p.State
	v := Flow{Outcome: callflow.Answered, Duration: o.Duration, ReplayBase: o.ReplayBase, Signed: s.AuthToken != ""}
	for _, out := range callflow.Outcomes {
		if string(out) == o.Outcome {
			v.Outcome = out
		}
	}
	set := callflow.Settings{Outcome: v.Outcome}
	if d := strings.TrimSpace(o.Duration); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil || n < 1 || n > 14400 {
			v.DurationError = "The duration is a whole number of seconds from 1 to 14400; this shows 30."
		} else {
			set.Duration = time.Duration(n) * time.Second
		}
	}
	v.ReplayError = callflow.ReplayBaseError(o.ReplayBase)

	in := callflow.Input{Call: p.Request, TwiML: s.XML, URI: s.URI, Findings: &callflow.Findings{Call: map[string]int{}}}
	for _, d := range calls.Check(p.Request) {
		if d.Severity == sipuri.Error {
			in.Findings.Call[d.Field]++
		}
	}
	for _, d := range p.XML.diags {
		if d.Severity == sipuri.Error {
			in.Findings.TwiML++
		}
	}
	f := callflow.Derive(in, set)
	v.Notes = f.Notes
	v.lanes(f)

	nouns := 0 // the <Sip> nouns dialled
	for i := range f.Steps {
		nouns = max(nouns, f.Steps[i].Leg)
	}
	chosen := o.Selected
	for i := range f.Steps {
		st := &f.Steps[i]
		a := FlowArrow{Index: i, Kind: string(st.Kind), Label: st.Label, Time: seconds(st.At),
			X1: laneX[st.From], X2: laneX[st.To], Y: flowTop + i*flowRow, Leg: st.Leg,
			Note: st.Note, Only: st.Only, Blocked: st.Blocked}
		a.Caption = st.Label
		if nouns > 1 && st.Leg > 0 {
			a.Caption += " · noun " + strconv.Itoa(st.Leg)
		}
		a.Text = a.Time + ": " + v.Lanes[st.From].Description + " → " + v.Lanes[st.To].Description + ": " + a.Caption
		if st.Request != nil && st.Label != "POST Calls.json" {
			r := flowRequest(i, st, s.AuthToken, o.ReplayBase)
			v.Webhooks = append(v.Webhooks, r)
			if chosen < 0 || chosen >= len(f.Steps) {
				chosen = i
			}
		}
		if st.Label == "INVITE" && v.Invite == nil && (st.Peer == f.Endpoint || f.Endpoint == "") {
			v.Invite = st.Message().Lines
		}
		v.Arrows = append(v.Arrows, a)
	}
	v.Height = flowTop + len(f.Steps)*flowRow + flowBottom - flowRow/2
	v.Width = flowWidth
	if chosen >= 0 && chosen < len(v.Arrows) {
		v.Arrows[chosen].IsSelected = true
		v.Selected = &v.Arrows[chosen]
		st := &f.Steps[chosen]
		if st.Kind == callflow.SIP {
			v.Message = st.Message().Lines
		} else {
			for i := range v.Webhooks {
				if v.Webhooks[i].Index == chosen {
					v.Request = &v.Webhooks[i]
				}
			}
			if v.Request == nil { // the app's own POST
				r := flowRequest(chosen, st, "", "")
				r.Curl, r.ReplayURL = "", ""
				v.Request = &r
			}
		}
	}
	return v
}

// lanes names the four lanes from the flow.
func (v *Flow) lanes(f callflow.Flow) {
	region := f.Region
	if region == "" {
		region = "us1"
	}
	endpoint := f.Endpoint
	if endpoint == "" {
		endpoint = "no SIP endpoint dialled"
	}
	server := "webhooks"
	for _, st := range f.Steps {
		if st.Request != nil && st.Label != "POST Calls.json" {
			if u, err := url.Parse(st.Request.URL); err == nil && u.Host != "" {
				server = u.Host
				break
			}
		}
	}
	v.Lanes = []FlowLane{
		callflow.App:      {laneX[callflow.App], "Your app", "Calls API", "your app"},
		callflow.Twilio:   {laneX[callflow.Twilio], "Twilio", "API · " + region, "Twilio (" + region + ")"},
		callflow.Endpoint: {laneX[callflow.Endpoint], "SIP endpoint", endpoint, "the SIP endpoint " + endpoint},
		callflow.Server:   {laneX[callflow.Server], "Your server", server, "your server " + server},
	}
}

// flowRequest writes out the request of step st: signed with token and
// replayed to base.
func flowRequest(i int, st *callflow.Step, token, base string) FlowRequest {
	r := st.Request
	out := FlowRequest{Index: i, Title: st.Label, Method: r.Method, URL: r.URL, Body: r.Body(),
		Signature: r.Sign(token), Notes: r.Notes, Source: r.Source, Only: st.Only, Blocked: st.Blocked}
	out.ReplayURL, out.Curl = r.Replay(base, token)
	for _, p := range r.Params {
		sample := false
		for _, n := range r.Samples {
			sample = sample || n == p.Name
		}
		out.Params = append(out.Params, FlowParam{p.Name, p.Value, sample})
	}
	return out
}

// seconds writes a time since the call was placed, e.g. "4.45 s".
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " s"
}
