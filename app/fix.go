package main

import (
	"github.com/sipplay/sipplay/components"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
)

// fixInEditor applies the fix of finding d of pane through the browser's
// editing commands in the text control that shows the fixed text
// (view.FixTarget), so that the fix is one step of that control's own undo
// history. It reports whether it did; when it did not, the caller applies
// the fix to the state.
func (p *page) fixInEditor(pane state.Pane, d sipuri.Diagnostic) bool {
	id, text, ok := view.FixTarget(p.st, pane, d)
	return ok && components.EditText(id, text, d.Fix.Start, d.Fix.End, d.Fix.NewText)
}
