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
