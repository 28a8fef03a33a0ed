package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// CopyText writes text to the clipboard with the Clipboard API and reports,
// on the UI goroutine, whether the browser confirmed the write.
func CopyText(ctx app.Context, text string, done func(ctx app.Context, ok bool)) {
	report := func(ok bool) { ctx.Dispatch(func(ctx app.Context) { done(ctx, ok) }) }
	defer func() {
		if recover() != nil {
			report(false)
		}
	}()
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		report(false)
		return
	}
	var then, fail app.Func
	release := func() { then.Release(); fail.Release() }
	then = app.FuncOf(func(this app.Value, args []app.Value) any { release(); report(true); return nil })
	fail = app.FuncOf(func(this app.Value, args []app.Value) any { release(); report(false); return nil })
	clip.Call("writeText", text).Call("then", then, fail)
}
