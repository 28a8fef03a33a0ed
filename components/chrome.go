package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// Chrome is what the page shows around the panes.
type Chrome struct {
	Examples   []state.Example
	ShareLink  string            // shown after the share button was pressed
	ShareNote  string            // "Copied.", "Copy failed: …"
	ShareError string            // why the opened link could not be restored
	Secrets    bool              // links carry secrets
	Update     bool              // a newer version is ready
	Dark       bool              // the theme in effect
	Copied     map[string]string // copy button id → "Copied" or "Copy failed"
}

// Page renders the whole playground: header, notices, tabs, the three
// panes and the aria-live summary. Every control names its action in
// data-act; on receives every input, change and click event of the page.
// Notices come and go without moving the panes, so an editor never loses
// focus.
func Page(c *Chrome, p *view.Page, on app.EventHandler) app.UI {
	open := p.State.Pane
	if open == "" {
		open = state.PaneURI
	}
	return el("div", "class", "app").On("input", on).On("change", on).On("click", on).Body(
		header(c),
		el("div", "class", "notices").Body(
			when(c.Update, func() app.UI {
				return app.Raw(`<div role="status" data-testid="update-prompt" class="notice">A new version of sipplay is available. ` +
					btn("Reload", "reload", "update-reload", "", "", false) +
					btn("Later", "dismiss:update", "", "quiet", "", false) + `</div>`)
			}),
			when(c.ShareError != "", func() app.UI {
				return el("div", "role", "alert", "class", "notice notice-error").Body(
					el("span", "data-testid", "share-error").Body(app.Text(c.ShareError)),
					app.Raw(btn("Dismiss", "dismiss:share-error", "", "quiet", "", false)),
				)
			}),
			when(c.ShareLink != "", func() app.UI {
				return el("div", "class", "notice share").Body(
					app.Text("Link to this state: "),
					el("a", "data-testid", "share-link", "href", c.ShareLink).Body(app.Text(c.ShareLink)),
					txt("span", "share-note", c.ShareNote),
				)
			}),
		),
		app.Raw(`<nav role="tablist" aria-label="Panes" class="tabs">`+
			paneTab("SIP URI", state.PaneURI, open)+paneTab("TwiML", state.PaneTwiML, open)+paneTab("Call request", state.PaneCall, open)+
			`</nav>`),
		el("main", "class", "panes").Body(
			pane(state.PaneURI, "1. SIP URI", open, &URIPane{URI: p.URI, Explain: p.Explain}),
			pane(state.PaneTwiML, "2. TwiML", open, &TwiMLPane{
				XMLMode: p.State.Mode == state.ModeXML, Doc: p.XML, ParseNote: p.ParseNote, Nouns: nounEditors(p), Copied: c.Copied["twiml"],
			}),
			pane(state.PaneCall, "3. Call request", open, &CallPane{
				ToEdited: p.State.ToEdited, Langs: p.Langs, Lang: p.Lang, FormBody: p.FormBody, Curl: p.Curl, CurlHTML: p.CurlHTML,
				Snippet: p.Snippet, Findings: p.Call, Copied: [3]string{c.Copied["form-body"], c.Copied["curl"], c.Copied["snippet"]},
			}),
		),
		el("div", "class", "sr-only", "aria-live", "polite", "data-testid", "announce").Body(app.Text(p.Announce)),
	)
}

func header(c *Chrome) app.UI {
	opts := `<option value="">Choose an example…</option>`
	for _, ex := range c.Examples {
		opts += `<option value="` + esc(ex.ID) + `">` + esc(ex.Title) + `</option>`
	}
	theme := "Switch to the dark theme"
	if c.Dark {
		theme = "Switch to the light theme"
	}
	warn := `<p class="warn" hidden></p>`
	if c.Secrets {
		warn = `<p role="alert" data-testid="share-secrets-warning" class="warn">Warning: links now include passwords and the auth token. ` +
			`Anyone who sees the link, or your browser history, can read them.</p>`
	}
	return el("header", "class", "top").Body(
		el("div", "class", "brand").Body(
			app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
			app.Raw(`<h1>sipplay</h1>`),
			app.Raw(`<span class="tagline">Twilio SIP dialing playground</span>`),
		),
		el("div", "class", "tools").Body(
			app.Raw(`<label for="example-select" class="inline">Example</label>`),
			app.Raw(`<select id="example-select" data-testid="example-select" data-act="example">`+opts+`</select>`),
			app.Raw(btn("Share", "share", "share", "primary", "", false)),
			app.Raw(`<label class="inline secrets" title="Links normally leave out passwords and the auth token.">`+
				`<input type="checkbox" id="share-secrets" data-testid="share-secrets" data-act="secrets"> Include secrets in links</label>`),
			app.Raw(`<button type="button" data-act="theme" data-testid="theme-toggle" class="theme" aria-label="Dark theme" aria-pressed="`+
				boolean(c.Dark)+`" title="`+theme+`">◐</button>`),
		),
		app.Raw(warn),
	)
}

func paneTab(label string, p, open state.Pane) string {
	return `<button type="button" role="tab" class="tab" id="tab-` + string(p) + `" data-testid="tab-` + string(p) +
		`" data-act="pane:` + string(p) + `" aria-controls="pane-` + string(p) + `" aria-selected="` + boolean(p == open) + `">` +
		esc(label) + `</button>`
}

func pane(p state.Pane, title string, open state.Pane, body app.UI) app.UI {
	cls := "pane"
	if p == open {
		cls += " open"
	}
	return el("section", "id", "pane-"+string(p), "class", cls, "aria-labelledby", "h-"+string(p)).Body(
		app.Raw(`<h2 id="h-`+string(p)+`">`+esc(title)+`</h2>`),
		body,
	)
}

// nounEditors returns the URI editors of the page's <Sip> nouns.
func nounEditors(p *view.Page) []view.Editor {
	out := make([]view.Editor, len(p.Sips))
	for i := range p.Sips {
		out[i] = p.Sips[i].URI
	}
	return out
}
