package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// flush renders the page now instead of at go-app's next frame, which can
// be a whole frame (8 ms) away: a keystroke's diagnostics show at once.
// It relies on no go-app Async work being pending (Consume waits for it),
// which is why the page's timers use after, not ctx.After.
func flush(ctx app.Context) {
	d, ok := ctx.Dispatcher().(app.ClientDispatcher)
	if !ok || app.IsServer {
		return
	}
	ctx.Dispatch(func(app.Context) {}) // marks the page for update
	d.Consume()
}

// after runs fn on the UI goroutine once d has passed, like ctx.After, but
// without go-app's Async bookkeeping that flush would wait for.
func after(ctx app.Context, d time.Duration, fn func(app.Context)) {
	time.AfterFunc(d, func() { ctx.Dispatch(fn) })
}
