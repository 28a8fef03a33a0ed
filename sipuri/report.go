package sipuri

import "strings"

// This file holds how Check writes a finding: the spans of a piece a finding
// or a fix covers, and the one function that adds a finding.

// A span is the bytes [start, end) of the URI the checker reads (c.u).
type span struct{ start, end int }

// whole is the piece as written.
func (p *piece) whole() span { return span{p.start, p.end} }

// nameSpan is a param's or header's name.
func (p *piece) nameSpan() span { return span{p.start, p.nameEnd} }

// valueSpan is a param's or header's value, or the empty span at the end of
// a piece without one.
func (p *piece) valueSpan() span {
	if p.hasValue {
		return span{p.nameEnd + 1, p.end}
	}
	return span{p.end, p.end}
}

// withLead is the piece with the byte that introduced it (';', ':', '?', '&').
func (p *piece) withLead() span { return span{p.lead, p.end} }

// startPoint and endPoint are the empty spans at the piece's start and end.
func (p *piece) startPoint() span { return span{p.start, p.start} }
func (p *piece) endPoint() span   { return span{p.end, p.end} }

// add reports a finding of code over at, in the URI c.u, with msg as its
// message; when fixTitle is not "", it has a fix writing fixText over fixAt.
// The severity is the code's, from Codes.
func (c *checker) add(code string, at span, msg string, fixTitle string, fixAt span, fixText string) {
	var fix *Fix
	if fixTitle != "" && (!c.bare || c.sameReading(fixAt, fixText)) {
		fix = &Fix{Title: fixTitle, Start: fixAt.start + c.base, End: fixAt.end + c.base, NewText: fixText}
	}
	c.addSrc(code, at.start+c.base, at.end+c.base, msg, fix)
}

// sameReading reports whether the checked text, with fixText written over
// fixAt of u, is still read as u with that edit. When "sip:" was put in
// front of the text or replaced a typo, an edit near the start can change
// that reading (and so what the fix means); such an edit is no fix.
func (c *checker) sameReading(fixAt span, fixText string) bool {
	if c.quiet {
		return true
	}
	start, end := fixAt.start+c.base, fixAt.end+c.base
	if start < 0 || end > len(c.src) || start > end {
		return false
	}
	fixed := checker{src: c.src[:start] + fixText + c.src[end:], quiet: true}
	return fixed.locate() && fixed.u == replace(c.u, fixAt, fixText)
}

// addSrc reports a finding of code over [start, end) of the checked text,
// with an optional fix in the checked text's offsets.
func (c *checker) addSrc(code string, start, end int, msg string, fix *Fix) {
	if c.quiet {
		return
	}
	c.diags = append(c.diags, Diagnostic{Start: start, End: end, Severity: severityOf(code), Code: code,
		Message: sentence(msg), Fix: fix})
}

// addChoice is add for a finding whose fix is a choice for the person
// rather than a correction; why says what the fix would change.
func (c *checker) addChoice(code string, at span, msg, fixTitle string, fixAt span, fixText, why string) {
	n := len(c.diags)
	c.add(code, at, msg, fixTitle, fixAt, fixText)
	if len(c.diags) > n && c.diags[n].Fix != nil {
		c.diags[n].Fix.Choice = why
	}
}

// sentence makes msg a sentence: a capital first letter and a full stop.
// It copies msg once at most, as Check calls it for every finding.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	first, last := msg[0], msg[len(msg)-1]
	capital := 'a' <= first && first <= 'z'
	stop := last != '.' && last != '?' && last != '!'
	if !capital && !stop {
		return msg
	}
	var b strings.Builder
	b.Grow(len(msg) + 1)
	if capital {
		b.WriteByte(first - 'a' + 'A')
		msg = msg[1:]
	}
	b.WriteString(msg)
	if stop {
		b.WriteByte('.')
	}
	return b.String()
}

// strictEnd walks u as Parse does and returns the offset of its first
// error, or len(u)+1 when u is a valid URI: the further along, the better.
func strictEnd(u string) int {
	w := walker{s: u}
	w.walk()
	if w.err == nil {
		return len(u) + 1
	}
	return w.err.off
}

// replace returns s with [at.start, at.end) replaced by text.
func replace(s string, at span, text string) string {
	return s[:at.start] + text + s[at.end:]
}

// progresses reports whether writing text over at in u lets the grammar
// read further than before: the result is a valid URI, or its first error
// lies past the edit (not right after it, which would make the edit the
// cause) and, counted in u's bytes, after off, u's own first error.
func progresses(u string, off int, at span, text string) bool {
	fixed := replace(u, at, text)
	e := strictEnd(fixed)
	if e > len(fixed) {
		return true
	}
	editEnd := at.start + len(text)
	return e > editEnd && e-editEnd+at.end > off
}
