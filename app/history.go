package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// history makes every page-level replacement of what a person typed (an
// example today) undoable. The replaced state stays in a browser history
// entry of its own, so the browser's Back brings it back, and the Undo
// control does the same. Typing only replaces the current entry's link.
//
// Entries hold the exact states in memory, secrets included, keyed by the
// number each entry carries as its history.state; a link without secrets
// would lose the passwords on the way back. An entry this page did not make
// (a link opened from elsewhere) is restored from its link.
type history struct {
	next   int                 // the number the next entry gets
	states map[int]state.State // the state of each entry this page made
	undo   int                 // the entry Undo goes back to, or 0
	pushed int                 // the entry the last replacement made
}

// historyKey is the property of history.state holding an entry's number.
const historyKey = "sipplay"

// entry returns the number of the current history entry, or 0 when this
// page did not make it.
func entry() (n int) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	st := app.Window().Get("history").Get("state")
	if !st.Truthy() || st.Get(historyKey).Type() != app.TypeNumber {
		return 0
	}
	return st.Get(historyKey).Int()
}

// remember keeps the page's state as its entry's.
func (p *page) remember() {
	if n := entry(); n != 0 && p.hist.states != nil {
		p.hist.states[n] = p.st
	}
}

// replace makes s the page state as a replacement of everything typed, in
// a new history entry; what was typed stays in the entry before it. what
// says what replaced it, for the Undo notice.
func (p *page) replace(ctx app.Context, s state.State, what string) {
	if app.IsServer {
		p.set(ctx, s)
		return
	}
	if p.hist.states == nil {
		p.hist.states = map[int]state.State{}
	}
	// The current entry: numbered, holding the state as it is now.
	before := entry()
	if before == 0 {
		p.hist.next++
		before = p.hist.next
	}
	p.hist.states[before] = p.st
	p.linkSeq++ // a pending debounced write is superseded
	p.putLink(ctx, "replaceState", map[string]any{historyKey: before}, p.st)

	p.hist.next++
	p.putLink(ctx, "pushState", map[string]any{historyKey: p.hist.next}, s)
	p.set(ctx, s) // remembered as the new entry's
	p.linkSeq++
	p.hist.undo, p.hist.pushed = before, p.hist.next
	p.chrome.Undo = what
}

// putLink calls history's method (pushState or replaceState) with the
// entry's state and the link to s, and returns the link.
func (p *page) putLink(ctx app.Context, method string, entryState any, s state.State) string {
	u := *ctx.Page().URL()
	u.Fragment = state.Encode(s, p.chrome.Secrets)
	u.RawFragment = ""
	p.lastFrag = u.Fragment
	app.Window().Get("history").Call(method, entryState, "", u.String())
	return u.String()
}

// restoreEntry makes the state of the current history entry the page's, when
// this page made the entry, and reports whether it did.
func (p *page) restoreEntry() bool {
	s, ok := p.hist.states[entry()]
	if !ok {
		return false
	}
	p.st = s
	p.chrome.ShareLink = ""
	p.chrome.Undo = ""
	p.chrome.Example = ""
	p.recompute()
	return true
}

// Undo goes back to what was typed before the last replacement
// (components.Handler): through the browser's history when that entry is
// the one before, else by restoring it.
func (p *page) Undo(ctx app.Context) {
	s, ok := p.hist.states[p.hist.undo]
	if !ok {
		return
	}
	if entry() == p.hist.pushed {
		app.Window().Get("history").Call("back") // OnNav restores it
		return
	}
	p.chrome.Undo = ""
	p.set(ctx, s)
	p.flush(ctx)
}

// DismissUndo hides the Undo notice (components.Handler).
func (p *page) DismissUndo(ctx app.Context) {
	p.chrome.Undo = ""
	p.flush(ctx)
}

// DismissSecretsNote hides the note that a link came without its secrets
// (components.Handler).
func (p *page) DismissSecretsNote(ctx app.Context) {
	p.chrome.SecretsLeftOut = false
	p.flush(ctx)
}

// listenHistory restores this page's entries on Back and Forward. go-app's
// own navigation skips a move to the URL it saw last, which Undo's Back
// can be, so the page listens to popstate itself.
func (p *page) listenHistory() {
	app.Window().AddEventListener("popstate", func(ctx app.Context, e app.Event) {
		if p.restoreEntry() {
			p.lastFrag = app.Window().URL().Fragment
			p.scheduleHighlight(ctx)
			p.flush(ctx)
		}
	})
}

// Import fills the panes from a pasted curl or twilio CLI command or form
// body (view.Import), in a history entry of its own like an example: Back
// and Undo bring back what was there. A pasted auth token is never kept
// (components.Handler).
func (p *page) Import(ctx app.Context, text string) {
	s, findings, ok := view.Import(p.st, text)
	p.chrome.ImportFindings = findings
	if !ok {
		p.chrome.ImportNote = "Nothing was imported: no Calls request was found in the pasted text."
		p.flush(ctx)
		return
	}
	s.Pane = p.st.Pane
	s.Lang = p.st.Lang
	p.replace(ctx, s, "Request imported.")
	p.chrome.ImportNote = "Imported into the panes. Back or Undo brings back what was there."
	p.flush(ctx)
}
