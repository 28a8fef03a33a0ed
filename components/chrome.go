package components

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
)

// Chrome is what the page shows around the panes.
type Chrome struct {
	Examples       []state.Example
	ShareLink      string // shown after the share button was pressed
	ShareNote      string // "Copied.", "Copy failed: …"
	ShareError     string // why the opened link could not be restored
	SecretsLeftOut bool   // the opened link was made without secrets that were set
	Example        string // the gallery example loaded last, until the next edit
	Undo           string // what the last page-level replacement was, while it can be undone
	Secrets        bool   // links carry secrets
	Update         bool   // a newer version is ready
	// UpdateLosesSecrets says that a reload to the newer version would
	// lose secrets that were typed: links leave them out.
	UpdateLosesSecrets bool
	Dark               bool                // the theme in effect
	Copied             map[Output]string   // an output → "Copied" or "Copy failed"
	ImportFindings     []sipuri.Diagnostic // of the last import, with spans into the pasted text
	ImportNote         string              // what the last import did
	// Later lists the panes whose content is not built yet: while the
	// layout shows one pane at a time, the first render builds the open one
	// only, and the page builds the others in the browser tasks after it.
	// An open pane is always built.
	Later []state.Pane
}

// Page renders the whole playground: header, notices, tabs, the three
// panes and the aria-live summary. Notices come and go without moving the
// panes, so an editor never loses focus.
func Page(c *Chrome, p *view.Page, on Handler) app.UI {
	open := p.State.Pane
	if open == "" {
		open = state.PaneURI
	}
	return app.Div().Class("app").Body(
		&Header{Examples: c.Examples, Example: c.Example, Secrets: c.Secrets, Dark: c.Dark, On: on},
		app.Div().Class("notices").Body(
			when(c.Update, func() app.UI {
				return app.Div().Role("status").DataSet("testid", "update-prompt").Class("notice").Body(
					app.Text("A new version of sipplay is available. "),
					when(c.UpdateLosesSecrets, func() app.UI {
						return app.Span().DataSet("testid", "update-loses-secrets").Class("warn").
							Text("Reloading keeps what you typed but the passwords and the auth token, which are never stored: copy them first if you need them. ")
					}),
					app.Button().Type("button").DataSet("testid", "update-reload").Text("Reload").
						OnClick(func(ctx app.Context, e app.Event) { on.Reload(ctx) }),
					app.Button().Type("button").Class("quiet").Text("Later").
						OnClick(func(ctx app.Context, e app.Event) { on.DismissUpdate(ctx) }),
				)
			}),
			when(c.ShareError != "", func() app.UI {
				return app.Div().Role("alert").Class("notice notice-error").Body(
					app.Span().DataSet("testid", "share-error").Text(c.ShareError),
					app.Button().Type("button").Class("quiet").Text("Dismiss").
						OnClick(func(ctx app.Context, e app.Event) { on.DismissShareError(ctx) }),
				)
			}),
			when(c.SecretsLeftOut, func() app.UI {
				return app.Div().Role("status").Class("notice").Body(
					app.Span().DataSet("testid", "secrets-left-out").
						Text("Secrets (passwords, the auth token) were left out of this link. Type them again to use them; they never enter a link unless you include secrets."),
					app.Button().Type("button").Class("quiet").Text("Dismiss").
						OnClick(func(ctx app.Context, e app.Event) { on.DismissSecretsNote(ctx) }),
				)
			}),
			when(c.Undo != "", func() app.UI {
				return app.Div().Role("status").DataSet("testid", "undo-notice").Class("notice").Body(
					app.Text(c.Undo+" "),
					app.Button().Type("button").DataSet("testid", "undo").Text("Undo: bring back what was there").
						OnClick(func(ctx app.Context, e app.Event) { on.Undo(ctx) }),
					app.Button().Type("button").Class("quiet").Text("Dismiss").
						OnClick(func(ctx app.Context, e app.Event) { on.DismissUndo(ctx) }),
				)
			}),
			when(c.ShareLink != "", func() app.UI {
				return app.Div().Class("notice share").Body(
					app.Text("Link to this state: "),
					app.A().DataSet("testid", "share-link").Href(c.ShareLink).Text(c.ShareLink),
					app.Span().Class("share-note").Text(c.ShareNote),
				)
			}),
		),
		app.Nav().Role("tablist").Aria("label", "Panes").Class("tabs").Body(
			paneTab("SIP URI", state.PaneURI, open, on),
			paneTab("TwiML", state.PaneTwiML, open, on),
			paneTab("Call request", state.PaneCall, open, on),
			paneTab("What happens", state.PaneFlow, open, on),
		),
		app.Main().Class("panes").Body(
			pane(state.PaneURI, "1. SIP URI", open, c.Later, func() app.UI { return &URIPane{URI: p.URI, Explain: p.Explain, On: on} }),
			pane(state.PaneTwiML, "2. TwiML", open, c.Later, func() app.UI {
				return &TwiMLPane{
					XMLMode: p.State.Mode == state.ModeXML, Doc: p.XML, ParseNote: p.ParseNote, ReadOnly: p.BuilderReadOnly, SipLinked: p.SipLinked,
					DialCommon: p.DialCommon, DialMore: p.DialMore, Nouns: p.Sips, NounsHidden: p.SipsHidden, Copied: c.Copied[OutTwiML], On: on,
				}
			}),
			pane(state.PaneCall, "3. Call request", open, c.Later, func() app.UI {
				return app.Div().Body(
					&ImportBox{Findings: c.ImportFindings, Note: c.ImportNote, On: on},
					&CallSources{Source: p.State.Source, Fields: p.Sources, On: on},
					&CallPane{ToEdited: p.State.ToEdited, Common: p.CallCommon, More: p.CallMore, Account: p.Account,
						Langs: p.Langs, Lang: p.Lang, FormBody: p.FormBody, Curl: p.Curl, CurlHTML: p.CurlHTML,
						Snippet: p.Snippet, Findings: p.Call, Copied: c.Copied, On: on},
				)
			}),
		),
		&FlowView{Page: p, State: p.State, Tab: open == state.PaneFlow},
		announce(p.Announce, len(c.Later) == 0),
	)
}

