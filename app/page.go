package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
	"github.com/sipplay/sipplay/components"
	"github.com/sipplay/sipplay/components/view"
)

// page is the playground's root component. It owns the page state; every
// edit goes through a view transition, then the view is recomputed (only
// what changed) and rendered.
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
}

// OnInit prepares the default state, so the pre-rendered page is complete.
func (p *page) OnInit() {
	p.st = state.Default()
	p.chrome.Examples = state.Examples()
	p.recompute()
}

// OnMount applies the remembered theme and fills the editors.
func (p *page) OnMount(ctx app.Context) {
	p.chrome.Dark = applyTheme(storedTheme())
	p.sync(ctx)
}

// OnNav restores the state carried by the URL fragment, on load and when
// only the fragment changes.
func (p *page) OnNav(ctx app.Context) {
	frag := ctx.Page().URL().Fragment
	if frag == p.lastFrag && p.ready {
		return
	}
	p.ready = true
	p.lastFrag = frag
	if frag == "" {
		return
	}
	s, err := state.Decode(frag)
	p.st = s
	p.chrome.ShareError = ""
	if err != nil {
		p.chrome.ShareError = "This link could not be opened, so the defaults are shown: " + err.Error()
	}
	p.chrome.ShareLink = ""
	p.recompute()
	p.sync(ctx)
}

// OnAppUpdate offers to reload; it never reloads on its own.
func (p *page) OnAppUpdate(ctx app.Context) {
	p.chrome.Update = ctx.AppUpdateAvailable()
}

// Render shows the whole page.
func (p *page) Render() app.UI {
	return components.Page(&p.chrome, &p.vm, p)
}

// recompute derives the view from the state.
func (p *page) recompute() { p.vm = p.der.Page(p.st, p.lang) }

// set makes s the page state after an edit: the view is recomputed, the
// editors synced after the render and the permalink refreshed (debounced).
func (p *page) set(ctx app.Context, s state.State) {
	p.st = s
	p.chrome.ShareLink = ""
	p.recompute()
	p.sync(ctx)
	p.scheduleLink(ctx)
}

// sync sets each editor's value after the render, when it differs.
func (p *page) sync(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		components.SyncEditor("uri-input", p.st.URI)
		components.SyncEditor("twiml-input", p.st.XML)
		for i := range p.st.Dial.Sips {
			components.SyncEditor("sip-"+itoa(i)+"-uri", p.st.Dial.Sips[i].URI)
		}
	})
}

// linkDelay is how long typing must pause before the address bar's link
// is refreshed.
const linkDelay = 300 * time.Millisecond

func (p *page) scheduleLink(ctx app.Context) {
	p.linkSeq++
	seq := p.linkSeq
	ctx.After(linkDelay, func(ctx app.Context) {
		if seq == p.linkSeq {
			p.writeLink(ctx)
		}
	})
}

// writeLink puts the state into the address bar without a navigation.
func (p *page) writeLink(ctx app.Context) string {
	u := *ctx.Page().URL()
	u.Fragment = state.Encode(p.st, p.chrome.Secrets)
	u.RawFragment = ""
	p.lastFrag = u.Fragment
	ctx.Page().ReplaceURL(&u)
	return u.String()
}

func (p *page) URI(ctx app.Context, v string) { p.set(ctx, view.SetURI(p.st, v)) }

func (p *page) Fix(ctx app.Context, pane string, i int) {
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
	case "call":
		p.set(ctx, view.FixCall(p.st, d))
	}
}

func (p *page) Dial(ctx app.Context, name, v string) { p.set(ctx, view.SetDial(p.st, name, v)) }
func (p *page) Sip(ctx app.Context, n int, name, v string) {
	p.set(ctx, view.SetSip(p.st, n, name, v))
}
func (p *page) AddSip(ctx app.Context)            { p.set(ctx, view.AddSip(p.st)) }
func (p *page) RemoveSip(ctx app.Context, n int)  { p.set(ctx, view.RemoveSip(p.st, n)) }
func (p *page) MoveSip(ctx app.Context, n, d int) { p.set(ctx, view.MoveSip(p.st, n, d)) }
func (p *page) XML(ctx app.Context, v string)     { p.set(ctx, view.SetXML(p.st, v)) }
func (p *page) Call(ctx app.Context, name, v string) {
	p.set(ctx, view.SetCall(p.st, name, v))
}
func (p *page) FollowURI(ctx app.Context)                { p.set(ctx, view.FollowURI(p.st)) }
func (p *page) Source(ctx app.Context, src state.Source) { p.set(ctx, view.SetSource(p.st, src)) }
func (p *page) Mode(ctx app.Context, m state.TwiMLMode)  { p.set(ctx, view.SetMode(p.st, m)) }

func (p *page) Lang(ctx app.Context, id string) {
	p.lang = id
	p.recompute()
}

func (p *page) Pane(ctx app.Context, pn state.Pane) {
	s := p.st
	s.Pane = pn
	p.set(ctx, s)
}

func (p *page) Example(ctx app.Context, id string) {
	for _, ex := range p.chrome.Examples {
		if ex.ID == id {
			p.chrome.ExampleID = id
			s := ex.State
			s.Pane = p.st.Pane
			p.set(ctx, s)
			return
		}
	}
}

func (p *page) Share(ctx app.Context) {
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

func (p *page) Secrets(ctx app.Context, on bool) {
	p.chrome.Secrets = on
	p.chrome.ShareLink = ""
	p.scheduleLink(ctx)
}

func (p *page) Theme(ctx app.Context) {
	t := "dark"
	if p.chrome.Dark {
		t = "light"
	}
	storeTheme(t)
	p.chrome.Dark = applyTheme(t)
}

func (p *page) Reload(ctx app.Context) { ctx.Reload() }

func (p *page) Dismiss(ctx app.Context, what string) {
	switch what {
	case "update":
		p.chrome.Update = false
	case "share-error":
		p.chrome.ShareError = ""
	}
}

// itoa formats a small non-negative int.
func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
