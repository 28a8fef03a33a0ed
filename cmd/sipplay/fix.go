package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

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

// A fixer applies the fixes of one text.
type fixer struct {
	check    func(string) []sipuri.Diagnostic
	text     string
	ds       []sipuri.Diagnostic // check(text)
	rejected []leftFix           // the fixes found unsafe in the current round
}

// applyFixes applies to text every fix that check offers and that is safe:
// it clears its own finding and adds no error (see verdict). A fix that is a
// person's choice rather than a correction (its Choice says why) is left out
// and listed.
//
// Each round takes the fixes that do not overlap, from the end of the text
// backwards, applies them all and checks the text once. When that is not
// safe it halves the batch, down to single fixes, so an unsafe fix costs a
// few checks, not one per fix. When none of the batch is safe, the fixes it
// overlapped are tried in its place. A fix of an XML syntax error goes
// alone, as it lets the checks see more of the text. Rounds go on until one
// applies nothing, at most maxFixRounds.
func applyFixes(text string, check func(string) []sipuri.Diagnostic) fixResult {
	fx := &fixer{check: check, text: text, ds: check(text)}
	for range maxFixRounds {
		fx.rejected = nil
		var candidates []sipuri.Diagnostic
		var choices []leftFix // the fixes left to a person
		for _, d := range fx.ds {
			if d.Fix != nil && d.Fix.Choice != "" {
				choices = append(choices, leftFix{d, d.Fix.Choice})
			} else {
				candidates = append(candidates, d)
			}
		}
		for {
			batch, overlapping := fixBatch(candidates, len(fx.text))
			if len(batch) > 0 && fx.apply(batch) > 0 {
				break // the next round checks the fixed text
			}
			if len(batch) == 0 || len(overlapping) == 0 {
				left := append(fx.rejected, choices...)
				for _, d := range overlapping {
					left = append(left, leftFix{d, "it overlaps a fix that was tried first"})
				}
				slices.SortStableFunc(left, func(a, b leftFix) int { return cmp.Compare(a.Start, b.Start) })
				return fixResult{text: fx.text, findings: fx.ds, left: left}
			}
			candidates = overlapping
		}
	}
	res := fixResult{text: fx.text, findings: fx.ds}
	for _, d := range fx.ds {
		if d.Fix != nil {
			res.left = append(res.left, leftFix{d, fmt.Sprintf("the fixes did not settle within %d rounds", maxFixRounds)})
		}
	}
	return res
}

// fixBatch picks the fixes of ds that can be applied together to a text of n
// bytes: no two overlap, the one that starts last first. An XML syntax fix
// comes alone. The fixes left out for overlapping are returned too.
func fixBatch(ds []sipuri.Diagnostic, n int) (batch, overlapping []sipuri.Diagnostic) {
	var all []sipuri.Diagnostic
	for _, d := range ds {
		if d.Fix == nil || !(0 <= d.Fix.Start && d.Fix.Start <= d.Fix.End && d.Fix.End <= n) {
			continue
		}
		if d.Code == twiml.CodeXMLSyntax {
			return []sipuri.Diagnostic{d}, nil
		}
		all = append(all, d)
	}
	slices.SortStableFunc(all, func(a, b sipuri.Diagnostic) int {
		return cmp.Or(cmp.Compare(b.Fix.Start, a.Fix.Start), cmp.Compare(b.Fix.End, a.Fix.End))
	})
	limit := n + 1 // the start of the last fix taken
	for _, d := range all {
		if d.Fix.End > limit || d.Fix.Start >= limit {
			overlapping = append(overlapping, d)
			continue
		}
		batch = append(batch, d)
		limit = d.Fix.Start
	}
	return batch, overlapping
}

// apply applies the safe fixes of batch (sorted as fixBatch sorts them) and
// returns how many it applied; it records the unsafe ones in fx.rejected.
func (fx *fixer) apply(batch []sipuri.Diagnostic) int {
	next := applyAll(fx.text, batch)
	nds := fx.check(next)
	why := verdict(fx.ds, batch, nds, fx.text, next)
	if why == "" {
		fx.text, fx.ds = next, nds
		return len(batch)
	}
	if len(batch) == 1 {
		fx.rejected = append(fx.rejected, leftFix{batch[0], why})
		return 0
	}
	// The later half first: the earlier half's offsets stay valid.
	mid := len(batch) / 2
	return fx.apply(batch[:mid]) + fx.apply(batch[mid:])
}

