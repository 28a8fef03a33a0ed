package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Sync gives each control its live state after a render, touching only
// what differs, so the caret moves only when a text changed from elsewhere
// (a fix, an example, a link, the builder). A select whose value is not
// one of its options gets that option added (as text, never markup). It
// reports whether every control was found.
func Sync(bs []view.Binding) bool {
	doc := app.Window().Get("document")
	all := true
	for _, b := range bs {
		e := doc.Call("getElementById", b.ID)
		if !e.Truthy() {
			all = false
			continue
		}
		if b.Check {
			if on := b.Value == "true"; e.Get("checked").Bool() != on {
				e.Set("checked", on)
			}
			continue
		}
		if e.Get("value").String() != b.Value {
			e.Set("value", b.Value)
			if e.Get("tagName").String() == "SELECT" && e.Get("value").String() != b.Value {
				o := doc.Call("createElement", "option")
				o.Set("value", b.Value)
				o.Set("textContent", b.Value)
				e.Call("appendChild", o)
				e.Set("value", b.Value)
			}
		}
		inv := boolean(b.Invalid)
		if e.Call("getAttribute", "aria-invalid").String() != inv {
			e.Call("setAttribute", "aria-invalid", inv)
		}
	}
	return all
}
