package main

import (
	"maps"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// page is the playground's root component. It owns the page state: every
// edit goes through view.Apply, then the view is recomputed (only what
// changed) and rendered at once. It is the components' Handler.
type page struct {
	app.Compo

	st     state.State
	hist   history // the entries of page-level replacements (history.go)
	der    view.Deriver
	vm     view.Page
	chrome components.Chrome
	ready  bool

	linkSeq  int    // debounces the live permalink
	lastFrag string // the fragment this page wrote or read last
	copySeq  int
	hlSeq    int // debounces the highlighting left for pauses
	restSeq  int // the pane-first keystroke whose other panes are pending
}

// examples is the example gallery, computed on its first use.
var examples = sync.OnceValue(state.Examples)

// OnInit prepares the default state, so the pre-rendered page is complete.
// In the browser the first render shows the link's state at once, its texts
// plain and the example select empty: highlighting and the gallery wait
// until after the first paint (OnMount).
func (p *page) OnInit() {
	p.st = state.Default()
	if app.IsServer {
		p.chrome.Examples = examples()
	}
	p.chrome.Copied = map[components.Output]string{}
	if !app.IsServer {
		p.der.DeferHighlight = true
		p.restore(app.Window().URL().Fragment)
		if onePaneShown() {
			p.chrome.Later = []state.Pane{state.PaneURI, state.PaneTwiML, state.PaneCall}
		}
	}
	p.recompute()
}

// OnMount applies the remembered theme, then, each in a browser task of its
// own after the first paint, fills the example select, builds the panes the
// first render left out and starts highlighting.
func (p *page) OnMount(ctx app.Context) {
	p.chrome.Dark = applyTheme(storedTheme())
	p.listenHistory()
	p.nextTask(ctx, func(ctx app.Context) {
		p.chrome.Examples = examples()
		p.buildLater(ctx)
	})
}

// buildLater builds the panes the first render left out (Chrome.Later), one
// per browser task, then starts highlighting.
func (p *page) buildLater(ctx app.Context) {
	p.nextTask(ctx, func(ctx app.Context) {
		if len(p.chrome.Later) == 0 {
			p.highlightStart(ctx)
			return
		}
		p.chrome.Later = p.chrome.Later[1:]
		p.recompute()
		p.buildLater(ctx)
	})
}

// highlightStart highlights what the first render left plain, one text per
// browser task, so input is never held up by more than one lexer's first
// use. Then keystrokes highlight at once again, and the warm-up waits for
// the person's first input.
func (p *page) highlightStart(ctx app.Context) {
	p.nextTask(ctx, func(ctx app.Context) {
		if p.der.HighlightNext() {
			p.recompute()
			p.highlightStart(ctx)
			return
		}
		p.der.DeferHighlight = false
		lang := p.st.Lang
		onFirstInput(func() { warm(lang) })
	})
}

// OnNav restores the state carried by the URL fragment when only the
// fragment changes (OnInit read the one the page opened with).
func (p *page) OnNav(ctx app.Context) {
	if p.restore(ctx.Page().URL().Fragment) {
		p.recompute()
		p.scheduleHighlight(ctx)
		p.flush(ctx)
	}
}

// restore makes the state the one carried by the URL fragment frag, unless
// frag is the one the page read or wrote last, and reports whether it
// did. An empty fragment keeps the state; a damaged link keeps the
// defaults and says why.
func (p *page) restore(frag string) bool {
	if p.ready && frag == p.lastFrag {
		return false
	}
	p.ready = true
	p.lastFrag = frag
	if p.restoreEntry() { // Back or Forward to an entry this page made
		return true
	}
	if frag == "" {
		return false
	}
	s, err := state.Decode(frag)
	p.chrome.ShareError = ""
	if err != nil {
		p.chrome.ShareError = "This link could not be opened, so the defaults are shown: " + err.Error()
	}
	p.chrome.SecretsLeftOut = s.SecretsLeftOut
	p.st = s
	p.chrome.ShareLink = ""
	return true
}

// OnAppUpdate offers to reload; it never reloads on its own.
func (p *page) OnAppUpdate(ctx app.Context) {
	p.chrome.Update = ctx.AppUpdateAvailable()
}

// Render shows the whole page.
func (p *page) Render() app.UI {
	// The offer to reload says what a reload cannot bring back.
	p.chrome.UpdateLosesSecrets = p.chrome.Update && !p.chrome.Secrets && view.LeftOutOfLinks(p.st)
	return components.Page(&p.chrome, &p.vm, p)
}

// recompute derives the whole view from the state; a pane-first
// keystroke's pending rest (setPaneFirst) is then done. The open pane is
// built, and stays built once it was open. While it is the only pane built
// (the first render on a phone), only its view is derived: the other
// panes' checks and outputs wait for the task that builds them.
func (p *page) recompute() {
	p.restSeq++
	open := p.st.Pane
	if open == "" {
		open = state.PaneURI
	}
	p.chrome.Later = slices.DeleteFunc(p.chrome.Later, func(q state.Pane) bool { return q == open })
	if p.onlyOpenBuilt(open) {
		last := p.vm
		last.State = p.st
		p.vm = p.der.Pane(p.st, open, last)
		return
	}
	p.vm = p.der.Page(p.st, p.st.Lang)
}

// onlyOpenBuilt reports whether the open pane is the only one built, and
// one whose view view.Deriver.Pane derives alone.
func (p *page) onlyOpenBuilt(open state.Pane) bool {
	if open != state.PaneURI && open != state.PaneTwiML {
		return false
	}
	for _, q := range []state.Pane{state.PaneURI, state.PaneTwiML, state.PaneCall} {
		if q != open && !slices.Contains(p.chrome.Later, q) {
			return false
		}
	}
	return true
}

// highlightDelay is how long typing must pause before what a keystroke
// left plain (the curl command, long documents) is highlighted.
const highlightDelay = 150 * time.Millisecond

// scheduleHighlight highlights what is pending once typing pauses.
func (p *page) scheduleHighlight(ctx app.Context) {
	p.hlSeq++
	seq := p.hlSeq
	p.after(ctx, highlightDelay, func(ctx app.Context) {
		if seq == p.hlSeq && !p.der.DeferHighlight && p.der.HighlightPending() {
			p.recompute()
		}
	})
}

// Act applies a state edit (components.Handler). Typing in an editor
// shows that editor's pane at once and the others a browser task later.
func (p *page) Act(ctx app.Context, a view.Action, v string) {
	s, ok := view.Apply(p.st, a, v)
	if !ok {
		return
	}
	if what := view.Replaced(p.st, s, a); what != "" {
		p.replace(ctx, s, what) // Back and Undo bring back what was typed
	} else if pane, typing := typedIn(a); typing {
		p.setPaneFirst(ctx, s, pane)
	} else {
		p.set(ctx, s)
	}
	if id := focusAfter(a, len(s.Dial.Sips)); id != "" {
		p.afterRender(ctx, func(ctx app.Context) { focus(id) })
	}
	p.flush(ctx)
}

// focusAfter names the control that should have the focus after a, so
// that it stays on something useful: the moved noun's arrow (or its other
// arrow at the end of the list), the noun that took a removed one's place,
// an added noun's URI, the XML editor when that mode is chosen, the field
// that follows pane 1 again (its button is gone). "" leaves the focus where
// it is.
func focusAfter(a view.Action, nouns int) string {
	noun := func(i int, part string) string { return "sip-" + strconv.Itoa(i) + "-" + part }
	switch a.Kind {
	case view.ActSipUp:
		if a.Sip-1 == 0 {
			return noun(0, "down")
		}
		return noun(a.Sip-1, "up")
	case view.ActSipDown:
		if a.Sip+1 == nouns-1 {
			return noun(a.Sip+1, "up")
		}
		return noun(a.Sip+1, "down")
	case view.ActSipRemove:
		return noun(min(a.Sip, nouns-1), "uri")
	case view.ActSipAdd:
		return noun(nouns-1, "uri")
	case view.ActMode:
		if a.Mode == state.ModeXML {
			return "twiml-input"
		}
	case view.ActFollow:
		return "call-To"
	case view.ActRelink:
		return noun(0, "uri")
	}
	return ""
}

// set makes s the page state after an edit (edited), and recomputes the
// whole view.
func (p *page) set(ctx app.Context, s state.State) {
	p.edited(ctx, s)
	p.recompute()
}

// setPaneFirst is set for a keystroke in pane's editor: that pane is
// derived and rendered now, the other panes in the next browser task,
// so what the person is looking at never waits for the rest. Another
// keystroke before then supersedes the pending rest.
func (p *page) setPaneFirst(ctx app.Context, s state.State, pane state.Pane) {
	p.edited(ctx, s)
	p.vm = p.der.Pane(s, pane, p.vm)
	p.restSeq++
	seq := p.restSeq
	p.nextTaskNow(ctx, func(ctx app.Context) {
		if seq == p.restSeq {
			p.recompute()
			p.flush(ctx)
		}
	})
}

// typedIn names the pane whose editor or text field action a types in.
// Other actions (a click, a choice) change the whole page at once.
func typedIn(a view.Action) (state.Pane, bool) {
	switch a.Kind {
	case view.ActURI:
		return state.PaneURI, true
	case view.ActXML, view.ActDial, view.ActSip:
		return state.PaneTwiML, true
	}
	return "", false
}

// edited makes s the page state, before its view is recomputed, and
// refreshes the permalink (debounced). An edit ends what the notices of
// the last load said: a damaged link, the example chosen, its Undo.
func (p *page) edited(ctx app.Context, s state.State) {
	p.st = s
	p.remember()
	p.chrome.ShareLink = ""
	p.chrome.ShareError = ""
	p.chrome.Example = ""
	p.chrome.Undo = ""
	p.scheduleLink(ctx)
	p.scheduleHighlight(ctx)
}

// Fix applies the fix of finding i of pane's list (components.Handler).
func (p *page) Fix(ctx app.Context, pane state.Pane, i int) {
	var items []view.Item
	switch pane {
	case state.PaneURI:
		items = p.vm.URI.Items
	case state.PaneTwiML:
		items = p.vm.XML.Items
	case state.PaneCall:
		items = p.vm.Call.Items
	}
	if i < 0 || i >= len(items) || items[i].Diag.Fix == nil {
		return
	}
	d := items[i].Diag
	list, editor := "uri-diagnostics", "uri-input"
	switch pane {
	case state.PaneTwiML:
		list, editor = "twiml-diagnostics", "twiml-input"
	case state.PaneCall:
		list, editor = "call-diagnostics", "call-"+d.Field
	}
	// Through the text control that shows the text when it can take the
	// focus: a step of its own undo history, and its input event updates
	// the page. Otherwise (a list or choice parameter, a text on a pane a
	// phone is not showing) the fix is a page-level replacement, which
	// the Undo notice and Back bring back.
	if !p.fixInEditor(pane, d) {
		p.replace(ctx, view.Fix(p.st, pane, d), "Fix “"+d.Fix.Title+"” applied.")
	}
	// The fix button goes with its finding: the focus moves to the next
	// fix of the list, or after the last one to the text it fixed.
	p.afterRender(ctx, func(ctx app.Context) {
		if !focusFirst(`[data-testid="` + list + `"] [data-testid="fix"]`) {
			focus(editor)
		}
	})
	p.flush(ctx)
}

// Lang shows the snippet of language id (components.Handler).
func (p *page) Lang(ctx app.Context, id string) {
	p.st.Lang = id
	p.remember()
	p.recompute()
	p.scheduleLink(ctx)
	p.flush(ctx)
}

// Secrets says whether links carry secrets (components.Handler).
func (p *page) Secrets(ctx app.Context, on bool) {
	p.chrome.Secrets = on
	p.chrome.ShareLink = ""
	p.scheduleLink(ctx)
	p.flush(ctx)
}

// Theme switches the theme and remembers it (components.Handler).
func (p *page) Theme(ctx app.Context) {
	th := "dark"
	if p.chrome.Dark {
		th = "light"
	}
	storeTheme(th)
	p.chrome.Dark = applyTheme(th)
	p.flush(ctx)
}

// Reload loads the newer version (components.Handler). The link is
// written first, so that the reload opens what was typed last, not what
// the address bar held before typing paused.
func (p *page) Reload(ctx app.Context) {
	p.linkSeq++ // a pending debounced write is superseded
	p.writeLink(ctx)
	ctx.Reload()
}

// DismissUpdate hides the update notice (components.Handler).
func (p *page) DismissUpdate(ctx app.Context) {
	p.chrome.Update = false
	p.flush(ctx)
}

// DismissShareError hides the damaged-link notice (components.Handler).
func (p *page) DismissShareError(ctx app.Context) {
	p.chrome.ShareError = ""
	p.flush(ctx)
}

// Copy copies an output and says whether it worked (components.Handler).
func (p *page) Copy(ctx app.Context, out components.Output) {
	var text string
	switch out {
	case components.OutTwiML:
		text = p.st.XML
	case components.OutFormBody:
		text = p.vm.FormBody
	case components.OutCurl:
		text = p.vm.Curl
	case components.OutSnippet:
		text = p.vm.Snippet
	default:
		return
	}
	components.CopyText(text, func(ok bool) { p.dispatch(ctx, func(ctx app.Context) { p.copied(ctx, out, ok) }) })
}

// copied labels out's copy button for two seconds.
func (p *page) copied(ctx app.Context, out components.Output, ok bool) {
	// A new map, so that the panes see their labels change.
	copied := maps.Clone(p.chrome.Copied)
	copied[out] = "Copy failed"
	if ok {
		copied[out] = "Copied"
	}
	p.chrome.Copied = copied
	p.copySeq++
	seq := p.copySeq
	p.after(ctx, 2*time.Second, func(ctx app.Context) {
		if seq == p.copySeq {
			p.chrome.Copied = map[components.Output]string{}
		}
	})
}

// Example fills all three panes from the gallery preset id, in a history
// entry of its own: Back and Undo bring back what was there
// (components.Handler).
func (p *page) Example(ctx app.Context, id string) {
	for _, ex := range examples() {
		if ex.ID == id {
			s := ex.State
			s.Pane = p.st.Pane
			s.Lang = p.st.Lang
			p.replace(ctx, s, "Example “"+ex.Title+"” loaded.")
			p.chrome.Example = id
			p.flush(ctx)
			return
		}
	}
}

// Share writes the link now, shows it and copies it (components.Handler).
func (p *page) Share(ctx app.Context) {
	p.linkSeq++ // a pending debounced write is superseded
	link := p.writeLink(ctx)
	p.chrome.ShareLink = link
	p.chrome.ShareNote = ""
	components.CopyText(link, func(ok bool) {
		p.dispatch(ctx, func(ctx app.Context) {
			if p.chrome.ShareLink != link {
				return
			}
			p.chrome.ShareNote = "Copy failed: copy the link by hand."
			if ok {
				p.chrome.ShareNote = "Copied."
			}
		})
	})
	p.flush(ctx)
}

// linkDelay is how long typing must pause before the address bar's link
// is refreshed.
const linkDelay = 300 * time.Millisecond

func (p *page) scheduleLink(ctx app.Context) {
	p.linkSeq++
	seq := p.linkSeq
	p.after(ctx, linkDelay, func(ctx app.Context) {
		if seq == p.linkSeq {
			p.writeLink(ctx)
		}
	})
}

// writeLink puts the state into the address bar without a navigation and
// returns the whole link. The history entry keeps its number (history.go).
func (p *page) writeLink(ctx app.Context) string {
	if app.IsServer {
		return ""
	}
	return p.putLink(ctx, "replaceState", app.Window().Get("history").Get("state"), p.st)
}
