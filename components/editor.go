package components

import (
	"html"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// syncScroll keeps the highlighted layer under the textarea scrolled with it.
const syncScroll = "var p=this.previousElementSibling;p.scrollTop=this.scrollTop;p.scrollLeft=this.scrollLeft"

// Editor renders a code editor: a transparent textarea exactly over a layer
// showing ed's highlighted text, so the browser keeps caret, selection,
// undo and IME. The textarea's value is set by SyncEditor, never by the
// render, so typing is never disturbed. outputID, when set, is the
// data-testid of the highlighted layer; statusID names the status badge
// that describes the editor.
func Editor(id, label string, ed view.Editor, outputID, statusID string, rows int, onInput func(ctx app.Context, v string)) app.UI {
	layer := `<div class="hl-layer chroma" aria-hidden="true"`
	if outputID != "" {
		layer += ` data-testid="` + outputID + `"`
	}
	layer += `>` + Highlighted(ed.HTML, ed.Text) + `</div>`
	return el("div", "class", "editor").Body(
		el("label", "for", id, "class", "editor-label").Body(app.Text(label)),
		el("div", "class", "editor-box", "style", "min-height:"+itoa(rows*20+16)+"px").Body(
			app.Raw(layer),
			el("textarea", "id", id, "data-testid", id, "class", "editor-input", "spellcheck", "false",
				"autocomplete", "off", "autocapitalize", "off", "autocorrect", "off",
				"aria-describedby", statusID, "onscroll", syncScroll).
				On("input", func(ctx app.Context, e app.Event) { onInput(ctx, value(ctx)) }, id),
		),
	)
}

// Highlighted returns highlighted HTML, or text escaped when the
// highlighter gave nothing for a non-empty text.
func Highlighted(hl, text string) string {
	if hl == "" && text != "" {
		return html.EscapeString(text)
	}
	return hl
}

// SyncEditor sets the textarea id's value to v when it differs, which moves
// the caret only when the text changed from elsewhere (a fix, an example, a
// link, the builder).
func SyncEditor(id, v string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if el.Get("value").String() != v {
		el.Set("value", v)
	}
}

// itoa formats a small non-negative int without strconv's tables.
func itoa(n int) string {
	if n <= 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
