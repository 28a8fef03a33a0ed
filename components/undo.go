package components

import (
	"unicode/utf16"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// EditText replaces the bytes [start, end) of text, the value of the
// textarea or input id, with newText through the browser's editing
// commands: it focuses the element, selects the bytes and inserts the new
// text as typing would. So the edit is one step of the element's own undo
// history (Ctrl+Z brings the text back exactly), and the element fires its
// input event as for typing, which updates the page. In a code editor,
// which keeps its own undo history (app/undo.js), the edit is a step of its
// own there.
//
// It reports whether the element now holds the edited text. When it does
// not (no such element, one that cannot take focus, such as one on a
// hidden pane, or one holding other text), it has changed nothing and the
// caller applies the edit itself.
func EditText(id, text string, start, end int, newText string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if app.IsServer || start < 0 || start > end || end > len(text) {
		return false
	}
	doc := app.Window().Get("document")
	el := app.Window().GetElementByID(id)
	if !el.Truthy() || el.Get("value").String() != text {
		return false
	}
	el.Call("focus")
	if !doc.Get("activeElement").Equal(el) {
		return false
	}
	el.Call("setSelectionRange", utf16Len(text[:start]), utf16Len(text[:end]))
	boundary(el)
	if newText == "" {
		doc.Call("execCommand", "delete", false, nil)
	} else {
		doc.Call("execCommand", "insertText", false, newText)
	}
	boundary(el) // typing after the fix is a step of its own
	return el.Get("value").String() == text[:start]+newText+text[end:]
}

// boundary ends the current step of a code editor's own undo history
// (app/undo.js), so that an edit is one step: Ctrl+Z undoes it exactly.
func boundary(el app.Value) {
	if fn := app.Window().Get("sipplayEditBoundary"); fn.Truthy() {
		app.Window().Call("sipplayEditBoundary", el)
	}
}

// utf16Len is the length of s in UTF-16 code units, the unit of a DOM
// string's offsets.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
