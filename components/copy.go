package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// CopyButton copies Text with the Clipboard API. It says "Copied" only
// when the browser confirmed the write, and "Copy failed" otherwise.
type CopyButton struct {
	app.Compo

	TestID string // data-testid of the button
	Label  string // accessible name, e.g. "Copy curl"
	Text   string // what the button copies

	status string
	seq    int
}

// Render shows the button and its status.
func (c *CopyButton) Render() app.UI {
	label := "Copy"
	if c.status != "" {
		label = c.status
	}
	return button(label, c.copy, "", "class", "copy", "data-testid", c.TestID, "aria-label", c.Label, "title", c.Label)
}

func (c *CopyButton) copy(ctx app.Context) {
	CopyText(ctx, c.Text, func(ctx app.Context, ok bool) {
		c.status = "Copy failed"
		if ok {
			c.status = "Copied"
		}
		c.seq++
		seq := c.seq
		ctx.After(2*time.Second, func(ctx app.Context) {
			if c.seq == seq {
				c.status = ""
			}
		})
	})
}

// CopyText writes text to the clipboard and reports, on the UI goroutine,
// whether the browser confirmed it.
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
