package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
	"github.com/sipplay/sipplay/components/view"
)

// TwiMLPane renders pane 2: the <Dial> builder with its <Sip> nouns (or,
// on the "Edit XML" tab, a larger XML editor), then the document itself,
// highlighted and editable, with its findings and a copy button.
func TwiMLPane(p *view.Page, a Actions) app.UI {
	xml := p.State.Mode == state.ModeXML
	return app.Div().Body(
		app.Div().Role("tablist").Aria("label", "TwiML editing mode").Class("subtabs").Body(
			modeTab("Builder", "twiml-mode-builder", !xml, state.ModeBuilder, a),
			modeTab("Edit XML", "twiml-mode-xml", xml, state.ModeXML, a),
		),
		app.If(!xml, builder(p, a)),
		app.If(xml && p.ParseNote != "", app.P().DataSet("testid", "twiml-parse-note").Class("note").Text(p.ParseNote)),
		app.Div().Class("out-head").Body(
			app.H3().Text("Document"),
			Status("twiml-status", p.XML),
			&CopyButton{TestID: "copy-twiml", Label: "Copy TwiML", Text: p.XML.Text},
		),
		Editor("twiml-input", "TwiML (edit to change the builder)", p.XML, "twiml-output", "twiml-status", rowsFor(p.XML.Text, xml), a.XML),
		app.H3().Text("Findings"),
		Diagnostics("twiml-diagnostics", "twiml", p.XML.Items, a),
	)
}

func rowsFor(text string, big bool) int {
	n := 1
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			n++
		}
	}
	if big && n < 16 {
		n = 16
	}
	return n
}

func modeTab(label, testid string, selected bool, m state.TwiMLMode, a Actions) app.UI {
	return app.Button().Type("button").Role("tab").DataSet("testid", testid).
		Aria("selected", selected).Class("subtab").Text(label).
		OnClick(func(ctx app.Context, e app.Event) { a.Mode(ctx, m) }, string(m))
}

func builder(p *view.Page, a Actions) app.UI {
	n := len(p.Sips)
	return app.Div().Class("builder").Body(
		app.FieldSet().Body(
			app.Legend().Text("<Dial> attributes"),
			Fields("dial-", p.DialCommon, p.DialMore, "dial-more", a.Dial),
		),
		app.Range(p.Sips).Slice(func(i int) app.UI { return sipNoun(i, n, &p.Sips[i], a) }),
		app.Button().Type("button").DataSet("testid", "sip-add").Class("add").
			Disabled(n >= view.MaxSips).Text("Add <Sip>").
			OnClick(func(ctx app.Context, e app.Event) { a.AddSip(ctx) }),
	)
}

func sipNoun(i, n int, s *view.SipNoun, a Actions) app.UI {
	pre := "sip-" + itoa(i) + "-"
	num := itoa(i + 1)
	return app.FieldSet().Class("sip").Body(
		app.Legend().Text("<Sip> "+num),
		app.Div().Class("sip-tools").Body(
			app.Button().Type("button").DataSet("testid", pre+"up").Aria("label", "Move <Sip> "+num+" up").
				Disabled(i == 0).Text("↑").
				OnClick(func(ctx app.Context, e app.Event) { a.MoveSip(ctx, i, -1) }, i),
			app.Button().Type("button").DataSet("testid", pre+"down").Aria("label", "Move <Sip> "+num+" down").
				Disabled(i == n-1).Text("↓").
				OnClick(func(ctx app.Context, e app.Event) { a.MoveSip(ctx, i, 1) }, i),
			app.Button().Type("button").DataSet("testid", pre+"remove").Aria("label", "Remove <Sip> "+num).
				Disabled(n <= 1).Text("Remove").
				OnClick(func(ctx app.Context, e app.Event) { a.RemoveSip(ctx, i) }, i),
		),
		Editor(pre+"uri", "SIP URI of <Sip> "+num, s.URI, "", pre+"status", 1,
			func(ctx app.Context, v string) { a.Sip(ctx, i, "uri", v) }),
		app.Div().Class("status-row").Body(Status(pre+"status", s.URI)),
		Fields(pre, s.Common, s.More, pre+"more", func(ctx app.Context, name, v string) { a.Sip(ctx, i, name, v) }),
	)
}
