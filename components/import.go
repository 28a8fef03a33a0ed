package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/sipuri"
)

// ImportBox lets a person paste a curl command, a twilio CLI command or a
// form body and import it into the panes (calls.Import reads it). The pasted
// text stays in the box; the findings list spans into it (data-start and
// data-end are byte offsets into the pasted text). The import itself is a
// page-level replacement, so Back or Undo brings back what was there.
type ImportBox struct {
	app.Compo
	Findings []sipuri.Diagnostic // of the last import
	Note     string              // what the last import did
	On       Handler

	text string
	box  disclosure
}

// Render shows the box.
func (b *ImportBox) Render() app.UI {
	items := make([]app.UI, len(b.Findings))
	for i, d := range b.Findings {
		items[i] = app.Li().Class("diag-"+d.Severity.String()).
			DataSet("testid", "import-finding").DataSet("code", d.Code).
			DataSet("start", strconv.Itoa(d.Start)).DataSet("end", strconv.Itoa(d.End)).
			Body(
				app.Span().Class("sev").Text(d.Severity.String()),
				app.Text(" "+d.Message+" "),
				app.Code().Text(d.Code),
			)
	}
	return b.box.details(app.Details().Class("more import"),
		app.Summary().DataSet("testid", "import").Text("Import a curl or twilio CLI command"),
		b.text != "" || b.Note != "" || len(items) > 0,
		func() []app.UI {
			return []app.UI{
				app.Label().For("import-input").Text("Paste a curl command, a twilio api:core:calls:create command or a form body"),
				app.Textarea().ID("import-input").DataSet("testid", "import-input").Class("import-input").
					Rows(4).Spellcheck(false).Text(b.text).
					OnInput(func(ctx app.Context, e app.Event) { b.text = ctx.JSSrc().Get("value").String() }),
				app.Button().Type("button").DataSet("testid", "import-apply").Text("Import into the panes").
					OnClick(func(ctx app.Context, e app.Event) { b.On.Import(ctx, b.text) }),
				when(b.Note != "", func() app.UI {
					return app.P().Role("status").DataSet("testid", "import-note").Text(b.Note)
				}),
				when(len(items) > 0, func() app.UI {
					return app.Ul().DataSet("testid", "import-findings").Class("diags").Body(items...)
				}),
			}
		})
}
