// Package fixcontract holds the fix contract (issue 10), written once for
// the property tests of every checker (sipuri, twiml, calls): applying a
// finding's Fix clears the finding and brings no new error, except one that
// the fixed error had hidden, which the checker then reports on its own.
package fixcontract

import (
	"slices"
	"strings"
)

// A Finding is what the contract reads of a checker's finding (a
// sipuri.Diagnostic, which this package cannot import: sipuri's own tests
// use it).
type Finding struct {
	Start, End    int
	Code, Message string
	Error         bool // of severity error
	Fix           *Fix
}

// A Fix replaces [Start, End) of the checked text with NewText.
type Fix struct {
	Start, End int
	NewText    string
}

// Apply returns text with the fix applied; offsets outside text are clamped.
func (f *Fix) Apply(text string) string {
	start, end := clamp(f.Start, len(text)), clamp(f.End, len(text))
	return text[:start] + f.NewText + text[max(start, end):]
}

// A Reveal says where fixing a finding may bring to light a new error that
// the finding hid.
type Reveal int

const (
	// None: the fix may bring no new error.
	None Reveal = iota
	// PastEdit: only past the edit (or past an earlier error of the same
	// code, after which the checker reported no more), as when a fixed
	// syntax error lets the checker read further; an error right at the
	// edit is the fix's own.
	PastEdit
	// Anywhere: the new error is about what the fix kept as it was, as a
	// SIP URI that an XML error kept from being read.
	Anywhere
)

// Check applies d's fix to text and returns why the result breaks the fix
// contract, or "" when it keeps it. check is the checker that reported d
// (sipuri.Check, twiml.Check...); reveals says, for the code of d and the
// code of a new error, where fixing the one may reveal the other.
func Check(text string, d Finding, check func(string) []Finding, reveals func(fixed, found string) Reveal) string {
	f := d.Fix
	if f == nil {
		return ""
	}
	fixed := f.Apply(text)
	before, after := check(text), check(fixed)
	// A finding is known by its code and message, whose numbers (a length,
	// a count) change with any edit.
	type key struct{ code, msg string }
	keyOf := func(x Finding) key { return key{x.Code, withoutNumbers(x.Message)} }
	count := func(ds []Finding, k key) int {
		n := 0
		for _, x := range ds {
			if keyOf(x) == k {
				n++
			}
		}
		return n
	}
	k := keyOf(d)
	if count(after, k) >= count(before, k) {
		// The same finding may remain elsewhere (one the fixed error hid);
		// not where the fixed one was.
		lo, hi := min(d.Start, f.Start), max(d.End, f.End)
		for _, x := range after {
			if m := mapBack(f, x.Start, len(text)); keyOf(x) == k && lo <= m && m <= hi {
				return "the finding stays"
			}
		}
	}
	// The errors before, less the fixed one, each matching at most once.
	left := map[key]int{}
	for _, x := range before {
		if x.Error {
			left[keyOf(x)]++
		}
	}
	left[k]--
	for _, x := range after {
		xk := keyOf(x)
		if !x.Error {
			continue
		}
		if left[xk] > 0 {
			left[xk]--
			continue
		}
		// The same error told in other words: one of the code at the same
		// place before (as "expected a parameter name" becomes "unexpected
		// space in a parameter name" once what followed is removed).
		m := mapBack(f, x.Start, len(text))
		if slices.ContainsFunc(before, func(y Finding) bool {
			return y.Error && y.Code == x.Code && y.Start == m && !(y.Start == d.Start && y.Message == d.Message)
		}) {
			continue
		}
		switch reveals(d.Code, x.Code) {
		case None:
			return "new error " + x.Code + ": " + x.Message
		case PastEdit:
			// Past what the checker read before: the edit, or an earlier
			// error of the same code, after which it reported no more.
			first := clamp(f.Start, len(text))
			for _, y := range before {
				if y.Error && y.Code == x.Code {
					first = min(first, y.Start)
				}
			}
			if mapBack(f, x.Start, len(text)) <= first {
				return "new error at the edit " + x.Code + ": " + x.Message
			}
		}
	}
	return ""
}

// mapBack maps offset p of a text after the fix f to the text before it:
// before the edit it is unchanged, past the new text it moves by the
// edit's change in length, and inside the new text or just after it, it
// is the edit's start.
func mapBack(f *Fix, p, oldLen int) int {
	start, end := clamp(f.Start, oldLen), clamp(f.End, oldLen)
	if end < start {
		end = start
	}
	editEnd := start + len(f.NewText)
	switch {
	case p < start:
		return p
	case p > editEnd:
		return p - editEnd + end
	}
	return start
}

func clamp(i, n int) int { return max(0, min(i, n)) }

// withoutNumbers writes every run of digits in s as "#".
func withoutNumbers(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
				b.WriteByte('#')
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
