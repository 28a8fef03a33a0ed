package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// focus moves the keyboard focus to the element id, if it exists.
func focus(id string) {
	defer func() { recover() }()
	if e := app.Window().GetElementByID(id); e.Truthy() {
		e.Call("focus")
	}
}
