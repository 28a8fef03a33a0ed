package callflow

import (
	"testing"

	"github.com/sipplay/sipplay/twiml"
)

// BenchmarkCallflowDerive derives the flow of the maximal state: ten <Sip>
// nouns with every callback, credentials and AMD, and every Calls callback.
// The findings and the read <Dial> come from the page, which has them
// already (see BenchmarkCallflowFindings); SIP message sketches are written
// only for the step a person chooses.
// Signatures and replay curls are made only for the request a person
// chooses (BenchmarkCallflowReplay).
func BenchmarkCallflowDerive(b *testing.B) {
	in := maximalInput(10)
	found := FindingsOf(in)
	in.Findings = &found
	d, err := twiml.ParseDial(in.TwiML)
	if err != nil {
		b.Fatal(err)
	}
	in.Dial = &d
	s := Settings{Outcome: Answered}
	for b.Loop() {
		Derive(in, s)
	}
}

// BenchmarkCallflowFindings runs the checks Derive needs when the page does
// not pass its findings.
func BenchmarkCallflowFindings(b *testing.B) {
	in := maximalInput(10)
	for b.Loop() {
		FindingsOf(in)
	}
}

// BenchmarkCallflowReplay signs one webhook and writes its replay curl.
func BenchmarkCallflowReplay(b *testing.B) {
	f := Derive(maximalInput(10), Settings{Outcome: Answered})
	var r *Request
	for _, s := range f.Steps {
		if s.Label == "POST action" {
			r = s.Request
		}
	}
	for b.Loop() {
		r.Sign("0123456789abcdef0123456789abcdef")
		r.Replay(DefaultReplayBase, "0123456789abcdef0123456789abcdef")
	}
}
