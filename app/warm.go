package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// The browser first runs wasm with a quick, slow compiler and recompiles
// the code that turns out hot. Left alone, the first keystrokes of a visit
// pay for that. warm runs the keystroke pipeline (transitions, checks,
// highlighting, the call's outputs) on throwaway states once the person
// starts to use the page (onFirstInput), one throwaway keystroke per browser
// task, so that a real one waits for one of them at most. A visit that only
// reads a link never pays for it.

// warmRounds is how many throwaway keystrokes warm runs.
const warmRounds = 48

// warm starts the warm-up. It works on its own states and Deriver, never
// on the page's, so its steps run outside go-app's UI goroutine.
func warm(lang string) {
	var d view.Deriver
	s := state.Default()
	texts := [...]string{
		"sip:alice@example.sip.twilio.com;transport=tls;region=ie1?X-Note=a",
		"sip:alice@example.sip.twilio.com;transport=TCP?X-Note=ab&User-to-User=1",
		"sips:bob@example.com:5061;secure=true",
	}
	round := 0
	var step func()
	step = func() {
		s = view.SetURI(s, texts[round%len(texts)])
		s = view.SetSip(s, 0, "uri", texts[(round+1)%len(texts)])
		s, _ = view.Apply(s, view.Action{Kind: view.ActXML}, s.XML+" ")
		d.Page(s, lang)
		if round++; round < warmRounds {
			inNextTask(step)
		}
	}
	inNextTask(step)
}

// firstInputEvents are the events that say a person has started to use the
// page: a key, a pointer press, the focus entering a control.
var firstInputEvents = []string{"keydown", "pointerdown", "focusin"}

// onFirstInput calls fn once, in a browser task of its own, after the first
// of firstInputEvents. fn runs outside go-app's UI goroutine, like
// inNextTask's.
func onFirstInput(fn func()) {
	if app.IsServer {
		return
	}
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		for _, ev := range firstInputEvents {
			app.Window().Call("removeEventListener", ev, cb, true)
		}
		cb.Release()
		inNextTask(fn)
		return nil
	})
	for _, ev := range firstInputEvents {
		app.Window().Call("addEventListener", ev, cb, true)
	}
}