// Header renders the page's header: the name, the example gallery, the
// share tools and the theme toggle. As a component of its own it is
// rendered again only when its fields change, not on every keystroke.
type Header struct {
	app.Compo
	Examples []state.Example
	Example  string // the example loaded last, until the next edit; "" shows "Choose an example…"
	Secrets  bool
	Dark     bool
	On       Handler

	browsing bool // keys are moving through the example select's options
}

// Render shows the header.
func (c *Header) Render() app.UI {
	on := c.On
	opts := make([]app.UI, 0, len(c.Examples)+1)
	opts = append(opts, app.Option().Value("").Text("Choose an example…"))
	for _, ex := range c.Examples {
		opts = append(opts, app.Option().Value(ex.ID).Text(ex.Title))
	}
	theme := "Switch to the dark theme"
	if c.Dark {
		theme = "Switch to the light theme"
	}
	secrets := app.Input().Type("checkbox").ID("share-secrets").DataSet("testid", "share-secrets").
		OnChange(func(ctx app.Context, e app.Event) { on.Secrets(ctx, e.Get("target").Get("checked").Bool()) })
	if c.Secrets {
		// Left out rather than false: go-app's pre-rendered HTML would
		// write checked="false", which a browser reads as checked.
		secrets = secrets.Checked(true)
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
				OnKeyDown(c.onExampleKey).OnMouseDown(c.onExamplePointer).OnChange(c.onExampleChange).OnBlur(c.onExampleBlur).
				Body(opts...),
			app.Button().Type("button").DataSet("testid", "share").Class("primary").Text("Share").
				OnClick(func(ctx app.Context, e app.Event) { on.Share(ctx) }),
			app.Label().Class("inline secrets").Title("Links normally leave out passwords and the auth token.").Body(
				secrets, app.Text(" Include secrets in links"),
			),
			app.Button().Type("button").ID("theme-toggle").DataSet("testid", "theme-toggle").Class("theme").
				Aria("label", "Dark theme").Aria("pressed", c.Dark).Title(theme).Text("◐").
				OnClick(func(ctx app.Context, e app.Event) { on.Theme(ctx) }),
		),
		when(c.Secrets, func() app.UI {
			return app.P().Role("alert").DataSet("testid", "share-secrets-warning").Class("warn").Text(
				"Warning: links now include passwords and the auth token. " +
					"Anyone who sees the link, or your browser history, can read them.")
		}),
	)
}

// panes lists the panes in the order of their tabs.
var panes = []state.Pane{state.PaneURI, state.PaneTwiML, state.PaneCall, state.PaneFlow}

// paneTab renders the tab of pane p (the tabs show on narrow screens),
// in the ARIA tabs pattern (ariaTab).
func paneTab(label string, p, open state.Pane, on Handler) app.UI {
	ids := make([]string, len(panes))
	for i, q := range panes {
		ids[i] = "tab-" + string(q)
	}
	b := app.Button().Class("tab").DataSet("testid", "tab-"+string(p)).Aria("controls", "pane-"+string(p)).Text(label)
	return actButton(ariaTab(b, "tab-"+string(p), ids, p == open, func(ctx app.Context, next string) {
		on.Act(ctx, view.Action{Kind: view.ActPane, Pane: state.Pane(strings.TrimPrefix(next, "tab-"))}, "")
	}), view.Action{Kind: view.ActPane, Pane: p}, on)
}

