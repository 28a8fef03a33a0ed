package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// page is the playground's root component. It owns the page state: every
// edit goes through view.Apply, then the view is recomputed (only what
// changed), rendered, and the controls synced.
type page struct {
	app.Compo

	st     state.State
	lang   string
	der    view.Deriver
	vm     view.Page
	chrome components.Chrome
	ready  bool

	linkSeq  int    // debounces the live permalink
	lastFrag string // the fragment this page wrote or read last
	copySeq  int
	hlSeq    int                     // debounces the highlighting left for pauses
	synced   map[string]view.Binding // what Sync last gave each control
	nouns    int                     // len(Sips) at the last sync
	retries  int                     // syncNow's tries since a control was missing
}

// OnInit prepares the default state, so the pre-rendered page is complete.
func (p *page) OnInit() {
	p.st = state.Default()
	p.chrome.Examples = state.Examples()
	p.chrome.Copied = map[string]string{}
	p.recompute()
}

// OnMount applies the remembered theme and fills the controls at once, so
// no control is ever seen empty once the page shows.
func (p *page) OnMount(ctx app.Context) {
	p.chrome.Dark = applyTheme(storedTheme())
	p.syncNow(ctx)
	p.sync(ctx)
	p.scheduleHighlight(ctx)
	p.warm(ctx)
}

// OnNav restores the state carried by the URL fragment, on load and when
// only the fragment changes. A damaged link keeps the defaults and says why.
func (p *page) OnNav(ctx app.Context) {
	frag := ctx.Page().URL().Fragment
	if p.ready && frag == p.lastFrag {
		return
	}
	p.ready = true
	p.lastFrag = frag
	if frag == "" {
		return
	}
	s, err := state.Decode(frag)
	p.chrome.ShareError = ""
	if err != nil {
		p.chrome.ShareError = "This link could not be opened, so the defaults are shown: " + err.Error()
	}
	p.st = s
	p.chrome.ShareLink = ""
	p.recompute()
	p.resync()
	p.sync(ctx)
	p.scheduleHighlight(ctx)
	flush(ctx)
}

// OnAppUpdate offers to reload; it never reloads on its own.
func (p *page) OnAppUpdate(ctx app.Context) {
	p.chrome.Update = ctx.AppUpdateAvailable()
}

// Render shows the whole page.
func (p *page) Render() app.UI {
	return components.Page(&p.chrome, &p.vm, p.onEvent)
}

// recompute derives the view from the state.
func (p *page) recompute() { p.vm = p.der.Page(p.st, p.lang) }

// sync gives the controls their live state after the render: all of them
// after a change of structure (nouns added, removed or moved, a link or an
// example), else only those whose state changed.
func (p *page) sync(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) { p.syncNow(ctx) })
}

// syncNow is sync without waiting for the render. When a control is not
// there yet (the render has not caught up), it tries again shortly, with
// every control.
func (p *page) syncNow(ctx app.Context) {
	if app.IsServer {
		return
	}
	bs := append(p.vm.Bindings(), view.Binding{ID: "share-secrets", Value: boolean(p.chrome.Secrets), Check: true})
	full := p.synced == nil || p.nouns != len(p.vm.Sips)
	if full {
		p.synced = make(map[string]view.Binding, len(bs))
		p.nouns = len(p.vm.Sips)
	}
	changed := bs[:0:0]
	for _, b := range bs {
		if full || p.synced[b.ID] != b {
			changed = append(changed, b)
			p.synced[b.ID] = b
		}
	}
	if components.Sync(changed) {
		p.retries = 0
		return
	}
	p.resync()
	if p.retries < maxRetries {
		p.retries++
		after(ctx, 20*time.Millisecond, func(ctx app.Context) { p.syncNow(ctx) })
	}
}

// maxRetries bounds syncNow's tries for one change.
const maxRetries = 50

// resync makes the next sync touch every control.
func (p *page) resync() { p.synced = nil }

// highlightDelay is how long typing must pause before what a keystroke
// left plain (the curl command, long documents) is highlighted.
const highlightDelay = 150 * time.Millisecond

// scheduleHighlight highlights what is pending once typing pauses.
func (p *page) scheduleHighlight(ctx app.Context) {
	p.hlSeq++
	seq := p.hlSeq
	after(ctx, highlightDelay, func(ctx app.Context) {
		if seq == p.hlSeq && p.der.HighlightPending() {
			p.recompute()
		}
	})
}

// onEvent handles every input, change and click of the page: the target's
// data-act names the action.
func (p *page) onEvent(ctx app.Context, e app.Event) {
	typ := e.Get("type").String()
	t := e.Get("target")
	if typ == "click" {
		t = t.Call("closest", "button[data-act]")
	}
	// Events without an action change nothing (go-app re-renders anyway;
	// ctx.PreventUpdate would also cancel an update another event of the
	// same frame asked for).
	if !t.Truthy() {
		return
	}
	actV := t.Call("getAttribute", "data-act")
	if actV.Type() != app.TypeString {
		return
	}
	act := actV.String()
	if typ == "change" {
		// Text fields report through input events; change is for selects,
		// checkboxes and radios.
		if tag, kind := t.Get("tagName").String(), t.Get("type").String(); tag != "SELECT" && kind != "checkbox" && kind != "radio" {
			return
		}
	}
	v := ""
	if typ != "click" {
		v = t.Get("value").String()
	}
	if s, ok := view.Apply(p.st, act, v); ok {
		p.set(ctx, s)
		if act == "mode:xml" {
			ctx.Defer(func(ctx app.Context) { focus("twiml-input") })
		}
	} else {
		p.chromeAction(ctx, act, t)
	}
	flush(ctx)
}

