package main

import (
	"github.com/sipplay/sipplay/components"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
)

// fixInEditor applies the fix of finding d of pane through the browser's
// editing commands when its text is one of the editors (pane 1's URI, pane
// 2's document, or a Calls finding on either), so that the fix is one
// step of the editor's own undo history. It reports whether it did; when
// it did not, the caller applies the fix to the state.
func (p *page) fixInEditor(pane state.Pane, d sipuri.Diagnostic) bool {
	id, text := "", ""
	switch {
	case pane == state.PaneURI, pane == state.PaneCall && d.Field == "To" && !p.st.ToEdited:
		id, text = "uri-input", p.st.URI
	case pane == state.PaneTwiML, pane == state.PaneCall && d.Field == "Twiml":
		id, text = "twiml-input", p.st.XML
	default:
		return false
	}
	return components.EditText(id, text, d.Fix.Start, d.Fix.End, d.Fix.NewText)
}
