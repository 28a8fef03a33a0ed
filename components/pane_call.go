package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// CallPane renders pane 3 after the instruction source: the Calls create
// form, the account fields and the findings (before the long outputs), then
// the form body, the curl command and the SDK snippets, each with a copy
// button. As a component of its own it is rendered again only when its
// fields change.
type CallPane struct {
	app.Compo
	ToEdited     bool
	Common, More []view.Field
	Account      []view.Field // AccountSid, AuthToken
	Langs        []calls.Language
	Lang         string
	FormBody     string
	Curl         string
	CurlHTML     string // "" until highlighted: the command shows as plain text
	Snippet      string
	Findings     view.Editor
	Copied       map[Output]string // labels of the copy buttons after a copy
	On           Handler

	account disclosure
}

// Render shows the pane.
func (c *CallPane) Render() app.UI {
	tabs := make([]app.UI, len(c.Langs))
	ids := make([]string, len(c.Langs))
	for i, l := range c.Langs {
		ids[i] = "snippet-tab-" + l.ID
	}
	for i, l := range c.Langs {
		b := app.Button().Type("button").Class("subtab").DataSet("testid", ids[i]).Aria("controls", "snippet").Text(l.Name).
			OnClick(func(ctx app.Context, e app.Event) { c.On.Lang(ctx, l.ID) }, l.ID)
		tabs[i] = ariaTab(b, ids[i], ids, l.ID == c.Lang, func(ctx app.Context, next string) {
			c.On.Lang(ctx, strings.TrimPrefix(next, "snippet-tab-"))
		})
	}
	var follow app.UI = app.P().DataSet("testid", "to-linked").Class("hint linked").Text("Linked to pane 1: To follows the SIP URI until you edit it.")
	if c.ToEdited {
		follow = actButton(app.Button().DataSet("testid", "call-To-follow").Class("follow").Text("Make To follow the SIP URI again"),
			view.Action{Kind: view.ActFollow}, c.On)
	}
	param := view.Action{Kind: view.ActCall}
	return app.Div().Body(
		app.FieldSet().Body(
			app.Legend().Text("Parameters"),
			app.Div().Class("to-note").Body(follow),
			&Fields{Common: c.Common, More: c.More, Act: param, On: c.On, MoreID: "call-more"},
		),
		c.account.details(app.Details().Class("more account"),
			app.Summary().DataSet("testid", "call-account").Text("Account and auth token (optional)"), anyFilled(c.Account),
			func() []app.UI {
				return []app.UI{
					app.Div().Class("grid").Body(fieldList(c.Account, param, c.On)...),
					app.P().Class("warn").Text("An auth token typed here is printed in the curl command. Leave it empty to use $TWILIO_AUTH_TOKEN."),
				}
			}),
		app.Div().Class("out-head").Body(app.H3().Text("Findings"), Status("call-status", c.Findings)),
		Diagnostics("call-diagnostics", state.PaneCall, c.Findings.Items, "", c.On),
		output(OutFormBody, "Form body", app.Pre().DataSet("testid", "form-body").Class("out").Text(c.FormBody), c.Copied[OutFormBody], c.On),
		output(OutCurl, "curl", app.Raw(`<pre data-testid="curl" class="out chroma">`+Highlighted(c.CurlHTML, c.Curl)+`</pre>`), c.Copied[OutCurl], c.On),
		app.Div().Class("out-head").Body(app.H3().Text("Snippets"), copyButton(OutSnippet, "Copy snippet", c.Copied[OutSnippet], c.On)),
		app.Div().Role("tablist").Aria("label", "Snippet language").Class("subtabs").Body(tabs...),
		app.Pre().ID("snippet").DataSet("testid", "snippet").Role("tabpanel").Aria("labelledby", "snippet-tab-"+c.Lang).Class("out").Text(c.Snippet),
	)
}

// CallSources renders the choice of instructions: three radios, then the
// Url and ApplicationSid fields and pane 2's document, read-only, as Twiml.
type CallSources struct {
	app.Compo
	Source state.Source
	Fields []view.Field // Url, Twiml, ApplicationSid
	On     Handler
}

// Render shows the choice.
func (c *CallSources) Render() app.UI {
	labels := map[state.Source]string{
		state.SourceURL:         "Url",
		state.SourceTwiml:       "Inline Twiml (pane 2)",
		state.SourceApplication: "ApplicationSid",
	}
	radios := make([]app.UI, 0, 3)
	var grid []app.UI
	var twiml app.UI = app.Text("")
	for _, f := range c.Fields {
		src := state.Source(f.Name)
		id := "call-source-" + f.Name
		in := app.Input().Type("radio").Name("source").ID(id).DataSet("testid", id).
			OnChange(func(ctx app.Context, e app.Event) { c.On.Act(ctx, view.Action{Kind: view.ActSource, Source: src}, "") }, f.Name)
		if src == c.Source {
			// Left out rather than false: go-app's pre-rendered HTML would
			// write checked="false", which a browser reads as checked.
			in = in.Checked(true)
		}
		radios = append(radios, app.Label().Class("radio").For(id).Body(in, app.Text(labels[src])))
		if src == state.SourceTwiml {
			twiml = app.Div().Class("field").Body(
				app.Label().For(f.ID).Text("Twiml (pane 2's document)"),
				&Control{Type: TextArea, Field: f, Class: "twiml-ro"},
			)
			continue
		}
		grid = append(grid, field(f, view.Action{Kind: view.ActCall, Name: f.Name}, c.On))
	}
	return app.FieldSet().Class("sources").Body(
		app.Legend().Text("Instructions"),
		app.Div().Role("radiogroup").Aria("label", "Source of instructions").Class("radios").Body(radios...),
		app.Div().Class("grid").Body(grid...),
		twiml,
	)
}

// output renders a titled output block with a copy button.
func output(out Output, title string, body app.UI, copied string, on Handler) app.UI {
	return app.Div().Class("output").Body(
		app.Div().Class("out-head").Body(app.H3().Text(title), copyButton(out, "Copy "+title, copied, on)),
		body,
	)
}
