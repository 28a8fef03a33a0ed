package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// A disclosure is the state of a <details> section whose content exists
// only while it is open: closed, the page holds its summary alone, so a
// page of many closed sections starts with a small document. The section
// opens by itself while its content holds something to see (a value, an
// error), unless the person closed it.
type disclosure struct {
	opened bool // the person opened it
	closed bool // the person closed it
	shown  bool // it was open in the last render
}

// open reports whether the section shows its content, given whether that
// content holds something to see.
func (d *disclosure) open(hasContent bool) bool {
	return d.opened || (!d.closed && hasContent)
}

// details returns el with summary, then body() while the section is open.
// Opening or closing it (a click on the summary, Enter or Space on it) is
// remembered, and the component holding d renders again.
func (d *disclosure) details(el app.HTMLDetails, summary app.UI, hasContent bool, body func() []app.UI) app.UI {
	d.shown = d.open(hasContent)
	el = el.OnToggle(d.toggled)
	if !d.shown {
		return el.Body(summary)
	}
	// Left out rather than false: go-app's pre-rendered HTML would write
	// open="false", which a browser reads as open.
	return el.Open(true).Body(append([]app.UI{summary}, body()...)...)
}

// toggled follows the section's toggle event. The event also comes after a
// render set or removed the open attribute; then nothing changed.
func (d *disclosure) toggled(ctx app.Context, e app.Event) {
	now := ctx.JSSrc().Get("open").Bool()
	if now == d.shown {
		ctx.PreventUpdate()
		return
	}
	d.opened, d.closed = now, !now
}

// anyFilled reports whether one of fs holds a value or an error message.
func anyFilled(fs []view.Field) bool {
	for _, f := range fs {
		if f.Value != "" || f.Message != "" {
			return true
		}
	}
	return false
}
