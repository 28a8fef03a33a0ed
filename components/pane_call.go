package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
	"github.com/sipplay/sipplay/components/view"
)

// CallPane renders pane 3: the Calls create form, then the form body, the
// curl command, the SDK snippets and the findings, each with a copy button.
func CallPane(p *view.Page, a Actions) app.UI {
	s := &p.State
	return app.Div().Body(
		app.FieldSet().Class("sources").Body(
			app.Legend().Text("Instructions"),
			app.Div().Role("radiogroup").Aria("label", "Source of instructions").Class("radios").Body(
				app.Range(p.Sources).Slice(func(i int) app.UI {
					f := p.Sources[i]
					src := state.Source(f.Name)
					id := "call-source-" + f.Name
					return app.Label().For(id).Class("radio").Body(
						app.Input().Type("radio").Name("source").ID(id).DataSet("testid", id).
							Checked(s.Source == src).
							OnChange(func(ctx app.Context, e app.Event) { a.Source(ctx, src) }, id),
						app.Text(sourceLabel(f.Name)),
					)
				}),
			),
			app.Div().Class("grid").Body(
				Field("call-Url", p.Sources[0], func(ctx app.Context, v string) { a.Call(ctx, "Url", v) }),
				Field("call-ApplicationSid", p.Sources[2], func(ctx app.Context, v string) { a.Call(ctx, "ApplicationSid", v) }),
			),
			app.Div().Class("field").Body(
				app.Label().For("call-Twiml").Text("Twiml (pane 2's document)"),
				app.Textarea().ID("call-Twiml").DataSet("testid", "call-Twiml").ReadOnly(true).Rows(3).
					Class("twiml-ro").Text(p.Sources[1].Value),
			),
		),
		app.FieldSet().Body(
			app.Legend().Text("Parameters"),
			app.If(s.ToEdited, app.Button().Type("button").DataSet("testid", "call-To-follow").Class("follow").
				Text("Make To follow the SIP URI again").
				OnClick(func(ctx app.Context, e app.Event) { a.FollowURI(ctx) })),
			app.If(!s.ToEdited, app.P().Class("hint").Text("To follows the SIP URI until you edit it.")),
			Fields("call-", p.CallCommon, p.CallMore, "call-more", a.Call),
		),
		app.Details().Class("more account").Body(
			app.Summary().DataSet("testid", "call-account").Text("Account and auth token (optional)"),
			app.Div().Class("grid").Body(
				Field("call-AccountSid", view.Field{Spec: view.Spec{Name: "AccountSid"}, Value: s.Call.AccountSid},
					func(ctx app.Context, v string) { a.Call(ctx, "AccountSid", v) }),
				Field("call-AuthToken", view.Field{Spec: view.Spec{Name: "AuthToken", Secret: true}, Value: s.AuthToken},
					func(ctx app.Context, v string) { a.Call(ctx, "AuthToken", v) }),
			),
			app.P().Class("warn").Text("An auth token typed here is printed in the curl command. Leave it empty to use $TWILIO_AUTH_TOKEN."),
		),
		output("Form body", "form-body", app.Pre().DataSet("testid", "form-body").Class("out").Text(p.FormBody), p.FormBody),
		output("curl", "curl", app.Raw(`<pre data-testid="curl" class="out hl">`+Highlighted(p.CurlHTML, p.Curl)+`</pre>`), p.Curl),
		app.Div().Class("out-head").Body(
			app.H3().Text("Snippets"),
			&CopyButton{TestID: "copy-snippet", Label: "Copy snippet", Text: p.Snippet},
		),
		app.Div().Role("tablist").Aria("label", "Snippet language").Class("subtabs").Body(
			app.Range(p.Langs).Slice(func(i int) app.UI {
				l := p.Langs[i]
				return app.Button().Type("button").Role("tab").DataSet("testid", "snippet-tab-"+l.ID).
					Aria("selected", l.ID == p.Lang).Class("subtab").Text(l.Name).
					OnClick(func(ctx app.Context, e app.Event) { a.Lang(ctx, l.ID) }, l.ID)
			}),
		),
		app.Pre().DataSet("testid", "snippet").Role("tabpanel").Class("out").Text(p.Snippet),
		app.Div().Class("out-head").Body(
			app.H3().Text("Findings"),
			Status("call-status", p.Call),
		),
		Diagnostics("call-diagnostics", "call", p.Call.Items, a),
	)
}

func sourceLabel(name string) string {
	switch name {
	case "Twiml":
		return "Inline Twiml (pane 2)"
	case "ApplicationSid":
		return "ApplicationSid"
	}
	return "Url"
}

// output renders a titled output block with a copy button.
func output(title, id string, body app.UI, text string) app.UI {
	return app.Div().Class("output").Body(
		app.Div().Class("out-head").Body(
			app.H3().Text(title),
			&CopyButton{TestID: "copy-" + id, Label: "Copy " + title, Text: text},
		),
		body,
	)
}
