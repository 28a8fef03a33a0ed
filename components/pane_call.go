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
	radios := make([]app.UI, len(p.Sources))
	for i, f := range p.Sources {
		src := state.Source(f.Name)
		id := "call-source-" + f.Name
		radios[i] = el("label", "for", id, "class", "radio").Body(
			void("input", "type", "radio", "name", "source", "id", id, "data-testid", id, "checked", boolean(s.Source == src)).
				On("change", func(ctx app.Context, e app.Event) { a.Source(ctx, src) }, id),
			app.Text(sourceLabel(f.Name)),
		)
	}
	tabs := make([]app.UI, len(p.Langs))
	for i, l := range p.Langs {
		id := l.ID
		tabs[i] = button(l.Name, func(ctx app.Context) { a.Lang(ctx, id) }, id,
			"role", "tab", "data-testid", "snippet-tab-"+id, "aria-selected", boolean(id == p.Lang), "class", "subtab")
	}
	return el("div").Body(
		el("fieldset", "class", "sources").Body(
			text("legend", "", "Instructions"),
			el("div", "role", "radiogroup", "aria-label", "Source of instructions", "class", "radios").Body(radios...),
			el("div", "class", "grid").Body(
				Field("call-Url", p.Sources[0], func(ctx app.Context, v string) { a.Call(ctx, "Url", v) }),
				Field("call-ApplicationSid", p.Sources[2], func(ctx app.Context, v string) { a.Call(ctx, "ApplicationSid", v) }),
			),
			el("div", "class", "field").Body(
				el("label", "for", "call-Twiml").Body(app.Text("Twiml (pane 2's document)")),
				el("textarea", "id", "call-Twiml", "data-testid", "call-Twiml", "readonly", "true", "rows", "3",
					"class", "twiml-ro", "value", p.Sources[1].Value),
			),
		),
		el("fieldset").Body(
			text("legend", "", "Parameters"),
			el("div", "class", "to-note").Body(
				when(s.ToEdited, func() app.UI {
					return button("Make To follow the SIP URI again", a.FollowURI, "", "data-testid", "call-To-follow", "class", "follow")
				}),
				when(!s.ToEdited, func() app.UI { return text("p", "hint", "To follows the SIP URI until you edit it.") }),
			),
			Fields("call-", p.CallCommon, p.CallMore, "call-more", a.Call),
		),
		el("details", "class", "more account").Body(
			el("summary", "data-testid", "call-account").Body(app.Text("Account and auth token (optional)")),
			el("div", "class", "grid").Body(
				Field("call-AccountSid", view.Field{Spec: view.Spec{Name: "AccountSid"}, Value: s.Call.AccountSid},
					func(ctx app.Context, v string) { a.Call(ctx, "AccountSid", v) }),
				Field("call-AuthToken", view.Field{Spec: view.Spec{Name: "AuthToken", Secret: true}, Value: s.AuthToken},
					func(ctx app.Context, v string) { a.Call(ctx, "AuthToken", v) }),
			),
			text("p", "warn", "An auth token typed here is printed in the curl command. Leave it empty to use $TWILIO_AUTH_TOKEN."),
		),
		output("Form body", "form-body", el("pre", "data-testid", "form-body", "class", "out").Body(app.Text(p.FormBody)), p.FormBody),
		output("curl", "curl", app.Raw(`<pre data-testid="curl" class="out chroma">`+Highlighted(p.CurlHTML, p.Curl)+`</pre>`), p.Curl),
		el("div", "class", "out-head").Body(
			text("h3", "", "Snippets"),
			&CopyButton{TestID: "copy-snippet", Label: "Copy snippet", Text: p.Snippet},
		),
		el("div", "role", "tablist", "aria-label", "Snippet language", "class", "subtabs").Body(tabs...),
		el("pre", "data-testid", "snippet", "role", "tabpanel", "class", "out").Body(app.Text(p.Snippet)),
		el("div", "class", "out-head").Body(
			text("h3", "", "Findings"),
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
	return el("div", "class", "output").Body(
		el("div", "class", "out-head").Body(
			el("h3").Body(app.Text(title)),
			&CopyButton{TestID: "copy-" + id, Label: "Copy " + title, Text: text},
		),
		body,
	)
}
