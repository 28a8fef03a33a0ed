// Command benchcheck reads `go test -bench` output on stdin, prints every
// budgeted figure next to its budget as a ratio, and exits non-zero when a
// budget is broken or a budgeted benchmark did not run. A budget caps one
// benchmark's metric, or bounds the ratio of two benchmarks' metrics (one
// parser against another, measured side by side).
//
// Usage: go test -run '^$' -bench . -benchmem ./... | go run ./internal/benchcheck bench/*.txt
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// A budget bounds one figure: a metric of one benchmark, or the ratio of
// that metric in two benchmarks, as when one parser is compared with
// another in the same run.
type budget struct {
	bench  string  // benchmark name without the -GOMAXPROCS suffix
	metric string  // unit as printed by go test, e.g. ns/op, allocs/op, ratio
	limit  float64 // the largest allowed value, or with atLeast the smallest
	// For a ratio budget: the benchmark whose metric divides bench's, what
	// the ratio means (printed with it), and whether limit is a minimum.
	over    string
	label   string
	atLeast bool
}

// parseBudgets reads lines of "BenchmarkName metric max", or for a ratio
// "[label:] BenchmarkA / BenchmarkB metric >= min" (or "<= max"), which
// bounds A's metric divided by B's; # starts a comment.
func parseBudgets(r io.Reader) ([]budget, error) {
	var out []budget
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		label := ""
		if l, rest, ok := strings.Cut(line, ": "); ok {
			label, line = strings.TrimSpace(l), rest
		}
		f := strings.Fields(line)
		var b budget
		switch {
		case len(f) == 0 && label == "":
			continue
		case len(f) == 3 && label == "":
			b = budget{bench: f[0], metric: f[1]}
		case len(f) == 6 && f[1] == "/" && (f[4] == ">=" || f[4] == "<="):
			b = budget{bench: f[0], over: f[2], metric: f[3], label: label, atLeast: f[4] == ">="}
			if b.label == "" {
				b.label = f[0] + " / " + f[2] + " " + f[3]
			}
		default:
			return nil, fmt.Errorf("budgets line %d: want \"name metric max\" or \"[label:] nameA / nameB metric >= min\" (or <= max), got %q", n, sc.Text())
		}
		limit, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil {
			return nil, fmt.Errorf("budgets line %d: %v", n, err)
		}
		b.limit = limit
		out = append(out, b)
	}
	return out, sc.Err()
}

// parseResults reads benchmark result lines and returns name → metric →
// value. Output that is not a benchmark line is copied to echo. Budgets
// name benchmarks without their package, so one name in two packages is an
// error. A benchmark that ran several times (go test names the repeats of
// a sub-benchmark name#01, name#02, ...; -count repeats a name as it is)
// has the smallest figure of its runs: on a shared machine the load of
// others only ever adds time, so the fastest run is the one it disturbed
// least.
func parseResults(r io.Reader, echo io.Writer) (map[string]map[string]float64, error) {
	runs := map[string]map[string][]float64{}
	owner := map[string]string{} // benchmark name → package that ran it
	pkg := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintln(echo, line)
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		name := stripRepeat(stripProcs(f[0]))
		if prev, ok := owner[name]; ok && prev != pkg {
			return nil, fmt.Errorf("%s runs in both %s and %s: rename one, budgets cannot tell them apart", name, prev, pkg)
		}
		owner[name] = pkg
		m := runs[name]
		if m == nil {
			m = map[string][]float64{}
			runs[name] = m
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			m[f[i+1]] = append(m[f[i+1]], v)
		}
	}
	res := map[string]map[string]float64{}
	for name, m := range runs {
		res[name] = map[string]float64{}
		for metric, vs := range m {
			res[name][metric] = slices.Min(vs)
		}
	}
	return res, sc.Err()
}

// stripRepeat removes the "#NN" that go test appends to the second and
// later sub-benchmarks of one name.
func stripRepeat(name string) string {
	i := strings.LastIndexByte(name, '#')
	if i < 0 || i == len(name)-1 {
		return name
	}
	if _, err := strconv.Atoi(name[i+1:]); err != nil {
		return name
	}
	return name[:i]
}

// stripProcs removes the "-N" GOMAXPROCS suffix go test appends to names.
func stripProcs(name string) string {
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return name
	}
	if _, err := strconv.Atoi(name[i+1:]); err != nil {
		return name
	}
	return name[:i]
}

// report prints one line per budget and returns how many were broken or missing.
func report(w io.Writer, budgets []budget, res map[string]map[string]float64) int {
	bad := 0
	fmt.Fprintf(w, "\n%-58s %-12s %14s %14s %7s\n", "benchmark", "metric", "measured", "budget", "ratio")
	for _, b := range budgets {
		if b.over != "" {
			if !reportRatio(w, b, res) {
				bad++
			}
			continue
		}
		v, ok := res[b.bench][b.metric]
		if !ok {
			fmt.Fprintf(w, "%-58s %-12s %14s %14g %7s  MISSING\n", b.bench, b.metric, "-", b.limit, "-")
			bad++
			continue
		}
		ratio := 0.0
		if b.limit != 0 {
			ratio = v / b.limit
		}
		verdict := "ok"
		if v > b.limit {
			verdict = "OVER BUDGET"
			bad++
		}
		fmt.Fprintf(w, "%-58s %-12s %14.4g %14g %7.2f  %s\n", b.bench, b.metric, v, b.limit, ratio, verdict)
	}
	return bad
}

// reportRatio prints the ratio budget b as "label ratio X (budget >= min)"
// and reports whether it is met.
func reportRatio(w io.Writer, b budget, res map[string]map[string]float64) bool {
	op := "<="
	if b.atLeast {
		op = ">="
	}
	what := fmt.Sprintf("%s / %s %s", b.bench, b.over, b.metric)
	num, ok1 := res[b.bench][b.metric]
	den, ok2 := res[b.over][b.metric]
	if !ok1 || !ok2 || den == 0 {
		fmt.Fprintf(w, "%s ratio - (budget %s %g)  MISSING: %s\n", b.label, op, b.limit, what)
		return false
	}
	v := num / den
	met := v <= b.limit
	if b.atLeast {
		met = v >= b.limit
	}
	verdict := "ok"
	if !met {
		verdict = "BROKEN"
	}
	fmt.Fprintf(w, "%s ratio %.2f (budget %s %g)  %s: %s = %.4g / %.4g\n", b.label, v, op, b.limit, verdict, what, num, den)
	return met
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchcheck budgets.txt... < bench-output")
		os.Exit(2)
	}
	var budgets []budget
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		b, err := parseBudgets(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			os.Exit(2)
		}
		budgets = append(budgets, b...)
	}
	res, err := parseResults(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if bad := report(os.Stdout, budgets, res); bad > 0 {
		fmt.Printf("\n%d budget(s) broken or missing\n", bad)
		os.Exit(1)
	}
	fmt.Println("\nall budgets met")
}
