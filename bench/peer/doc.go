// Package peer measures sipuri.Parse against a peer, the lenient ParseUri
// of github.com/emiago/sipgo, side by side on one corpus in one run. It is
// a module of its own so that sipgo is no dependency of the playground;
// make bench-peer runs its benchmarks and internal/benchcheck holds them
// to the ratios in budgets.txt.
package peer
