package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/highlight"
)

// An EditorView is what an Editor shows and does.
type EditorView struct {
	ID       string      // the textarea's id and data-testid
	Label    string      // its visible label
	Ed       view.Editor // the text, its highlighted HTML and findings
	Act      view.Action // performed with the new text on each input
	OutputID string      // the data-testid of the highlighted layer, or ""
	StatusID string      // the id of the status badge that describes the editor
	Rows     int         // the height, in lines, the editor takes at least
	OneLine  bool        // Enter inserts no newline (a URI is one line)
}

// Editor renders a code editor: a transparent textarea exactly over a layer
// showing the highlighted text, so the browser keeps caret, selection, undo
// and IME.
//
// The layer is the one place where markup is inserted as a string: it is
// highlight's output, in which every byte of the text is escaped (see the
// contract of package highlight), or the text escaped by highlight.Escape.
// go-app's typed elements cannot hold it, since it is a run of spans.
func Editor(v EditorView, on Handler) app.UI {
	layer := `<div class="hl-layer chroma" aria-hidden="true"`
	if v.OutputID != "" {
		layer += ` data-testid="` + highlight.Escape(v.OutputID) + `"`
	}
	layer += `>` + Highlighted(v.Ed.HTML, v.Ed.Text) + `</div>`
	return app.Div().Class("editor").Body(
		app.Label().For(v.ID).Class("editor-label").Text(v.Label),
		// A line is 1.25rem high; the box has 0.5rem of padding above and below.
		app.Div().Class("editor-box").Style("min-height", strconv.FormatFloat(float64(v.Rows)*1.25+1, 'f', -1, 64)+"rem").Body(
			app.Raw(layer),
			&Control{Type: TextArea, Field: view.Field{ID: v.ID, Value: v.Ed.Text, Invalid: v.Ed.Level == "error"}, Act: v.Act, On: on,
				Class: "editor-input", Describedby: v.StatusID, Layered: true, OneLine: v.OneLine},
		),
	)
}

// Highlighted returns highlighted HTML, or the text escaped when the
// highlighter gave nothing for a non-empty text.
func Highlighted(hl, text string) string {
	if hl == "" && text != "" {
		return highlight.Escape(text)
	}
	return hl
}

// Status renders a status badge ("valid", "2 errors, 1 warning").
func Status(testid string, ed view.Editor) app.UI {
	return app.Span().ID(testid).DataSet("testid", testid).Class("badge badge-" + ed.Level).Text(ed.Status)
}
