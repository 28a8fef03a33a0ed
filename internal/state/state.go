// Package state holds the playground's page state: everything a person has
// typed or chosen, in a form the permalink codec can carry. It is pure Go and
// knows nothing of the browser.
package state

import (
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// Pane names the pane that is open (it matters on narrow screens, where
// the panes are tabs).
type Pane string

// The panes.
const (
	PaneURI   Pane = "uri"
	PaneTwiML Pane = "twiml"
	PaneCall  Pane = "call"
	PaneFlow  Pane = "flow" // "What happens when it runs"
)

// panes lists every Pane.
var panes = []Pane{PaneURI, PaneTwiML, PaneCall, PaneFlow}

// TwiMLMode says whether pane 2 shows the builder or the XML editor.
type TwiMLMode string

// The TwiML modes.
const (
	ModeBuilder TwiMLMode = "builder"
	ModeXML     TwiMLMode = "xml"
)

// modes lists every TwiMLMode.
var modes = []TwiMLMode{ModeBuilder, ModeXML}

// Source is the Calls request's source of instructions.
type Source string

// The instruction sources. Each is the name of the Calls parameter (a
// calls.Request field) that carries the instructions.
const (
	SourceURL         Source = "Url"
	SourceTwiml       Source = "Twiml"
	SourceApplication Source = "ApplicationSid"
)

// sources lists every Source.
var sources = []Source{SourceURL, SourceTwiml, SourceApplication}

// State is the whole page state.
type State struct {
	Pane Pane

	// URI is pane 1's editor text, exactly as typed.
	URI string

	// Mode selects pane 2's builder or XML editor.
	Mode TwiMLMode
	// Dial is the builder's content.
	Dial twiml.Dial
	// XML is the XML editor's text, exactly as typed. In builder mode it
	// is twiml.Render(Dial); in XML mode it may hold a document that does
	// not map onto a Dial.
	XML string

	// Call is pane 3's form. When ToEdited is false, Call.To follows URI.
	// When Source is SourceTwiml, Call.Twiml follows XML.
	Call     calls.Request
	ToEdited bool
	Source   Source
	// AuthToken is an optional Twilio auth token for the curl command. It is
	// a secret: it enters a permalink only when the person opts in.
	AuthToken string
	// Lang is the ID of the snippet language pane 3 shows (see
	// calls.Languages); "" shows the first.
	Lang string

	// SecretsLeftOut reports that the link this state was opened from was
	// made without secrets that were set (passwords, the auth token), so the
	// page can say so. Encode works it out afresh; the State's value is not
	// written back.
	SecretsLeftOut bool
}

// Default returns the state a first-time visitor sees.
func Default() State {
	s := baseV1() // v1 was made with today's default, so its base is it
	s.XML = twiml.Render(s.Dial)
	s.Call.To = s.URI
	return s
}
