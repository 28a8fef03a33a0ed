package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// themeKey is the localStorage key remembering the chosen theme.
const themeKey = "sipplay-theme"

// storedTheme returns the remembered theme ("light", "dark") or "" to
// follow the OS.
func storedTheme() (t string) {
	defer func() {
		if recover() != nil {
			t = ""
		}
	}()
	if app.IsServer {
		return ""
	}
	v := app.Window().Get("localStorage").Call("getItem", themeKey)
	if v.Type() != app.TypeString {
		return ""
	}
	switch s := v.String(); s {
	case "light", "dark":
		return s
	}
	return ""
}

// storeTheme remembers t; storage that is unavailable is ignored.
func storeTheme(t string) {
	defer func() { recover() }()
	if app.IsServer {
		return
	}
	app.Window().Get("localStorage").Call("setItem", themeKey, t)
}

// applyTheme sets data-theme on <html> ("" follows the OS) and reports
// whether the dark theme is in effect.
func applyTheme(t string) (dark bool) {
	defer func() { recover() }()
	if app.IsServer {
		return false
	}
	root := app.Window().Get("document").Get("documentElement")
	if t == "" {
		root.Call("removeAttribute", "data-theme")
		mq := app.Window().Call("matchMedia", "(prefers-color-scheme: dark)")
		return mq.Truthy() && mq.Get("matches").Bool()
	}
	root.Call("setAttribute", "data-theme", t)
	return t == "dark"
}
