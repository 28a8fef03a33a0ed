package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/components/view"
)

// CallPane renders pane 3: the Calls create form, then the form body, the
// curl command, the SDK snippets and the findings, each with a copy button.
// As a component of its own it is rendered again only when its fields
// change.
type CallPane struct {
	app.Compo
	ToEdited bool
	Langs    []calls.Language
	Lang     string
	FormBody string
	Curl     string
	CurlHTML string // "" until highlighted: the command shows as plain text
	Snippet  string
	Findings view.Editor
	Copied   [3]string // labels of the form body, curl and snippet copy buttons
}

// Render shows the pane.
func (c *CallPane) Render() app.UI {
	tabs := `<div role="tablist" aria-label="Snippet language" class="subtabs">`
	for _, l := range c.Langs {
		tabs += tab(l.Name, "lang:"+l.ID, "snippet-tab-"+l.ID, l.ID == c.Lang)
	}
	follow := `<p class="hint">To follows the SIP URI until you edit it.</p>`
	if c.ToEdited {
		follow = btn("Make To follow the SIP URI again", "follow", "call-To-follow", "follow", "", false)
	}
	return el("div").Body(
		app.Raw(sourcesHTML),
		el("fieldset").Body(
			app.Raw(`<legend>Parameters</legend>`),
			app.Raw(`<div class="to-note">`+follow+`</div>`),
			Fields("call-", "call:", view.CallSpecs, "call-more"),
		),
		app.Raw(accountHTML),
		output("form-body", "Form body", el("pre", "data-testid", "form-body", "class", "out").Body(app.Text(c.FormBody)), c.Copied[0]),
		output("curl", "curl", app.Raw(`<pre data-testid="curl" class="out chroma">`+Highlighted(c.CurlHTML, c.Curl)+`</pre>`), c.Copied[1]),
		el("div", "class", "out-head").Body(app.Raw(`<h3>Snippets</h3>`), copyButton("snippet", "Copy snippet", c.Copied[2])),
		app.Raw(tabs+`</div>`),
		el("pre", "data-testid", "snippet", "role", "tabpanel", "class", "out").Body(app.Text(c.Snippet)),
		el("div", "class", "out-head").Body(app.Raw(`<h3>Findings</h3>`), Status("call-status", c.Findings)),
		Diagnostics("call-diagnostics", "call", c.Findings.Items),
	)
}

// sourcesHTML is the instruction-source choice: three radios and the three
// source fields (Twiml read-only: it is pane 2's document).
var sourcesHTML = `<fieldset class="sources"><legend>Instructions</legend>` +
	`<div role="radiogroup" aria-label="Source of instructions" class="radios">` +
	radio("Url", "Url") + radio("Twiml", "Inline Twiml (pane 2)") + radio("ApplicationSid", "ApplicationSid") +
	`</div><div class="grid">` +
	field("call-Url", "call:Url", view.Spec{Name: "Url"}) +
	field("call-ApplicationSid", "call:ApplicationSid", view.Spec{Name: "ApplicationSid"}) +
	`</div><div class="field"><label for="call-Twiml">Twiml (pane 2's document)</label>` +
	`<textarea id="call-Twiml" data-testid="call-Twiml" readonly rows="3" class="twiml-ro"></textarea></div></fieldset>`

func radio(src, label string) string {
	id := "call-source-" + src
	return `<label class="radio" for="` + id + `"><input type="radio" name="source" id="` + id + `" data-testid="` + id +
		`" data-act="source:` + src + `">` + esc(label) + `</label>`
}

// accountHTML holds the optional AccountSid and auth token.
var accountHTML = `<details class="more account"><summary data-testid="call-account">Account and auth token (optional)</summary>` +
	`<div class="grid">` +
	field("call-AccountSid", "call:AccountSid", view.Spec{Name: "AccountSid"}) +
	field("call-AuthToken", "call:AuthToken", view.Spec{Name: "AuthToken", Secret: true}) +
	`</div><p class="warn">An auth token typed here is printed in the curl command. Leave it empty to use $TWILIO_AUTH_TOKEN.</p></details>`

// output renders a titled output block with a copy button.
func output(id, title string, body app.UI, copied string) app.UI {
	return el("div", "class", "output").Body(
		el("div", "class", "out-head").Body(app.Raw(`<h3>`+esc(title)+`</h3>`), copyButton(id, "Copy "+title, copied)),
		body,
	)
}
