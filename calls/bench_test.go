package calls

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkFull is what the page does on each keystroke in the Calls pane:
// Check, FormBody and Curl for a request with every field set. Besides
// ns/op (the budgeted wall time) it reports cpu-ns/op, the process's CPU
// time per op, which a busy shared machine disturbs less.
func BenchmarkFull(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		_ = Check(r)
		_ = FormBody(r)
		_ = Curl(r)
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// The parts of BenchmarkFull, and the snippets, for finding where time goes.

func BenchmarkCallsCheck(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	for b.Loop() {
		_ = Check(r)
	}
}

func BenchmarkFormBody(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	for b.Loop() {
		_ = FormBody(r)
	}
}

func BenchmarkCurl(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	for b.Loop() {
		_ = Curl(r)
	}
}

func BenchmarkSnippets(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range languages {
			_ = Snippet(r, l.ID)
		}
	}
}
