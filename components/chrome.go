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
	ShareNote  string // "Copied", "Copy failed"
	ShareError string // why the opened link could not be restored
	Secrets    bool   // links carry secrets
	Update     bool   // a newer version is ready
	Dark       bool   // the theme in effect
}

// Page renders the whole playground: header, notices, tabs, the three
// panes and the aria-live summary.
func Page(c *Chrome, p *view.Page, a Actions) app.UI {
	return app.Div().Class("app").Body(
		header(c, a),
		app.If(c.Update, app.Div().Role("status").DataSet("testid", "update-prompt").Class("notice").Body(
			app.Span().Text("A new version of sipplay is available. "),
			app.Button().Type("button").DataSet("testid", "update-reload").Text("Reload").
				OnClick(func(ctx app.Context, e app.Event) { a.Reload(ctx) }),
			app.Button().Type("button").Class("quiet").Text("Later").
				OnClick(func(ctx app.Context, e app.Event) { a.Dismiss(ctx, "update") }),
		)),
		app.If(c.ShareError != "", app.Div().Role("alert").Class("notice notice-error").Body(
			app.Span().DataSet("testid", "share-error").Text(c.ShareError),
			app.Button().Type("button").Class("quiet").Aria("label", "Dismiss").Text("×").
				OnClick(func(ctx app.Context, e app.Event) { a.Dismiss(ctx, "share-error") }),
		)),
		app.If(c.ShareLink != "", app.Div().Class("notice share").Body(
			app.Span().Text("Link to this state: "),
			app.A().DataSet("testid", "share-link").Href(c.ShareLink).Text(c.ShareLink),
			app.If(c.ShareNote != "", app.Span().Class("share-note").Text(" "+c.ShareNote)),
		)),
		app.Nav().Role("tablist").Aria("label", "Panes").Class("tabs").Body(
			paneTab("SIP URI", state.PaneURI, p.State.Pane, a),
			paneTab("TwiML", state.PaneTwiML, p.State.Pane, a),
			paneTab("Call request", state.PaneCall, p.State.Pane, a),
		),
		app.Main().Class("panes").Body(
			pane(state.PaneURI, "1. SIP URI", p.State.Pane, URIPane(p, a)),
			pane(state.PaneTwiML, "2. TwiML", p.State.Pane, TwiMLPane(p, a)),
			pane(state.PaneCall, "3. Call request", p.State.Pane, CallPane(p, a)),
		),
		app.Div().Class("sr-only").Aria("live", "polite").DataSet("testid", "announce").Text(p.Announce),
	)
}

func header(c *Chrome, a Actions) app.UI {
	themeLabel := "Dark theme"
	if c.Dark {
		themeLabel = "Light theme"
	}
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
			app.H1().Text("sipplay"),
			app.Span().Class("tagline").Text("Twilio SIP dialing playground"),
		),
		app.Div().Class("tools").Body(
			app.Label().For("example-select").Class("inline").Text("Example"),
			app.Select().ID("example-select").DataSet("testid", "example-select").
				OnChange(func(ctx app.Context, e app.Event) { a.Example(ctx, value(ctx)) }).
				Body(
					app.Option().Value("").Selected(c.ExampleID == "").Text("Choose an example…"),
					app.Range(c.Examples).Slice(func(i int) app.UI {
						ex := c.Examples[i]
						return app.Option().Value(ex.ID).Selected(ex.ID == c.ExampleID).Text(ex.Title)
					}),
				),
			app.Button().Type("button").DataSet("testid", "share").Class("primary").Text("Share").
				OnClick(func(ctx app.Context, e app.Event) { a.Share(ctx) }),
			app.Label().Class("inline secrets").Title("Links normally leave out passwords and the auth token.").Body(
				app.Input().Type("checkbox").ID("share-secrets").DataSet("testid", "share-secrets").Checked(c.Secrets).
					OnChange(func(ctx app.Context, e app.Event) { a.Secrets(ctx, ctx.JSSrc().Get("checked").Bool()) }),
				app.Text(" Include secrets"),
			),
			app.Button().Type("button").DataSet("testid", "theme-toggle").Aria("pressed", c.Dark).
				Aria("label", "Dark theme").Title(themeLabel).Class("theme").Text("◐").
				OnClick(func(ctx app.Context, e app.Event) { a.Theme(ctx) }),
		),
		app.If(c.Secrets, app.P().Role("alert").DataSet("testid", "share-secrets-warning").Class("warn").
			Text("Warning: links now include passwords and the auth token. Anyone who sees the link (or your browser history) can read them.")),
	)
}

func paneTab(label string, p, open state.Pane, a Actions) app.UI {
	return app.Button().Type("button").Role("tab").ID("tab-"+string(p)).DataSet("testid", "tab-"+string(p)).
		Aria("selected", p == open).Aria("controls", "pane-"+string(p)).Class("tab").Text(label).
		OnClick(func(ctx app.Context, e app.Event) { a.Pane(ctx, p) }, string(p))
}

func pane(p state.Pane, title string, open state.Pane, body app.UI) app.UI {
	cls := "pane"
	if p == open || (open == "" && p == state.PaneURI) {
		cls += " open"
	}
	return app.Section().ID("pane-"+string(p)).Class(cls).Aria("labelledby", "h-"+string(p)).Body(
		app.H2().ID("h-"+string(p)).Text(title),
		body,
	)
}
