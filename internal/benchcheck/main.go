// Command benchcheck reads `go test -bench` output on stdin, prints every
// budgeted figure next to its budget as a ratio, and exits non-zero when a
// budget is broken or a budgeted benchmark did not run.
//
// Usage: go test -run '^$' -bench . -benchmem ./... | go run ./internal/benchcheck bench/*.txt
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// A budget caps one metric of one benchmark.
type budget struct {
	bench  string  // benchmark name without the -GOMAXPROCS suffix
	metric string  // unit as printed by go test, e.g. ns/op, allocs/op, ratio
	max    float64 // the largest allowed value
}

// parseBudgets reads lines of "BenchmarkName metric max"; # starts a comment.
func parseBudgets(r io.Reader) ([]budget, error) {
	var out []budget
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("budgets line %d: want \"name metric max\", got %q", n, sc.Text())
		}
		max, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("budgets line %d: %v", n, err)
		}
		out = append(out, budget{f[0], f[1], max})
	}
	return out, sc.Err()
}

// parseResults reads benchmark result lines and returns name → metric → value.
// Output that is not a benchmark line is copied to echo. Budgets name
// benchmarks without their package, so one name in two packages is an error.
func parseResults(r io.Reader, echo io.Writer) (map[string]map[string]float64, error) {
	res := map[string]map[string]float64{}
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
		name := stripProcs(f[0])
		if prev, ok := owner[name]; ok && prev != pkg {
			return nil, fmt.Errorf("%s runs in both %s and %s: rename one, budgets cannot tell them apart", name, prev, pkg)
		}
		owner[name] = pkg
		m := res[name]
		if m == nil {
			m = map[string]float64{}
			res[name] = m
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			m[f[i+1]] = v
		}
	}
	return res, sc.Err()
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
		v, ok := res[b.bench][b.metric]
		if !ok {
			fmt.Fprintf(w, "%-58s %-12s %14s %14g %7s  MISSING\n", b.bench, b.metric, "-", b.max, "-")
			bad++
			continue
		}
		ratio := 0.0
		if b.max != 0 {
			ratio = v / b.max
		}
		verdict := "ok"
		if v > b.max {
			verdict = "OVER BUDGET"
			bad++
		}
		fmt.Fprintf(w, "%-58s %-12s %14.4g %14g %7.2f  %s\n", b.bench, b.metric, v, b.max, ratio, verdict)
	}
	return bad
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
