package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
	"github.com/sipplay/sipplay/components/view"
)

// TwiMLPane renders pane 2: the <Dial> builder with its <Sip> nouns (hidden
// on the "Edit XML" tab, which gives the editor more room), then the
// document itself, highlighted and editable, with its findings and a copy
// button. The XML editor is always there: typing into it is editing XML.
func TwiMLPane(p *view.Page, a Actions) app.UI {
	xml := p.State.Mode == state.ModeXML
	return el("div").Body(
		el("div", "role", "tablist", "aria-label", "TwiML editing mode", "class", "subtabs").Body(
			modeTab("Builder", "twiml-mode-builder", !xml, state.ModeBuilder, a),
			modeTab("Edit XML", "twiml-mode-xml", xml, state.ModeXML, a),
		),
		builder(p, a, xml),
		el("p", "data-testid", "twiml-parse-note", "class", "note", "hidden", boolean(p.ParseNote == "")).Body(app.Text(p.ParseNote)),
		el("div", "class", "out-head").Body(
			text("h3", "", "Document"),
			Status("twiml-status", p.XML),
			&CopyButton{TestID: "copy-twiml", Label: "Copy TwiML", Text: p.XML.Text},
		),
		Editor("twiml-input", "TwiML (editing it refills the builder)", p.XML, "twiml-output", "twiml-status", rowsFor(p.XML.Text, xml), a.XML),
		text("h3", "", "Findings"),
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
	return button(label, func(ctx app.Context) { a.Mode(ctx, m) }, string(m),
		"role", "tab", "data-testid", testid, "aria-selected", boolean(selected), "class", "subtab")
}

func builder(p *view.Page, a Actions, hidden bool) app.UI {
	n := len(p.Sips)
	nouns := make([]app.UI, n)
	for i := range p.Sips {
		nouns[i] = sipNoun(i, n, &p.Sips[i], a)
	}
	return el("div", "class", "builder", "hidden", boolean(hidden)).Body(
		el("fieldset").Body(
			text("legend", "", "<Dial> attributes"),
			Fields("dial-", p.DialCommon, p.DialMore, "dial-more", a.Dial),
		),
		el("div", "class", "nouns").Body(nouns...),
		el("button", "type", "button", "data-testid", "sip-add", "class", "add", "disabled", boolean(n >= view.MaxSips)).
			On("click", func(ctx app.Context, e app.Event) { a.AddSip(ctx) }).
			Body(app.Text("Add <Sip>")),
	)
}

func sipNoun(i, n int, s *view.SipNoun, a Actions) app.UI {
	pre := "sip-" + itoa(i) + "-"
	num := itoa(i + 1)
	tool := func(label, id, aria string, disabled bool, fn func(ctx app.Context)) app.UI {
		return el("button", "type", "button", "data-testid", pre+id, "aria-label", aria+" <Sip> "+num, "disabled", boolean(disabled)).
			On("click", func(ctx app.Context, e app.Event) { fn(ctx) }, pre+id).
			Body(app.Text(label))
	}
	return el("fieldset", "class", "sip").Body(
		text("legend", "", "<Sip> "+num),
		el("div", "class", "sip-tools").Body(
			tool("↑", "up", "Move up", i == 0, func(ctx app.Context) { a.MoveSip(ctx, i, -1) }),
			tool("↓", "down", "Move down", i == n-1, func(ctx app.Context) { a.MoveSip(ctx, i, 1) }),
			tool("Remove", "remove", "Remove", n <= 1, func(ctx app.Context) { a.RemoveSip(ctx, i) }),
		),
		Editor(pre+"uri", "SIP URI of <Sip> "+num, s.URI, "", pre+"status", 1,
			func(ctx app.Context, v string) { a.Sip(ctx, i, "uri", v) }),
		el("div", "class", "status-row").Body(Status(pre+"status", s.URI)),
		Fields(pre, s.Common, s.More, pre+"more", func(ctx app.Context, name, v string) { a.Sip(ctx, i, name, v) }),
	)
}
