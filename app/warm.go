package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// The browser first runs wasm with a quick, slow compiler and recompiles
// the code that turns out hot. Left alone, the first keystrokes of a visit
// pay for that. warm runs the keystroke pipeline (transitions, checks,
// highlighting, the call's outputs) on throwaway states while the page is
// idle after loading, a few rounds per turn so real input is never held up.

// warmRounds is how many throwaway keystrokes warm runs, warmChunk how many
// per turn of the UI goroutine.
const (
	warmRounds = 48
	warmChunk  = 4
)

// warm schedules the warm-up after the page has settled.
func (p *page) warm(ctx app.Context) {
	var d view.Deriver
	s := state.Default()
	texts := [...]string{
		"sip:alice@example.sip.twilio.com;transport=tls;region=ie1?X-Note=a",
		"sip:alice@example.sip.twilio.com;transport=TCP?X-Note=ab&User-to-User=1",
		"sips:bob@example.com:5061;secure=true",
	}
	round := 0
	var step func(ctx app.Context)
	step = func(ctx app.Context) {
		for i := 0; i < warmChunk && round < warmRounds; i, round = i+1, round+1 {
			s = view.SetURI(s, texts[round%len(texts)])
			s = view.SetSip(s, 0, "uri", texts[(round+1)%len(texts)])
			s, _ = view.Apply(s, view.Action{Kind: view.ActXML}, s.XML+" ")
			d.Page(s, p.lang)
		}
		if round < warmRounds {
			p.after(ctx, 0, step)
		}
	}
	p.after(ctx, warmDelay, step)
}

// warmDelay lets the first paint and the link restore go first.
const warmDelay = 100 * time.Millisecond
