package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// focus moves the keyboard focus to the element id, if it exists.
func focus(id string) {
	defer func() { recover() }()
	if e := app.Window().GetElementByID(id); e.Truthy() {
		e.Call("focus")
	}
}

// focusFirst moves the keyboard focus to the first element matching the
// CSS selector and reports whether there was one.
func focusFirst(selector string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	e := app.Window().Get("document").Call("querySelector", selector)
	if !e.Truthy() {
		return false
	}
	e.Call("focus")
	return true
}
