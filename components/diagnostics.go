package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// Diagnostics renders pane's findings (data-testid testid). Each child
// carries data-code and data-severity; a finding with a fix gets a button
// (data-testid "fix") that applies it.
func Diagnostics(testid string, pane state.Pane, items []view.Item, on Handler) app.UI {
	lis := make([]app.UI, len(items))
	for i, it := range items {
		fix := app.Text("")
		if it.FixTitle != "" {
			fix = app.Button().Type("button").DataSet("testid", "fix").DataSet("code", it.Code).Class("fix").
				Text(it.FixTitle).
				OnClick(func(ctx app.Context, e app.Event) { on.Fix(ctx, pane, i) }, string(pane), i)
		}
		lis[i] = app.Li().DataSet("code", it.Code).DataSet("severity", it.Severity).Class("finding sev-"+it.Severity).Body(
			app.Span().Class("sev").Text(it.Severity),
			app.Code().Class("code").Text(it.Code),
			app.Span().Class("where").Text(it.Where),
			app.Span().Class("msg").Text(it.Message),
			fix,
		)
	}
	return app.Div().Class("diags").Body(
		when(len(items) == 0, func() app.UI { return app.P().Class("diags-none").Text("No findings.") }),
		app.Ul().DataSet("testid", testid).Class("diags-list").Body(lis...),
	)
}

// Explain renders the URI explanation table (data-testid uri-explain).
func Explain(rows []view.Row) app.UI {
	trs := make([]app.UI, len(rows)+1)
	trs[0] = app.Tr().Body(app.Th().Text("Part"), app.Th().Text("Value"), app.Th().Text("Meaning"))
	for i, r := range rows {
		trs[i+1] = app.Tr().Body(app.Th().Text(r.Part), app.Td().Body(app.Code().Text(r.Value)), app.Td().Text(r.Meaning))
	}
	return app.Table().DataSet("testid", "uri-explain").Class("explain").Body(
		app.Caption().Text("What each part means"),
		app.TBody().Body(trs...),
	)
}
