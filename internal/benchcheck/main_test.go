package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStripProcs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"BenchmarkParse-2", "BenchmarkParse"},
		{"BenchmarkParse/typical-16", "BenchmarkParse/typical"},
		{"BenchmarkParse/a-b", "BenchmarkParse/a-b"},
		{"BenchmarkParse", "BenchmarkParse"},
	} {
		assert.Equal(t, tc.want, stripProcs(tc.in), "input %q", tc.in)
	}
}

func TestReport(t *testing.T) {
	out := `goos: linux
BenchmarkParse/typical-2   	 1000000	       612.0 ns/op	     128 B/op	       3 allocs/op
BenchmarkWasm-2   	       1	         1.19 ratio
PASS`
	res, err := parseResults(strings.NewReader(out), io.Discard)
	require.NoError(t, err)
	for _, tc := range []struct {
		budgets string
		bad     int
	}{
		{"BenchmarkParse/typical ns/op 1000\nBenchmarkParse/typical allocs/op 4", 0},
		{"BenchmarkParse/typical ns/op 500", 1},
		{"BenchmarkParse/typical allocs/op 2 # too few", 1},
		{"BenchmarkWasm ratio 1.25", 0},
		{"BenchmarkWasm ratio 1.1", 1},
		{"BenchmarkMissing ns/op 1", 1},
	} {
		b, err := parseBudgets(strings.NewReader(tc.budgets))
		require.NoError(t, err, "budgets %q", tc.budgets)
		var w bytes.Buffer
		assert.Equal(t, tc.bad, report(&w, b, res), "budgets %q:\n%s", tc.budgets, w.String())
	}
}

func TestParseBudgetsRejectsMalformed(t *testing.T) {
	for _, in := range []string{"BenchmarkX ns/op", "BenchmarkX ns/op fast"} {
		_, err := parseBudgets(strings.NewReader(in))
		assert.Error(t, err, "input %q", in)
	}
}

func TestParseResultsRejectsOneNameInTwoPackages(t *testing.T) {
	out := "pkg: example.com/a\nBenchmarkX-2 10 5 ns/op\npkg: example.com/b\nBenchmarkX-2 10 7 ns/op\n"
	_, err := parseResults(strings.NewReader(out), io.Discard)
	assert.ErrorContains(t, err, "BenchmarkX", "input %q", out)

	same := "pkg: example.com/a\nBenchmarkX/a-2 10 5 ns/op\nBenchmarkX/b-2 10 7 ns/op\n"
	res, err := parseResults(strings.NewReader(same), io.Discard)
	require.NoError(t, err, "input %q", same)
	assert.Equal(t, 7.0, res["BenchmarkX/b"]["ns/op"], "input %q", same)
}

func TestRatioBudgets(t *testing.T) {
	out := `pkg: example.com/peer
BenchmarkPeer/mine-2     2000   4000 ns/op   60 allocs/op
BenchmarkPeer/theirs-2   2000   8000 ns/op   80 allocs/op
BenchmarkPeer/check-2    2000  12000 ns/op
`
	res, err := parseResults(strings.NewReader(out), io.Discard)
	require.NoError(t, err)
	for _, tc := range []struct {
		budgets string
		bad     int
		printed string
	}{
		{"speed: BenchmarkPeer/theirs / BenchmarkPeer/mine ns/op >= 1.5", 0, "speed ratio 2.00 (budget >= 1.5)  ok"},
		{"speed: BenchmarkPeer/theirs / BenchmarkPeer/mine ns/op >= 2.5", 1, "speed ratio 2.00 (budget >= 2.5)  BROKEN"},
		{"Check/Parse: BenchmarkPeer/check / BenchmarkPeer/mine ns/op <= 4", 0, "Check/Parse ratio 3.00 (budget <= 4)  ok"},
		{"Check/Parse: BenchmarkPeer/check / BenchmarkPeer/mine ns/op <= 2", 1, "Check/Parse ratio 3.00 (budget <= 2)  BROKEN"},
		{"BenchmarkPeer/mine / BenchmarkPeer/theirs allocs/op <= 0.8 # unlabelled", 0, "BenchmarkPeer/mine / BenchmarkPeer/theirs allocs/op ratio 0.75 (budget <= 0.8)  ok"},
		{"speed: BenchmarkPeer/theirs / BenchmarkPeer/gone ns/op >= 1.5", 1, "speed ratio - (budget >= 1.5)  MISSING"},
		{"speed: BenchmarkPeer/theirs / BenchmarkPeer/check allocs/op >= 1", 1, "MISSING"},
	} {
		b, err := parseBudgets(strings.NewReader(tc.budgets))
		require.NoError(t, err, "budgets %q", tc.budgets)
		var w bytes.Buffer
		assert.Equal(t, tc.bad, report(&w, b, res), "budgets %q:\n%s", tc.budgets, w.String())
		assert.Contains(t, w.String(), tc.printed, "budgets %q", tc.budgets)
	}
}

func TestParseBudgetsRejectsMalformedRatios(t *testing.T) {
	for _, in := range []string{
		"BenchmarkA / BenchmarkB ns/op 1.5",         // no comparison
		"BenchmarkA / BenchmarkB ns/op > 1.5",       // not >= or <=
		"BenchmarkA BenchmarkB ns/op >= 1.5 x",      // no slash
		"label: BenchmarkA ns/op 3",                 // a label on a plain budget
		"label: BenchmarkA / BenchmarkB ns/op >= x", // no number
		"label:", // a label alone
	} {
		_, err := parseBudgets(strings.NewReader(in))
		assert.Error(t, err, "input %q", in)
	}
}

func TestRepeatedRunsGiveTheirFastest(t *testing.T) {
	// Sub-benchmarks run in rounds are named name, name#01, name#02...;
	// -count repeats a name as it is. Either way a figure is the smallest.
	out := `pkg: example.com/peer
BenchmarkPeer/a-2      100  900 ns/op  3 allocs/op
BenchmarkPeer/b-2      100  50 ns/op
BenchmarkPeer/a#01-2   100  100 ns/op  3 allocs/op
BenchmarkPeer/b#01-2   100  70 ns/op
BenchmarkPeer/a#02-2   100  200 ns/op  3 allocs/op
BenchmarkPeer/b-2      100  40 ns/op
BenchmarkPeer/c#x-2    100  5 ns/op
`
	res, err := parseResults(strings.NewReader(out), io.Discard)
	require.NoError(t, err, "input %q", out)
	assert.Equal(t, 100.0, res["BenchmarkPeer/a"]["ns/op"], "rounds named a, a#01, a#02")
	assert.Equal(t, 3.0, res["BenchmarkPeer/a"]["allocs/op"], "allocs of BenchmarkPeer/a")
	assert.Equal(t, 40.0, res["BenchmarkPeer/b"]["ns/op"], "b repeated by -count and in rounds")
	assert.Equal(t, 5.0, res["BenchmarkPeer/c#x"]["ns/op"], "a # not followed by a number is part of the name")
}

func TestStripRepeat(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"BenchmarkPeer/a#01", "BenchmarkPeer/a"},
		{"BenchmarkPeer/a#12", "BenchmarkPeer/a"},
		{"BenchmarkPeer/a", "BenchmarkPeer/a"},
		{"BenchmarkPeer/a#", "BenchmarkPeer/a#"},
		{"BenchmarkPeer/a#b", "BenchmarkPeer/a#b"},
	} {
		assert.Equal(t, tc.want, stripRepeat(tc.in), "input %q", tc.in)
	}
}
