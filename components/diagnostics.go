package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Status renders a status badge ("valid", "2 errors, 1 warning").
func Status(testid string, ed view.Editor) app.UI {
	return el("span", "id", testid, "data-testid", testid, "class", "badge badge-"+ed.Level).Body(app.Text(ed.Status))
}

// Diagnostics renders a list of findings. Each child carries data-code and
// data-severity; a finding with a fix gets a button that applies it.
func Diagnostics(testid, pane string, items []view.Item, a Actions) app.UI {
	none := when(len(items) == 0, func() app.UI { return text("p", "diags-none", "No findings.") })
	lis := make([]app.UI, len(items))
	for i, it := range items {
		var where, fix app.UI
		if it.Where != "" {
			where = text("span", "where", it.Where)
		}
		if it.FixTitle != "" {
			i := i
			fix = button(it.FixTitle, func(ctx app.Context) { a.Fix(ctx, pane, i) }, pane+itoa(i),
				"data-testid", "fix", "data-code", it.Code, "class", "fix")
		}
		lis[i] = el("li", "data-code", it.Code, "data-severity", it.Severity, "class", "finding sev-"+it.Severity).Body(
			text("span", "sev", it.Severity),
			text("code", "code", it.Code),
			where,
			text("span", "msg", it.Message),
			fix,
		)
	}
	return el("div", "class", "diags").Body(
		none,
		el("ul", "data-testid", testid, "class", "diags-list").Body(lis...),
	)
}

// Explain renders the URI explanation table.
func Explain(rows []view.Row) app.UI {
	trs := make([]app.UI, len(rows))
	for i, r := range rows {
		trs[i] = el("tr").Body(
			el("th", "scope", "row").Body(app.Text(r.Part)),
			el("td").Body(text("code", "", r.Value)),
			el("td").Body(app.Text(r.Meaning)),
		)
	}
	return el("table", "data-testid", "uri-explain", "class", "explain").Body(
		el("caption").Body(app.Text("What each part means")),
		el("thead").Body(el("tr").Body(
			el("th", "scope", "col").Body(app.Text("Part")),
			el("th", "scope", "col").Body(app.Text("Value")),
			el("th", "scope", "col").Body(app.Text("Meaning")),
		)),
		el("tbody").Body(trs...),
	)
}
