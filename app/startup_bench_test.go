package main

import (
	"testing"

	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// BenchmarkStartup measures natively the Go side of opening the page from a
// link, step by step: reading the link into a page state, the first view
// (every pane checked, the short texts highlighted, the call's outputs), the
// highlighting left for the first pause (the curl command). The
// lexers are compiled once per process, before the timer starts; their
// first-use cost is highlight's BenchmarkLexerFirstUse. The browser-side
// figures are bench/lighthouse's.
func BenchmarkStartup(b *testing.B) {
	s := linkedState(b)
	link := state.Encode(s, false)

	b.Run("link", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := state.Decode(link); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("first-view", func(b *testing.B) {
		warmLexers(s)
		b.ReportAllocs()
		for b.Loop() {
			var d view.Deriver
			d.Page(s, "")
		}
	})
	b.Run("pending-highlight", func(b *testing.B) {
		warmLexers(s)
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			var d view.Deriver
			d.Page(s, "")
			b.StartTimer()
			d.HighlightPending()
		}
	})
}

// linkedState is the state a shared link typically carries: the "Dial with
// several attributes" preset (pane 2's builder, inline TwiML in pane 3).
func linkedState(b *testing.B) state.State {
	for _, ex := range state.Examples() {
		if ex.ID == "call-screening" {
			return ex.State
		}
	}
	b.Fatal("the call-screening preset is missing")
	return state.State{}
}

// warmLexers runs every lexer once, so that chroma's one-time compile of
// their patterns is not part of the figure.
func warmLexers(s state.State) {
	var d view.Deriver
	d.Page(s, "")
	d.HighlightPending()
}
