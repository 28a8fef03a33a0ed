package main

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines around each change, as in
// diff -u.
const diffContext = 3

// maxDiffEdits bounds the search for a shortest edit script; past it the
// changed middle of the files is given as one replacement, which is still a
// correct diff, only a longer one.
const maxDiffEdits = 1000

// An edit is one line of an edit script: kept, deleted from the old text or
// inserted from the new one.
type edit struct {
	kind byte // ' ', '-' or '+', as the diff line starts
	line string
}

// unifiedDiff returns the unified diff that turns old into new, with name on
// both file header lines (so patch -p0 applies it in the directory the paths
// are relative to; see diffName), or "" when they are equal. Lines end at '\n'; a last
// line without one is marked "\ No newline at end of file".
func unifiedDiff(name, old, new string) string {
	if old == new {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	edits := diffLines(a, b)
	var sb strings.Builder
	name = diffName(name)
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", name, name)
	// Walk the script, cutting it into hunks: a hunk takes the changes
	// whose unchanged gaps are at most 2*diffContext lines.
	for i := 0; i < len(edits); {
		if edits[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-diffContext)
		end := i // one past the last change of the hunk
		for j := i; j < len(edits); j++ {
			if edits[j].kind != ' ' {
				end = j + 1
			} else if j-end >= 2*diffContext {
				break
			}
		}
		stop := min(len(edits), end+diffContext)
		writeHunk(&sb, edits, start, stop)
		i = stop
	}
	return sb.String()
}

// diffName is a file name as a diff header writes it so that patch reads
// it back, as git writes it: in double quotes with C escapes when it holds
// a quote, a backslash or a control character (patch reads \t, \n, \\,
// \" and octal escapes, not Go's \x and \u), else followed by a tab when it
// holds a space (patch ends a bare name at a blank, or at a tab when there
// is one), else as it is.
func diffName(name string) string {
	if !strings.ContainsFunc(name, func(r rune) bool { return r == '"' || r == '\\' || r < ' ' || r == 0x7f }) {
		if strings.Contains(name, " ") {
			return name + "\t"
		}
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < ' ' || c == 0x7f:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeHunk writes the hunk of edits[start:stop], with its header.
func writeHunk(sb *strings.Builder, edits []edit, start, stop int) {
	// The line numbers before the hunk, counted in each file.
	aLine, bLine := 0, 0
	for _, e := range edits[:start] {
		if e.kind != '+' {
			aLine++
		}
		if e.kind != '-' {
			bLine++
		}
	}
	aCount, bCount := 0, 0
	for _, e := range edits[start:stop] {
		if e.kind != '+' {
			aCount++
		}
		if e.kind != '-' {
			bCount++
		}
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aLine, aCount), hunkRange(bLine, bCount))
	for _, e := range edits[start:stop] {
		sb.WriteByte(e.kind)
		sb.WriteString(e.line)
		if !strings.HasSuffix(e.line, "\n") {
			sb.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange is one side of a hunk header: the first line and the count,
// written as diff -u writes them (",1" left out; an empty range names the
// line before it).
func hunkRange(before, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprint(before + 1)
	}
	return fmt.Sprintf("%d,%d", before+1, count)
}

// splitLines cuts s after each '\n'; the last line may have none.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines returns a shortest edit script from a to b (Myers' greedy
// algorithm on the part between their common prefix and suffix).
func diffLines(a, b []string) []edit {
	var out []edit
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		out = append(out, edit{' ', a[p]})
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	out = append(out, middleEdits(a[p:len(a)-s], b[p:len(b)-s])...)
	for _, l := range a[len(a)-s:] {
		out = append(out, edit{' ', l})
	}
	return out
}

// middleEdits is Myers' O((N+M)D) shortest edit script from a to b, or a
// plain replacement when it needs more than maxDiffEdits edits.
func middleEdits(a, b []string) []edit {
	n, m := len(a), len(b)
	// v[k+off] is the furthest x reached on diagonal k = x-y; trace[d]
	// keeps v[off-d : off+d+1] after round d for the walk back.
	off := n + m + 1
	v := make([]int, 2*off+1)
	var trace [][]int
	for d := 0; d <= min(n+m, maxDiffEdits); d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return walkBack(a, b, trace)
			}
		}
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
	}
	var out []edit
	for _, l := range a {
		out = append(out, edit{'-', l})
	}
	for _, l := range b {
		out = append(out, edit{'+', l})
	}
	return out
}

// walkBack turns the rounds of middleEdits into the edit script; the
// script ends at the end of a and b, reached in round len(trace).
func walkBack(a, b []string, trace [][]int) []edit {
	var rev []edit
	x, y := len(a), len(b)
	for d := len(trace); d > 0; d-- {
		// v(k) is the furthest x on diagonal k after round d-1.
		v := func(k int) int { return trace[d-1][k+d-1] }
		k := x - y
		var prevK int
		if k == -d || k != d && v(k-1) < v(k+1) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, edit{' ', a[x]})
		}
		if x == prevX {
			y--
			rev = append(rev, edit{'+', b[y]})
		} else {
			x--
			rev = append(rev, edit{'-', a[x]})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, edit{' ', a[x]})
	}
	out := make([]edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}
