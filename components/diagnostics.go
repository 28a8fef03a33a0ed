package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Status renders a status badge ("valid", "2 errors, 1 warning").
func Status(testid string, ed view.Editor) app.UI {
	return app.Span().ID(testid).DataSet("testid", testid).Class("badge", "badge-"+ed.Level).Text(ed.Status)
}

// Diagnostics renders a list of findings. Each child carries data-code and
// data-severity; a finding with a fix gets a button that applies it.
func Diagnostics(testid, pane string, items []view.Item, a Actions) app.UI {
	return app.Div().Class("diags").Body(
		app.If(len(items) == 0, app.P().Class("diags-none").Text("No findings.")),
		app.Ul().DataSet("testid", testid).Class("diags-list").Body(
			app.Range(items).Slice(func(i int) app.UI {
				it := items[i]
				return app.Li().
					DataSet("code", it.Code).
					DataSet("severity", it.Severity).
					Class("diag", "sev-"+it.Severity).
					Body(
						app.Span().Class("sev").Text(it.Severity),
						app.Code().Class("code").Text(it.Code),
						app.If(it.Where != "", app.Span().Class("where").Text(it.Where)),
						app.Span().Class("msg").Text(it.Message),
						app.If(it.FixTitle != "", app.Button().
							Type("button").
							DataSet("testid", "fix").
							DataSet("code", it.Code).
							Class("fix").
							Text(it.FixTitle).
							OnClick(func(ctx app.Context, e app.Event) { a.Fix(ctx, pane, i) }, pane, i)),
					)
			}),
		),
	)
}

// Explain renders the URI explanation table.
func Explain(rows []view.Row) app.UI {
	return app.Table().DataSet("testid", "uri-explain").Class("explain").Body(
		app.Caption().Text("What each part means"),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text("Part"),
			app.Th().Scope("col").Text("Value"),
			app.Th().Scope("col").Text("Meaning"),
		)),
		app.TBody().Body(
			app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(r.Part),
					app.Td().Body(app.Code().Text(r.Value)),
					app.Td().Text(r.Meaning),
				)
			}),
		),
	)
}
