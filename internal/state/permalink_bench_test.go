package state

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"testing"
)

// benchStates are the states whose link size make bench reports: the "Dial
// with several attributes" preset and the maximal state.
func benchStates(b *testing.B) map[string]State {
	out := map[string]State{"maximal": maximal()}
	for _, ex := range Examples() {
		if ex.ID == "call-screening" {
			out["dial-several-attributes"] = ex.State
		}
	}
	if len(out) != 2 {
		b.Fatal("the call-screening preset is missing")
	}
	return out
}

// BenchmarkLink encodes each state and reports its link length against the
// raw JSON of the same state (encoding/json of State) and against that JSON
// deflated, the obvious alternative format.
func BenchmarkLink(b *testing.B) {
	for name, s := range benchStates(b) {
		b.Run(name, func(b *testing.B) {
			js, err := json.Marshal(s)
			if err != nil {
				b.Fatal(err)
			}
			var z bytes.Buffer
			w, _ := flate.NewWriter(&z, flate.BestCompression)
			w.Write(js)
			w.Close()
			b.ReportAllocs()
			var link string
			for b.Loop() {
				link = Encode(s, true)
			}
			b.ReportMetric(float64(len(link)), "link-bytes")
			b.ReportMetric(float64(len(js)), "json-bytes")
			b.ReportMetric(float64(len(link))/float64(len(js)), "ratio")
			b.ReportMetric(float64(len(link))/float64(z.Len()*4/3), "ratio-vs-deflated-json")
		})
	}
}

// BenchmarkDecode opens each state's link, as a page load does.
func BenchmarkDecode(b *testing.B) {
	for name, s := range benchStates(b) {
		b.Run(name, func(b *testing.B) {
			link := Encode(s, true)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode(link); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