// ariaTab makes b the tab id of a tablist whose tabs have the element ids
// ids, in the ARIA tabs pattern: only the selected tab is in the Tab order,
// and the arrow keys, Home and End choose another tab (choose) and focus it.
func ariaTab(b app.HTMLButton, id string, ids []string, selected bool, choose func(ctx app.Context, next string)) app.HTMLButton {
	tabIndex := -1
	if selected {
		tabIndex = 0
	}
	return b.Role("tab").ID(id).Aria("selected", selected).TabIndex(tabIndex).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			next, ok := tabKey(ids, id, e.Get("key").String())
			if !ok {
				ctx.PreventUpdate()
				return
			}
			e.PreventDefault()
			choose(ctx, next)
			if t := app.Window().GetElementByID(next); t.Truthy() {
				t.Call("focus")
			}
		}, id)
}

// tabKey returns the tab that key moves to from cur in the ARIA tabs
// pattern (the arrows wrap around), and false for another key.
func tabKey[T comparable](tabs []T, cur T, key string) (T, bool) {
	i := slices.Index(tabs, cur)
	n := len(tabs)
	switch key {
	case "ArrowRight", "ArrowDown":
		return tabs[(i+1)%n], true
	case "ArrowLeft", "ArrowUp":
		return tabs[(i+n-1)%n], true
	case "Home":
		return tabs[0], true
	case "End":
		return tabs[n-1], true
	}
	return cur, false
}

// pane renders pane p: its section, which the tabs control, with its
// heading and body(). A pane listed in later that is not open holds its
// heading only, marked busy, until the page builds it.
func pane(p state.Pane, title string, open state.Pane, later []state.Pane, body func() app.UI) app.UI {
	cls := "pane"
	if p == open {
		cls += " open"
	}
	sec := app.Section().ID("pane-"+string(p)).Class(cls).Aria("labelledby", "h-"+string(p))
	head := app.H2().ID("h-" + string(p)).Text(title)
	if p != open && slices.Contains(later, p) {
		return sec.Aria("busy", true).Body(head)
	}
	return sec.Body(head, body())
}

// Choosing an example replaces everything typed, so the select applies one
// only when the person means it: on a pick with the pointer, or on Enter.
// Chromium fires change for each arrow key on a closed select; while the
// person browses with the keyboard nothing is applied, and leaving the
// select without Enter puts it back.

// browsingKeys move through a closed select's options without choosing.
var browsingKeys = []string{"ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End"}

func (c *Header) onExampleKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	switch {
	case key == "Enter":
		c.browsing = false
		if v := e.Get("target").Get("value").String(); v != "" {
			c.On.Example(ctx, v)
		}
	case e.Get("altKey").Bool() || key == " ":
		c.browsing = false // these open the list, where a pick is a choice
	case slices.Contains(browsingKeys, key) || len([]rune(key)) == 1:
		c.browsing = true
	}
}

func (c *Header) onExamplePointer(ctx app.Context, e app.Event) { c.browsing = false }

func (c *Header) onExampleChange(ctx app.Context, e app.Event) {
	if !c.browsing {
		c.On.Example(ctx, e.Get("target").Get("value").String())
	}
}

func (c *Header) onExampleBlur(ctx app.Context, e app.Event) {
	if c.browsing {
		c.browsing = false
		c.showExample()
	}
}

// OnMount and OnUpdate make the select show the example loaded last, or
// "Choose an example…" once the person has edited it.
func (c *Header) OnMount(ctx app.Context)  { c.showExample() }
func (c *Header) OnUpdate(ctx app.Context) { c.showExample() }

func (c *Header) showExample() {
	if app.IsServer {
		return
	}
	if sel := app.Window().GetElementByID("example-select"); sel.Truthy() && sel.Get("value").String() != c.Example {
		sel.Set("value", c.Example)
	}
}

// announce renders the region that screen readers read when the panes'
// statuses change (data-testid announce). It becomes a live region once
// every pane is built: the statuses the page completes while it builds the
// hidden panes after its first paint are not news.
func announce(text string, live bool) app.UI {
	region := app.Div().Class("sr-only").DataSet("testid", "announce")
	if live {
		region = region.Aria("live", "polite")
	}
	return region.Text(text)
}
