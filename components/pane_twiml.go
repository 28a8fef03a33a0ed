package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// TwiMLPane renders pane 2: the <Dial> builder with its <Sip> nouns, then
// the document itself, highlighted and editable, with its findings and a
// copy button. The tabs say which side leads: on "Builder" the document is
// the builder's; on "Edit XML" (chosen by the tab or by typing into the
// document) it is exactly what was typed, with a larger editor, and the
// builder is refilled whenever the document maps onto a <Dial>. Nothing is
// ever hidden, so typing never moves the editor. As a component of its own
// it is rendered again only when its fields change.
type TwiMLPane struct {
	app.Compo
	XMLMode   bool
	Doc       view.Editor
	ParseNote string
	Nouns     []view.Editor // each <Sip>'s URI editor
	Copied    string        // the copy button's label after a copy
}

// Render shows the pane.
func (c *TwiMLPane) Render() app.UI {
	n := len(c.Nouns)
	nouns := make([]app.UI, n)
	for i := range c.Nouns {
		nouns[i] = sipNoun(i, n, c.Nouns[i])
	}
	return el("div").Body(
		app.Raw(`<div role="tablist" aria-label="TwiML editing mode" class="subtabs">`+
			tab("Builder", "mode:builder", "twiml-mode-builder", !c.XMLMode)+tab("Edit XML", "mode:xml", "twiml-mode-xml", c.XMLMode)+`</div>`),
		el("div", "class", "builder").Body(
			el("fieldset").Body(
				app.Raw(`<legend>&lt;Dial&gt; attributes</legend>`),
				Fields("dial-", "dial:", view.DialSpecs, "dial-more"),
			),
			el("div", "class", "nouns").Body(nouns...),
			app.Raw(btn("Add <Sip>", "sip-add", "sip-add", "add", "", n >= view.MaxSips)),
		),
		el("p", "data-testid", "twiml-parse-note", "class", "note", "hidden", boolean(c.ParseNote == "")).Body(app.Text(c.ParseNote)),
		el("div", "class", "out-head").Body(
			app.Raw(`<h3>Document</h3>`),
			Status("twiml-status", c.Doc),
			copyButton("twiml", "Copy TwiML", c.Copied),
		),
		Editor("twiml-input", "xml", "TwiML (editing it refills the builder)", c.Doc, "twiml-output", "twiml-status", rowsFor(c.Doc.Text, c.XMLMode)),
		app.Raw(`<h3>Findings</h3>`),
		Diagnostics("twiml-diagnostics", "twiml", c.Doc.Items),
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

// tab returns the markup of a tab button.
func tab(label, act, testid string, selected bool) string {
	return `<button type="button" role="tab" class="subtab" data-act="` + act + `" data-testid="` + testid +
		`" aria-selected="` + boolean(selected) + `">` + esc(label) + `</button>`
}

func sipNoun(i, n int, uri view.Editor) app.UI {
	pre := "sip-" + itoa(i) + "-"
	num := itoa(i + 1)
	return el("fieldset", "class", "sip").Body(
		app.Raw(`<legend>&lt;Sip&gt; `+num+`</legend>`),
		app.Raw(`<div class="sip-tools">`+
			btn("↑", "sip-up:"+itoa(i), pre+"up", "", "Move <Sip> "+num+" up", i == 0)+
			btn("↓", "sip-down:"+itoa(i), pre+"down", "", "Move <Sip> "+num+" down", i == n-1)+
			btn("Remove", "sip-remove:"+itoa(i), pre+"remove", "", "Remove <Sip> "+num, n <= 1)+`</div>`),
		Editor(pre+"uri", "sip:"+itoa(i)+":uri", "SIP URI of <Sip> "+num, uri, "", pre+"status", 1),
		el("div", "class", "status-row").Body(Status(pre+"status", uri)),
		Fields(pre, "sip:"+itoa(i)+":", view.SipSpecs, pre+"more"),
	)
}

// copyButton returns a copy button (data-testid copy-ID, action copy:ID);
// its label says "Copied" only after the browser confirmed the write.
func copyButton(id, aria, copied string) app.UI {
	label := copied
	if label == "" {
		label = "Copy"
	} else {
		aria += ": " + label
	}
	return app.Raw(btn(label, "copy:"+id, "copy-"+id, "copy", aria, false))
}
