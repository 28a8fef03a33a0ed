package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Diagnostics renders a list of findings (data-testid testid). Each child
// carries data-code and data-severity; a finding with a fix gets a button
// (data-testid "fix") whose action "fix:PANE:I" applies item I.
func Diagnostics(testid, pane string, items []view.Item) app.UI {
	lis := make([]app.UI, len(items))
	for i, it := range items {
		fix := app.Text("")
		if it.FixTitle != "" {
			fix = el("button", "type", "button", "data-testid", "fix", "data-act", "fix:"+pane+":"+itoa(i),
				"data-code", it.Code, "class", "fix").Body(app.Text(it.FixTitle))
		}
		lis[i] = el("li", "data-code", it.Code, "data-severity", it.Severity, "class", "finding sev-"+it.Severity).Body(
			txt("span", "sev", it.Severity),
			txt("code", "code", it.Code),
			txt("span", "where", it.Where),
			txt("span", "msg", it.Message),
			fix,
		)
	}
	return el("div", "class", "diags").Body(
		when(len(items) == 0, func() app.UI { return app.Raw(`<p class="diags-none">No findings.</p>`) }),
		el("ul", "data-testid", testid, "class", "diags-list").Body(lis...),
	)
}

// Explain renders the URI explanation table (data-testid uri-explain).
func Explain(rows []view.Row) app.UI {
	trs := make([]app.UI, len(rows)+1)
	trs[0] = el("tr").Body(txt("th", "", "Part"), txt("th", "", "Value"), txt("th", "", "Meaning"))
	for i, r := range rows {
		trs[i+1] = el("tr").Body(txt("th", "", r.Part), el("td").Body(txt("code", "", r.Value)), txt("td", "", r.Meaning))
	}
	return el("table", "data-testid", "uri-explain", "class", "explain").Body(
		txt("caption", "", "What each part means"),
		el("tbody").Body(trs...),
	)
}
