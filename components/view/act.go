package view

import (
	"strings"

	"github.com/sipplay/sipplay/internal/state"
)

// Every control that edits the page state carries an action in its
// data-act attribute; the page has one listener per event type and hands
// the action and the control's value to Apply. The actions are:
//
//	uri                      pane 1's URI
//	xml                      pane 2's document
//	mode:builder, mode:xml   pane 2's tab
//	dial:NAME                a <Dial> attribute
//	sip:N:NAME               attribute NAME ("uri" for the body) of noun N
//	sip-add, sip-remove:N, sip-up:N, sip-down:N
//	call:NAME                a Calls parameter (or AuthToken)
//	source:SOURCE            the instruction source (Url, Twiml, ApplicationSid)
//	follow                   To follows the URI again
//	pane:PANE                the open pane (uri, twiml, call)

// Apply returns s after the action act with the control's value v, and
// whether act is a state action at all.
func Apply(s state.State, act, v string) (state.State, bool) {
	kind, rest, _ := strings.Cut(act, ":")
	switch kind {
	case "uri":
		return SetURI(s, v), true
	case "xml":
		s = SetXML(s, v)
		s.Mode = state.ModeXML
		return s, true
	case "mode":
		switch m := state.TwiMLMode(rest); m {
		case state.ModeBuilder, state.ModeXML:
			return SetMode(s, m), true
		}
	case "dial":
		return SetDial(s, rest, v), true
	case "sip":
		n, name, ok := strings.Cut(rest, ":")
		if i, ok2 := atoi(n); ok && ok2 {
			return SetSip(s, i, name, v), true
		}
	case "sip-add":
		return AddSip(s), true
	case "sip-remove", "sip-up", "sip-down":
		i, ok := atoi(rest)
		if !ok {
			return s, false
		}
		switch kind {
		case "sip-remove":
			return RemoveSip(s, i), true
		case "sip-up":
			return MoveSip(s, i, -1), true
		}
		return MoveSip(s, i, 1), true
	case "call":
		return SetCall(s, rest, v), true
	case "source":
		return SetSource(s, state.Source(rest)), true
	case "follow":
		return FollowURI(s), true
	case "pane":
		switch p := state.Pane(rest); p {
		case state.PaneURI, state.PaneTwiML, state.PaneCall:
			s.Pane = p
			return s, true
		}
	}
	return s, false
}

// atoi reads a small non-negative decimal number.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// A Binding is the live state of one form control, which the page sets
// after each render (values are never part of the rendered markup, so a
// render never disturbs typing).
type Binding struct {
	ID      string // the control's id (equal to its data-testid)
	Value   string // text, or "true"/"false" for a checkbox or radio
	Check   bool   // Value is a checkedness
	Invalid bool   // aria-invalid
}

// Bindings lists every control's live state for p.
func (p *Page) Bindings() []Binding {
	s := &p.State
	out := make([]Binding, 0, 96)
	add := func(fs []Field) {
		for _, f := range fs {
			out = append(out, Binding{ID: f.ID, Value: f.Value, Invalid: f.Invalid})
		}
	}
	out = append(out, Binding{ID: "uri-input", Value: s.URI}, Binding{ID: "twiml-input", Value: s.XML})
	add(p.DialCommon)
	add(p.DialMore)
	for i := range p.Sips {
		out = append(out, Binding{ID: sipURIIDs[i%MaxSips], Value: p.Sips[i].URI.Text})
		add(p.Sips[i].Common)
		add(p.Sips[i].More)
	}
	add(p.CallCommon)
	add(p.CallMore)
	add(p.Sources)
	for _, src := range []state.Source{state.SourceURL, state.SourceTwiml, state.SourceApplication} {
		out = append(out, Binding{ID: "call-source-" + string(src), Value: boolean(s.Source == src), Check: true})
	}
	out = append(out,
		Binding{ID: "call-AccountSid", Value: s.Call.AccountSid},
		Binding{ID: "call-AuthToken", Value: s.AuthToken})
	return out
}

func boolean(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// sipURIIDs are the ids of the nouns' URI editors.
var sipURIIDs = [MaxSips]string{"sip-0-uri", "sip-1-uri", "sip-2-uri", "sip-3-uri", "sip-4-uri",
	"sip-5-uri", "sip-6-uri", "sip-7-uri", "sip-8-uri", "sip-9-uri"}
