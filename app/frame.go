package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// flush renders the page now instead of at go-app's next frame, which can
// be a whole frame (8 ms) away: a keystroke's diagnostics show at once.
// It relies on no go-app Async work being pending (Consume waits for it),
// which is why the page's timers use after, not ctx.After.
func (p *page) flush(ctx app.Context) {
	d, ok := ctx.Dispatcher().(app.ClientDispatcher)
	if !ok || app.IsServer {
		return
	}
	p.Update() // marks the page, not only the component of the event's element
	d.Consume()
}

// dispatch runs fn on the UI goroutine, then renders the page. The page is
// the dispatch's source: the element whose event scheduled fn may be gone
// by then (a fix button disappears with its finding), and go-app skips a
// dispatch whose source is no longer mounted.
func (p *page) dispatch(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
}

// afterRender runs fn once the page has rendered, through dispatch's
// source, like ctx.Defer.
func (p *page) afterRender(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: fn})
}

// after runs fn through dispatch once d has passed, like ctx.After, but
// without go-app's Async bookkeeping that flush would wait for.
func (p *page) after(ctx app.Context, d time.Duration, fn func(app.Context)) {
	time.AfterFunc(d, func() { p.dispatch(ctx, fn) })
}

// nextTask runs fn through dispatch in a new browser task, so that the
// browser paints and handles input before it. Start-up work that the first
// paint does not need runs this way, one short step per task.
func (p *page) nextTask(ctx app.Context, fn func(app.Context)) {
	inNextTask(func() { p.dispatch(ctx, fn) })
}

// nextTaskNow runs fn on the UI goroutine in a new browser task, like
// nextTask, without marking the page for go-app's next frame: fn renders
// what it changed itself (flush), in the same task. Outside a browser
// (the native tests) fn is only dispatched: the next Consume runs it.
func (p *page) nextTaskNow(ctx app.Context, fn func(app.Context)) {
	run := func() {
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: fn})
	}
	if app.IsServer {
		run()
		return
	}
	inNextTask(run)
}

// inNextTask calls fn in a new browser task (a setTimeout callback). A Go
// timer does not do that: one that is already due when the program would
// go idle runs in the same task, so after(ctx, 0, fn) never lets the
// browser in. fn runs outside go-app's UI goroutine and must not touch the
// page; nextTask is for work on the page.
func inNextTask(fn func()) {
	if app.IsServer {
		return
	}
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		fn()
		return nil
	})
	app.Window().Call("setTimeout", cb, 0)
}
