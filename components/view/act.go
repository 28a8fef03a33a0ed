package view

import (
	"strconv"

	"github.com/sipplay/sipplay/internal/state"
)

// An Action is one edit of the page state that a control performs; the
// control's value, when it has one, comes with it to Apply. It is a plain
// comparable value: components keep it in their fields, and go-app compares
// it to decide whether an element needs a new event handler.
type Action struct {
	Kind   ActionKind
	Sip    int             // the <Sip> noun, for ActSip, ActSipRemove, ActSipUp and ActSipDown
	Name   string          // the <Dial> or <Sip> attribute ("uri" for a noun's body) or the Calls parameter
	Mode   state.TwiMLMode // for ActMode
	Source state.Source    // for ActSource
	Pane   state.Pane      // for ActPane
}

// ActionKind says which edit an Action is.
type ActionKind int

// The edits of the page state.
const (
	ActURI       ActionKind = iota + 1 // pane 1's URI
	ActXML                             // pane 2's document (typing it is the XML mode)
	ActMode                            // pane 2's tab: Mode
	ActDial                            // the <Dial> attribute Name
	ActSip                             // attribute Name of noun Sip
	ActSipAdd                          // a new noun
	ActSipRemove                       // remove noun Sip
	ActSipUp                           // swap noun Sip with the one before it
	ActSipDown                         // swap noun Sip with the one after it
	ActCall                            // the Calls parameter Name (or "AuthToken")
	ActSource                          // the call's instruction source: Source
	ActFollow                          // To follows pane 1's URI again
	ActPane                            // the open pane: Pane
	ActRelink                          // <Sip> 1 follows pane 1's URI again
)

// Apply returns s after the action a with the control's value v, and
// whether a applies to s at all: a noun that does not exist, an unknown
// mode, source or pane, or a zero Action leave s as it is and report false.
func Apply(s state.State, a Action, v string) (state.State, bool) {
	noun := a.Sip >= 0 && a.Sip < len(s.Dial.Sips)
	switch a.Kind {
	case ActURI:
		return SetURI(s, v), true
	case ActXML:
		s = SetXML(s, v)
		s.Mode = state.ModeXML
		return s, true
	case ActMode:
		switch a.Mode {
		case state.ModeBuilder, state.ModeXML:
			return SetMode(s, a.Mode), true
		}
	case ActDial:
		return SetDial(s, a.Name, v), true
	case ActSip:
		if noun {
			return SetSip(s, a.Sip, a.Name, v), true
		}
	case ActSipAdd:
		return AddSip(s), true
	case ActSipRemove:
		if noun {
			return RemoveSip(s, a.Sip), true
		}
	case ActSipUp:
		if noun {
			return MoveSip(s, a.Sip, -1), true
		}
	case ActSipDown:
		if noun {
			return MoveSip(s, a.Sip, 1), true
		}
	case ActCall:
		return SetCall(s, a.Name, v), true
	case ActSource:
		switch a.Source {
		case state.SourceURL, state.SourceTwiml, state.SourceApplication:
			return SetSource(s, a.Source), true
		}
	case ActFollow:
		return FollowURI(s), true
	case ActRelink:
		if len(s.Dial.Sips) > 0 {
			return RelinkSip(s), true
		}
	case ActPane:
		switch a.Pane {
		case state.PaneURI, state.PaneTwiML, state.PaneCall, state.PaneFlow:
			s.Pane = a.Pane
			return s, true
		}
	}
	return s, false
}

// Replaced says what of the person's text the action a, which took the
// state from before to after, threw away: a sentence for the page's Undo
// notice, or "" when a kept every text they typed. A click that makes To
// or <Sip> 1 follow pane 1's URI again replaces what was typed there, and
// removing a noun drops its URI and attributes; the page makes those
// undoable like an example (Back, or the Undo control).
func Replaced(before, after state.State, a Action) string {
	switch a.Kind {
	case ActFollow:
		if before.ToEdited && before.Call.To != after.Call.To {
			return "To follows the SIP URI of pane 1 again."
		}
	case ActRelink:
		if len(before.Dial.Sips) > 0 && len(after.Dial.Sips) > 0 && before.Dial.Sips[0].URI != after.Dial.Sips[0].URI {
			return "<Sip> 1 dials the SIP URI of pane 1 again."
		}
	case ActSipRemove:
		if len(after.Dial.Sips) < len(before.Dial.Sips) {
			return "<Sip> " + strconv.Itoa(a.Sip+1) + " removed."
		}
	}
	return ""
}
