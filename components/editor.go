package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// syncScroll keeps the highlighted layer under the textarea scrolled with it.
const syncScroll = "var p=this.previousElementSibling;p.scrollTop=this.scrollTop;p.scrollLeft=this.scrollLeft"

// Editor renders a code editor: a transparent textarea exactly over a layer
// showing ed's highlighted text, so the browser keeps caret, selection,
// undo and IME. The textarea (data-testid id) performs act on input; its
// value is set by Sync, never by the render, so typing is never disturbed.
// outputID, when set, is the data-testid of the highlighted layer; statusID
// names the status badge that describes the editor.
func Editor(id, act, label string, ed view.Editor, outputID, statusID string, rows int) app.UI {
	layer := `<div class="hl-layer chroma" aria-hidden="true"`
	if outputID != "" {
		layer += ` data-testid="` + outputID + `"`
	}
	layer += `>` + Highlighted(ed.HTML, ed.Text) + `</div>`
	return el("div", "class", "editor").Body(
		app.Raw(`<label for="`+id+`" class="editor-label">`+esc(label)+`</label>`),
		el("div", "class", "editor-box", "style", "min-height:"+itoa(rows*20+16)+"px").Body(
			app.Raw(layer),
			el("textarea", "id", id, "data-testid", id, "data-act", act, "class", "editor-input", "spellcheck", "false",
				"autocomplete", "off", "autocapitalize", "off", "autocorrect", "off",
				"aria-describedby", statusID, "onscroll", syncScroll),
		),
	)
}

// Highlighted returns highlighted HTML, or text escaped when the
// highlighter gave nothing for a non-empty text.
func Highlighted(hl, text string) string {
	if hl == "" && text != "" {
		return esc(text)
	}
	return hl
}

// Status renders a status badge ("valid", "2 errors, 1 warning").
func Status(testid string, ed view.Editor) app.UI {
	return app.Raw(`<span id="` + testid + `" data-testid="` + testid + `" class="badge badge-` + ed.Level + `">` + esc(ed.Status) + `</span>`)
}