// set makes s the page state after an edit: the view is recomputed, the
// controls synced after the render and the permalink refreshed (debounced).
func (p *page) set(ctx app.Context, s state.State) {
	p.st = s
	p.chrome.ShareLink = ""
	p.recompute()
	p.sync(ctx)
	p.scheduleLink(ctx)
	p.scheduleHighlight(ctx)
}

// chromeAction performs the actions that are not edits of the state.
func (p *page) chromeAction(ctx app.Context, act string, t app.Value) {
	kind, rest, _ := strings.Cut(act, ":")
	switch kind {
	case "fix":
		p.fix(ctx, rest)
	case "lang":
		p.lang = rest
		p.recompute()
	case "copy":
		p.copy(ctx, rest)
	case "example":
		p.example(ctx, t.Get("value").String())
	case "share":
		p.share(ctx)
	case "secrets":
		p.chrome.Secrets = t.Get("checked").Bool()
		p.chrome.ShareLink = ""
		p.scheduleLink(ctx)
	case "theme":
		th := "dark"
		if p.chrome.Dark {
			th = "light"
		}
		storeTheme(th)
		p.chrome.Dark = applyTheme(th)
	case "reload":
		ctx.Reload()
	case "dismiss":
		switch rest {
		case "update":
			p.chrome.Update = false
		case "share-error":
			p.chrome.ShareError = ""
		}
	}
}

// fix applies the fix of finding "PANE:I".
func (p *page) fix(ctx app.Context, which string) {
	pane, n, _ := strings.Cut(which, ":")
	i := atoi(n)
	var items []view.Item
	switch pane {
	case "uri":
		items = p.vm.URI.Items
	case "twiml":
		items = p.vm.XML.Items
	case "call":
		items = p.vm.Call.Items
	}
	if i < 0 || i >= len(items) || items[i].Diag.Fix == nil {
		return
	}
	d := items[i].Diag
	switch pane {
	case "uri":
		p.set(ctx, view.FixURI(p.st, d.Fix))
	case "twiml":
		p.set(ctx, view.FixXML(p.st, d.Fix))
	default:
		p.set(ctx, view.FixCall(p.st, d))
	}
}

// copy copies output id and says whether it worked.
func (p *page) copy(ctx app.Context, id string) {
	var text string
	switch id {
	case "twiml":
		text = p.st.XML
	case "form-body":
		text = p.vm.FormBody
	case "curl":
		text = p.vm.Curl
	case "snippet":
		text = p.vm.Snippet
	default:
		return
	}
	components.CopyText(ctx, text, func(ctx app.Context, ok bool) {
		p.chrome.Copied[id] = "Copy failed"
		if ok {
			p.chrome.Copied[id] = "Copied"
		}
		p.copySeq++
		seq := p.copySeq
		after(ctx, 2*time.Second, func(ctx app.Context) {
			if seq == p.copySeq {
				p.chrome.Copied = map[string]string{}
			}
		})
	})
}

// example fills all three panes from the gallery preset id.
func (p *page) example(ctx app.Context, id string) {
	for _, ex := range p.chrome.Examples {
		if ex.ID == id {
			s := ex.State
			s.Pane = p.st.Pane
			p.resync()
			p.set(ctx, s)
			return
		}
	}
}

// share writes the link now, shows it and copies it.
func (p *page) share(ctx app.Context) {
	p.linkSeq++ // a pending debounced write is superseded
	link := p.writeLink(ctx)
	p.chrome.ShareLink = link
	p.chrome.ShareNote = ""
	components.CopyText(ctx, link, func(ctx app.Context, ok bool) {
		if p.chrome.ShareLink != link {
			return
		}
		p.chrome.ShareNote = "Copy failed: copy the link by hand."
		if ok {
			p.chrome.ShareNote = "Copied."
		}
	})
}

// linkDelay is how long typing must pause before the address bar's link
// is refreshed.
const linkDelay = 300 * time.Millisecond

func (p *page) scheduleLink(ctx app.Context) {
	p.linkSeq++
	seq := p.linkSeq
	after(ctx, linkDelay, func(ctx app.Context) {
		if seq == p.linkSeq {
			p.writeLink(ctx)
		}
	})
}

// writeLink puts the state into the address bar without a navigation and
// returns the whole link.
func (p *page) writeLink(ctx app.Context) string {
	u := *ctx.Page().URL()
	u.Fragment = state.Encode(p.st, p.chrome.Secrets)
	u.RawFragment = ""
	p.lastFrag = u.Fragment
	ctx.Page().ReplaceURL(&u)
	return u.String()
}

func boolean(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// atoi reads a small non-negative number; -1 when s is not one.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