// applyAll applies the fixes of batch, which do not overlap and come last
// first, to text.
func applyAll(text string, batch []sipuri.Diagnostic) string {
	var b strings.Builder
	b.Grow(len(text))
	end := len(text)
	var parts []string
	for _, d := range batch {
		parts = append(parts, text[d.Fix.End:end], d.Fix.NewText)
		end = d.Fix.Start
	}
	parts = append(parts, text[:end])
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// verdict says why applying the fixes of batch to a text whose findings are
// old, giving a text whose findings are next, is not safe, or "" when it is.
//
// Safe means two things. Each fix clears its finding: next has no finding
// with its code at its span (moved past the fixes), or over its replaced
// text when its span overlaps that; for the rename of an unknown element,
// whose fix spans the element, none at the element's name (a finding
// further in is the inner element's). And the batch adds no
// error: every error in next is an error of old with the same code and the
// same span once moved (text is the old text; a fix whose new text is a
// part of the text it replaces, as when it removes what surrounds a URI,
// moves the findings in that part with it). twiml.Check does not look inside an element it does
// not know, nor at the value of an attribute it does not know, so the errors
// found there once a fix renames one were there before (fixed is the fixed
// text). Nor does it look inside the elements left open at an XML syntax
// error: for a lone fix of one, only an XML syntax error at or before the
// replaced text counts as added.
func verdict(old, batch, next []sipuri.Diagnostic, text, fixed string) string {
	// The fixes from the start of the text, with where their new text
	// lies in the fixed text.
	type placed struct {
		fix              *sipuri.Fix
		code             string // the code of the fix's finding
		newStart, newEnd int
		kept             int // where the new text lies in the replaced text, or -1
	}
	fixes := make([]placed, len(batch))
	shifts := make([]int, len(batch)+1) // shifts[i]: how far fixes[:i] move the text after them
	for i := range batch {
		d := batch[len(batch)-1-i]
		f := d.Fix
		kept := -1
		if f.NewText != "" && f.End <= len(text) {
			kept = strings.Index(text[f.Start:f.End], f.NewText)
		}
		fixes[i] = placed{f, d.Code, f.Start + shifts[i], f.Start + shifts[i] + len(f.NewText), kept}
		shifts[i+1] = shifts[i] + len(f.NewText) - (f.End - f.Start)
	}
	// revealed reports whether n lies inside an element a fix renamed, or
	// is about the value of an attribute a fix renamed.
	revealed := func(n sipuri.Diagnostic) bool {
		return slices.ContainsFunc(fixes, func(p placed) bool {
			switch p.code {
			case twiml.CodeUnknownElement:
				return p.newStart <= n.Start && n.End <= p.newEnd
			case twiml.CodeUnknownAttribute:
				return n.Code == twiml.CodeAttributeValue && p.newEnd <= n.Start && n.Start <= len(fixed) &&
					inAttributeValue(fixed[p.newEnd:n.Start])
			}
			return false
		})
	}
	// move maps a span of the old text into the fixed text; ok is false when
	// the span overlaps a replaced text. The fixes come in text order and do
	// not overlap, so the first one the span lies before is found by binary
	// search, and only the one before that can overlap it.
	move := func(s, e int) (int, int, bool) {
		i, _ := slices.BinarySearchFunc(fixes, true, func(p placed, _ bool) int {
			if f := p.fix; e <= f.Start && s < f.Start || e == s && s <= f.Start {
				return 0
			}
			return -1
		})
		if i > 0 && s < fixes[i-1].fix.End {
			p := fixes[i-1]
			if from := p.fix.Start + p.kept; p.kept >= 0 && from <= s && e <= from+len(p.fix.NewText) {
				return p.newStart + s - from, p.newStart + e - from, true
			}
			return 0, 0, false
		}
		return s + shifts[i], e + shifts[i], true
	}
	nextByCode := map[string][]sipuri.Diagnostic{}
	for _, n := range next {
		nextByCode[n.Code] = append(nextByCode[n.Code], n)
	}
	for i, d := range batch {
		p := fixes[len(batch)-1-i]
		ds, de, outside := move(d.Start, d.End)
		rename := d.Code == twiml.CodeUnknownElement && d.Start == p.fix.Start
		for _, n := range nextByCode[d.Code] {
			switch {
			case outside && n.Start == ds && n.End == de,
				!outside && rename && n.Start == p.newStart,
				!outside && !rename && n.Start <= p.newEnd && n.End >= p.newStart && (n.Start < p.newEnd || n.Start == p.newStart):
				return "it does not clear its finding"
			}
		}
	}
	xmlFix := len(batch) == 1 && batch[0].Code == twiml.CodeXMLSyntax
	// Where the old findings are once moved, by code and span.
	type at struct {
		code       string
		start, end int
	}
	oldAt := map[at]bool{}
	for _, o := range old {
		if s, e, ok := move(o.Start, o.End); ok {
			oldAt[at{o.Code, s, e}] = true
		}
	}
	for _, n := range next {
		if n.Severity != sipuri.Error {
			continue
		}
		if xmlFix {
			if n.Code == twiml.CodeXMLSyntax && n.Start < fixes[0].newEnd {
				return "it would add an error"
			}
			continue
		}
		if !oldAt[at{n.Code, n.Start, n.End}] && !revealed(n) {
			return "it would add an error"
		}
	}
	return ""
}

// inAttributeValue reports whether between, the text from the end of an
// attribute's name to a place, leads into that attribute's value: blanks,
// '=', blanks, and the opening quote and part of the value, or the place
// is the opening quote itself.
func inAttributeValue(between string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(between, " \t\r\n"), "=")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\r\n")
	if rest == "" {
		return true
	}
	q := rest[0]
	return (q == '"' || q == '\'') && strings.IndexByte(rest[1:], q) < 0
}
