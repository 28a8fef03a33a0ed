package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
	"github.com/sipplay/sipplay/components/view"
)

// Chrome is what the page shows around the panes.
type Chrome struct {
	Examples   []state.Example
	ExampleID  string // the preset last chosen
	ShareLink  string // shown after the share button was pressed
	ShareNote  string // "Copied.", "Copy failed: …"
	ShareError string // why the opened link could not be restored
	Secrets    bool   // links carry secrets
	Update     bool   // a newer version is ready
	Dark       bool   // the theme in effect
}

// Page renders the whole playground: header, notices, tabs, the three
// panes and the aria-live summary. Notices come and go without moving the
// panes, so an editor never loses focus.
func Page(c *Chrome, p *view.Page, a Actions) app.UI {
	return el("div", "class", "app").Body(
		header(c, a),
		el("div", "class", "notices").Body(
			when(c.Update, func() app.UI {
				return el("div", "role", "status", "data-testid", "update-prompt", "class", "notice").Body(
					app.Text("A new version of sipplay is available. "),
					button("Reload", a.Reload, "", "data-testid", "update-reload"),
					button("Later", func(ctx app.Context) { a.Dismiss(ctx, "update") }, "update", "class", "quiet"),
				)
			}),
			when(c.ShareError != "", func() app.UI {
				return el("div", "role", "alert", "class", "notice notice-error").Body(
					el("span", "data-testid", "share-error").Body(app.Text(c.ShareError)),
					button("Dismiss", func(ctx app.Context) { a.Dismiss(ctx, "share-error") }, "share-error", "class", "quiet"),
				)
			}),
			when(c.ShareLink != "", func() app.UI {
				return el("div", "class", "notice share").Body(
					app.Text("Link to this state: "),
					el("a", "data-testid", "share-link", "href", c.ShareLink).Body(app.Text(c.ShareLink)),
					text("span", "share-note", c.ShareNote),
				)
			}),
		),
		el("nav", "role", "tablist", "aria-label", "Panes", "class", "tabs").Body(
			paneTab("SIP URI", state.PaneURI, p.State.Pane, a),
			paneTab("TwiML", state.PaneTwiML, p.State.Pane, a),
			paneTab("Call request", state.PaneCall, p.State.Pane, a),
		),
		el("main", "class", "panes").Body(
			pane(state.PaneURI, "1. SIP URI", p.State.Pane, URIPane(p, a)),
			pane(state.PaneTwiML, "2. TwiML", p.State.Pane, TwiMLPane(p, a)),
			pane(state.PaneCall, "3. Call request", p.State.Pane, CallPane(p, a)),
		),
		el("div", "class", "sr-only", "aria-live", "polite", "data-testid", "announce").Body(app.Text(p.Announce)),
	)
}

func header(c *Chrome, a Actions) app.UI {
	opts := make([]app.UI, len(c.Examples)+1)
	opts[0] = el("option", "value", "", "selected", boolean(c.ExampleID == "")).Body(app.Text("Choose an example…"))
	for i, ex := range c.Examples {
		opts[i+1] = el("option", "value", ex.ID, "selected", boolean(ex.ID == c.ExampleID)).Body(app.Text(ex.Title))
	}
	themeTitle := "Switch to the dark theme"
	if c.Dark {
		themeTitle = "Switch to the light theme"
	}
	return el("header", "class", "top").Body(
		el("div", "class", "brand").Body(
			void("img", "src", "/web/icon.svg", "alt", "", "width", "28", "height", "28"),
			text("h1", "", "sipplay"),
			text("span", "tagline", "Twilio SIP dialing playground"),
		),
		el("div", "class", "tools").Body(
			el("label", "for", "example-select", "class", "inline").Body(app.Text("Example")),
			el("select", "id", "example-select", "data-testid", "example-select").
				On("change", func(ctx app.Context, e app.Event) { a.Example(ctx, value(ctx)) }).
				Body(opts...),
			button("Share", a.Share, "", "data-testid", "share", "class", "primary"),
			el("label", "class", "inline secrets", "title", "Links normally leave out passwords and the auth token.").Body(
				void("input", "type", "checkbox", "id", "share-secrets", "data-testid", "share-secrets", "checked", boolean(c.Secrets)).
					On("change", func(ctx app.Context, e app.Event) { a.Secrets(ctx, ctx.JSSrc().Get("checked").Bool()) }),
				app.Text(" Include secrets in links"),
			),
			button("◐", a.Theme, "", "data-testid", "theme-toggle", "aria-pressed", boolean(c.Dark),
				"aria-label", "Dark theme", "title", themeTitle, "class", "theme"),
		),
		when(c.Secrets, func() app.UI {
			return el("p", "role", "alert", "data-testid", "share-secrets-warning", "class", "warn").Body(app.Text(
				"Warning: links now include passwords and the auth token. Anyone who sees the link, or your browser history, can read them."))
		}),
	)
}

func paneTab(label string, p, open state.Pane, a Actions) app.UI {
	return button(label, func(ctx app.Context) { a.Pane(ctx, p) }, string(p),
		"role", "tab", "id", "tab-"+string(p), "data-testid", "tab-"+string(p),
		"aria-selected", boolean(p == open), "aria-controls", "pane-"+string(p), "class", "tab")
}

func pane(p state.Pane, title string, open state.Pane, body app.UI) app.UI {
	cls := "pane"
	if p == open || (open == "" && p == state.PaneURI) {
		cls += " open"
	}
	return el("section", "id", "pane-"+string(p), "class", cls, "aria-labelledby", "h-"+string(p)).Body(
		el("h2", "id", "h-"+string(p)).Body(app.Text(title)),
		body,
	)
}
