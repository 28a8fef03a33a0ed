package main

import (
	"cmp"
	"slices"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// maxFixRounds bounds applyFixes: a fix can reveal a finding with a fix of
// its own (text after an XML syntax error is checked only once the error is
// fixed), so fixing goes round until nothing changes, at most this often.
const maxFixRounds = 10

// A fixResult is the outcome of applyFixes.
type fixResult struct {
	text     string              // the text with every safe fix applied
	findings []sipuri.Diagnostic // check's findings about text
	left     []leftFix           // the fixes still offered about text, and why each was not applied
}

// A leftFix is a fix applyFixes did not apply.
type leftFix struct {
	sipuri.Diagnostic
	why string
}

// applyFixes applies to text every fix that check offers and that is safe:
// it clears its own finding and adds no error (see fixVerdict). Fixes are
// applied from the end of the text backwards, skipping any that overlaps
// one applied already in the same round; the text is checked again after
// each fix, and rounds go on until none applies or maxFixRounds is reached.
func applyFixes(text string, check func(string) []sipuri.Diagnostic) fixResult {
	cur, ds := text, check(text)
	for range maxFixRounds {
		applied := false
		limit := len(cur) + 1 // the start of the last fix applied this round
		for _, d := range fixOrder(ds) {
			f := d.Fix
			if f.End > limit || f.Start >= limit {
				continue // overlaps a fix applied this round; next round sees it again
			}
			next := f.Apply(cur)
			nds := check(next)
			if fixVerdict(ds, d, nds) != "" {
				continue
			}
			cur, ds, limit, applied = next, nds, f.Start, true
		}
		if !applied {
			break
		}
	}
	res := fixResult{text: cur, findings: ds}
	for _, d := range ds {
		if d.Fix == nil || !validFix(d.Fix, len(cur)) {
			continue
		}
		why := fixVerdict(ds, d, check(d.Fix.Apply(cur)))
		if why == "" {
			why = "the fixes did not settle within 10 rounds"
		}
		res.left = append(res.left, leftFix{d, why})
	}
	return res
}

// fixOrder returns the findings of ds that have a usable fix, the fix that
// starts last first.
func fixOrder(ds []sipuri.Diagnostic) []sipuri.Diagnostic {
	var out []sipuri.Diagnostic
	for _, d := range ds {
		if d.Fix != nil && validFix(d.Fix, maxInt) {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b sipuri.Diagnostic) int {
		return cmp.Or(cmp.Compare(b.Fix.Start, a.Fix.Start), cmp.Compare(b.Fix.End, a.Fix.End))
	})
	return out
}

const maxInt = int(^uint(0) >> 1)

// validFix reports whether f replaces a span inside a text of n bytes.
func validFix(f *sipuri.Fix, n int) bool {
	return 0 <= f.Start && f.Start <= f.End && f.End <= n
}

// fixVerdict says why applying d's fix to a text whose findings are old,
// giving a text whose findings are next, is not safe, or "" when it is.
//
// Safe means two things. The fix clears its finding: next has no finding
// with d's code at d's span (moved past the fix), or over the replaced text
// when d's span overlaps it. And it adds no error: every error in next is an
// error of old (same code, same span once moved past the fix). A fix of an
// XML syntax error is the exception: twiml.Check does not look inside the
// elements left open at such an error, so the errors found there once it is
// fixed were there before; only an XML syntax error at or before the
// replaced text counts as added.
func fixVerdict(old []sipuri.Diagnostic, d sipuri.Diagnostic, next []sipuri.Diagnostic) string {
	f := d.Fix
	delta := len(f.NewText) - (f.End - f.Start)
	newEnd := f.Start + len(f.NewText)
	// move maps an old span into the fixed text; ok is false when the span
	// overlaps the replaced text.
	move := func(s, e int) (int, int, bool) {
		switch {
		case e <= f.Start && s < f.Start || e == s && s <= f.Start:
			return s, e, true
		case s >= f.End:
			return s + delta, e + delta, true
		}
		return 0, 0, false
	}
	ds, de, outside := move(d.Start, d.End)
	for _, n := range next {
		if n.Code != d.Code {
			continue
		}
		if outside && n.Start == ds && n.End == de ||
			!outside && n.Start <= newEnd && n.End >= f.Start && (n.Start < newEnd || n.Start == f.Start) {
			return "it does not clear its finding"
		}
	}
	for _, n := range next {
		if n.Severity != sipuri.Error {
			continue
		}
		if d.Code == twiml.CodeXMLSyntax {
			if n.Code == twiml.CodeXMLSyntax && n.Start < newEnd {
				return "it would add an error"
			}
			continue
		}
		if !slices.ContainsFunc(old, func(o sipuri.Diagnostic) bool {
			s, e, ok := move(o.Start, o.End)
			return ok && o.Code == n.Code && s == n.Start && e == n.End
		}) {
			return "it would add an error"
		}
	}
	return ""
}
