// Package components holds the playground's go-app components. Each renders
// a view model computed by package view with go-app's typed elements; the
// controls call a Handler (the page, in package main) from their own event
// handlers, so no component holds page state.
package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// Handler is what the page does when a person uses a control. Every method
// runs on go-app's UI goroutine.
type Handler interface {
	// Act applies a state edit with the control's value ("" for a button).
	Act(ctx app.Context, a view.Action, value string)
	// Fix applies the fix of finding i of pane's findings list.
	Fix(ctx app.Context, pane state.Pane, i int)
	// Copy copies an output to the clipboard.
	Copy(ctx app.Context, out Output)
	// Lang shows the snippet of the language id.
	Lang(ctx app.Context, id string)
	// Example fills the panes from the gallery example id.
	Example(ctx app.Context, id string)
	// Share writes the link to the current state and copies it.
	Share(ctx app.Context)
	// Secrets says whether links carry secrets.
	Secrets(ctx app.Context, on bool)
	// Theme switches between the light and the dark theme.
	Theme(ctx app.Context)
	// Reload loads the newer version of the app.
	Reload(ctx app.Context)
	// DismissUpdate hides the update notice.
	DismissUpdate(ctx app.Context)
	// DismissShareError hides the damaged-link notice.
	DismissShareError(ctx app.Context)
	// Undo brings back what the last page-level replacement (an example)
	// replaced.
	Undo(ctx app.Context)
	// DismissUndo hides the Undo notice.
	DismissUndo(ctx app.Context)
	// DismissSecretsNote hides the note that a link came without secrets.
	DismissSecretsNote(ctx app.Context)
	// Import fills the panes from a pasted curl or twilio CLI command or
	// form body, undoably.
	Import(ctx app.Context, text string)
}

// An Output is a block of text that has a copy button; its value names the
// button (data-testid "copy-" and the value).
type Output string

// The outputs with copy buttons.
const (
	OutTwiML    Output = "twiml"
	OutFormBody Output = "form-body"
	OutCurl     Output = "curl"
	OutSnippet  Output = "snippet"
)

// when returns ui() when b holds, else an empty text node, so that the
// siblings after it keep their positions and go-app never rebuilds them
// (a rebuilt textarea would lose focus while someone types).
func when(b bool, ui func() app.UI) app.UI {
	if b {
		return ui()
	}
	return app.Text("")
}
