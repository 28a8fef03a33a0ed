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

// onePaneShown reports whether the page's layout shows one pane at a time
// (the tabs are shown: a narrow screen), as the pre-rendered page is laid
// out.
func onePaneShown() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	tabs := app.Window().Get("document").Call("querySelector", "nav.tabs")
	return tabs.Truthy() && app.Window().Call("getComputedStyle", tabs).Get("display").String() != "none"
}
