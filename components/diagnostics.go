package components

import (
	"strconv"
	"unicode/utf16"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
)

// Diagnostics renders pane's findings (data-testid testid). Each child
// carries data-code, data-severity and data-start/data-end, the finding's
// byte offsets into its editor's text; clicking it selects that span in the
// editor (editorID, or for pane 3 the field the finding names) and focuses
// it. A finding with a fix gets a button (data-testid "fix") that applies
// it, and when the fix is the person's choice rather than a correction, a
// note of what it would change (data-testid "fix-choice"), which also
// describes the button; one whose code is documented gets its help entry
// (data-testid "finding-help").
func Diagnostics(testid string, pane state.Pane, items []view.Item, editorID string, on Handler) app.UI {
	lis := make([]app.UI, len(items))
	for i, it := range items {
		fix, choice := app.UI(app.Text("")), app.UI(app.Text(""))
		if it.FixTitle != "" {
			button := app.Button().Type("button").DataSet("testid", "fix").DataSet("code", it.Code).Class("fix").
				Text(it.FixTitle).
				OnClick(func(ctx app.Context, e app.Event) { on.Fix(ctx, pane, i) }, string(pane), i)
			if it.FixChoice != "" {
				id := testid + "-choice-" + strconv.Itoa(i)
				button = button.Aria("describedby", id)
				choice = app.Span().ID(id).DataSet("testid", "fix-choice").Class("fix-choice").
					Text("Your choice: " + it.FixChoice + ".")
			}
			fix = button
		}
		target := editorID
		if target == "" {
			target = "call-" + it.Diag.Field
		}
		start, end := it.Diag.Start, it.Diag.End
		lis[i] = app.Li().DataSet("code", it.Code).DataSet("severity", it.Severity).
			DataSet("start", start).DataSet("end", end).Class("finding sev-"+it.Severity).
			OnClick(func(ctx app.Context, e app.Event) {
				if e.Get("target").Call("closest", "button.fix, .help").Truthy() {
					return
				}
				ctx.PreventUpdate() // nothing of the page changes
				selectSpan(target, start, end)
			}, target, start, end).
			Body(
				app.Span().Class("sev").Text(it.Severity),
				app.Code().Class("code").Text(it.Code),
				app.Button().Type("button").Class("where").Title("Select it in the text").Text(it.Where),
				app.Span().Class("msg").Text(it.Message),
				fix,
				choice,
				help(it.Help),
			)
	}
	return app.Div().Class("diags").Body(
		when(len(items) == 0, func() app.UI { return app.P().Class("diags-none").Text("No findings.") }),
		app.Ul().DataSet("testid", testid).Class("diags-list").Body(lis...),
	)
}

// help renders a finding code's help entry: what it means, why Twilio
// cares and a plain link to where the rule comes from; nothing for an
// undocumented code.
func help(d *sipuri.CodeDoc) app.UI {
	if d == nil {
		return app.Text("")
	}
	body := []app.UI{
		app.Summary().Text("What is " + d.Code + "?"),
		app.P().Text(d.Summary),
		app.P().Text(d.Why),
	}
	if d.Source != "" {
		body = append(body, app.P().Body(app.Text("Source: "), app.A().Href(d.Source).Rel("noreferrer").Text(d.Source)))
	}
	return app.Details().DataSet("testid", "finding-help").Class("help").Body(body...)
}

// selectSpan focuses the text control id and selects the bytes start to
// end of its text (a select, which has no text selection, is only focused).
// The browser counts UTF-16 code units, so the byte offsets are converted.
func selectSpan(id string, start, end int) {
	e := app.Window().GetElementByID(id)
	if !e.Truthy() {
		return
	}
	e.Call("focus")
	if e.Get("setSelectionRange").Type() != app.TypeFunction || e.Get("tagName").String() == "SELECT" {
		return
	}
	text := e.Get("value").String()
	e.Call("setSelectionRange", utf16Offset(text, start), utf16Offset(text, end))
}

// utf16Offset converts byte offset off of s into UTF-16 code units, as
// JavaScript counts string offsets; an offset past the end is the end.
func utf16Offset(s string, off int) int {
	off = min(max(off, 0), len(s))
	n := 0
	for _, r := range s[:off] {
		n += utf16.RuneLen(r)
	}
	return n
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
