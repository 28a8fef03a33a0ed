package view

import (
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// MaxSips is the largest number of <Sip> nouns one <Dial> may hold.
const MaxSips = 10

// The functions below are the page's state transitions: each takes the
// state and one edit and returns the new state, keeping the panes that
// follow one another in step. They never modify the State they are given
// beyond its own copy.

// SetURI sets pane 1's URI; the call's To follows it unless edited.
func SetURI(s state.State, v string) state.State {
	s.URI = v
	if !s.ToEdited {
		s.Call.To = v
	}
	return s
}

// SetDial sets the <Dial> attribute name and re-renders the XML.
func SetDial(s state.State, name, v string) state.State {
	s.Dial = cloneDial(s.Dial)
	if p := dialField(&s.Dial, name); p != nil {
		*p = v
	}
	return rendered(s)
}

// SetSip sets attribute name ("uri" for the body) of noun n and re-renders
// the XML.
func SetSip(s state.State, n int, name, v string) state.State {
	if n < 0 || n >= len(s.Dial.Sips) {
		return s
	}
	s.Dial = cloneDial(s.Dial)
	if p := sipField(&s.Dial.Sips[n], name); p != nil {
		*p = v
	}
	return rendered(s)
}

// AddSip appends a noun that dials pane 1's URI, up to MaxSips.
func AddSip(s state.State) state.State {
	if len(s.Dial.Sips) >= MaxSips {
		return s
	}
	s.Dial = cloneDial(s.Dial)
	s.Dial.Sips = append(s.Dial.Sips, twiml.Sip{URI: s.URI})
	return rendered(s)
}

// RemoveSip removes noun n; the last noun stays.
func RemoveSip(s state.State, n int) state.State {
	if n < 0 || n >= len(s.Dial.Sips) || len(s.Dial.Sips) <= 1 {
		return s
	}
	s.Dial = cloneDial(s.Dial)
	s.Dial.Sips = append(s.Dial.Sips[:n], s.Dial.Sips[n+1:]...)
	return rendered(s)
}

// MoveSip swaps noun n with its neighbour n+delta (delta -1 or +1).
func MoveSip(s state.State, n, delta int) state.State {
	m := n + delta
	if n < 0 || m < 0 || n >= len(s.Dial.Sips) || m >= len(s.Dial.Sips) || n == m {
		return s
	}
	s.Dial = cloneDial(s.Dial)
	s.Dial.Sips[n], s.Dial.Sips[m] = s.Dial.Sips[m], s.Dial.Sips[n]
	return rendered(s)
}

// SetXML sets the XML editor's text. When the document maps onto a Dial,
// the builder is refilled from it; otherwise the builder keeps its values
// and the XML stays exactly as typed.
func SetXML(s state.State, v string) state.State {
	s.XML = v
	if d, err := parseDial(v); err == nil {
		s.Dial = d
	}
	return s
}

// SetMode switches pane 2 between the builder and the XML editor. Back in
// the builder, the XML is the builder's document again.
func SetMode(s state.State, m state.TwiMLMode) state.State {
	s.Mode = m
	if m == state.ModeBuilder {
		s = rendered(s)
	}
	return s
}

// SetCall sets the Calls parameter name. Editing To stops it following
// pane 1; typing into an instruction source chooses that source; a list
// parameter takes its values separated by spaces. "AuthToken" sets the
// token curl prints.
func SetCall(s state.State, name, v string) state.State {
	switch name {
	case "AuthToken":
		s.AuthToken = v
		return s
	case "To":
		s.ToEdited = true
	case "Url":
		s.Source = state.SourceURL
	case "ApplicationSid":
		s.Source = state.SourceApplication
	case "Twiml":
		// Twiml follows pane 2; it is not typed here.
		return s
	}
	if isList(name) {
		v = strings.Join(strings.Fields(v), "\n")
	}
	s.Call = calls.SetFieldText(s.Call, name, v)
	return s
}

// FollowURI makes the call's To follow pane 1's URI again.
func FollowURI(s state.State) state.State {
	s.ToEdited = false
	s.Call.To = s.URI
	return s
}

// SetSource chooses the call's source of instructions.
func SetSource(s state.State, src state.Source) state.State {
	switch src {
	case state.SourceURL, state.SourceTwiml, state.SourceApplication:
		s.Source = src
	}
	return s
}

// FixURI applies f to pane 1's URI.
func FixURI(s state.State, f *sipuri.Fix) state.State {
	if f == nil {
		return s
	}
	return SetURI(s, f.Apply(s.URI))
}

// FixXML applies f to pane 2's document, refilling the builder when the
// result maps onto a Dial.
func FixXML(s state.State, f *sipuri.Fix) state.State {
	if f == nil {
		return s
	}
	return SetXML(s, f.Apply(s.XML))
}

// FixCall applies the fix of a calls finding to the field it names. A fix
// on To while To follows pane 1 fixes pane 1; a fix on Twiml fixes pane 2.
func FixCall(s state.State, d sipuri.Diagnostic) state.State {
	if d.Fix == nil {
		return s
	}
	switch d.Field {
	case "To":
		if !s.ToEdited {
			return FixURI(s, d.Fix)
		}
	case "Twiml":
		return FixXML(s, d.Fix)
	}
	s.Call = calls.ApplyFix(s.Call, d)
	return s
}

// Effective returns the request pane 3 shows: To from pane 1 unless
// edited, and only the chosen instruction source, with Twiml taken from
// pane 2's document.
func Effective(s state.State) (r calls.Request) {
	r = s.Call
	if !s.ToEdited {
		r.To = s.URI
	}
	switch s.Source {
	case state.SourceTwiml:
		r.Url, r.ApplicationSid, r.Twiml = "", "", s.XML
	case state.SourceApplication:
		r.Url, r.Twiml = "", ""
	default:
		r.Twiml, r.ApplicationSid = "", ""
	}
	return r
}

// rendered makes the XML the builder's document.
func rendered(s state.State) state.State {
	s.Mode = state.ModeBuilder
	s.XML = twiml.Render(s.Dial)
	return s
}

// cloneDial copies d's nouns so that edits never reach an earlier State.
func cloneDial(d twiml.Dial) twiml.Dial {
	d.Sips = append([]twiml.Sip(nil), d.Sips...)
	return d
}
