package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// CopyText writes text to the clipboard with the Clipboard API and calls
// report with whether the browser confirmed the write. report runs outside
// go-app's UI goroutine: it should dispatch what it does to the page.
func CopyText(text string, report func(ok bool)) {
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
