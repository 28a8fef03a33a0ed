package calls

import "testing"

// BenchmarkFull is what the page does on each keystroke in the Calls pane:
// Check, FormBody and Curl for a request with every field set.
func BenchmarkFull(b *testing.B) {
	r := fullRequest()
	b.ReportAllocs()
	for b.Loop() {
		_ = Check(r)
		_ = FormBody(r)
		_ = Curl(r)
	}
}
