package twiml

import (
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// decoded is character data after XML decoding, with the source span each
// decoded byte came from, so findings about the value can point at the
// document's bytes.
type decoded struct {
	s      []byte
	st, en []int // source span [st[i], en[i]) of decoded byte i
	from   int   // source offset used for an empty value
}

// decode decodes the source span [start, end): references (unless cdata),
// line ends ("\r\n" and "\r" become "\n"), and for attribute values the
// normalisation of literal tab and newline to space. The span must have
// passed the parser's checks.
func (d *decoded) decode(src string, start, end int, cdata, attr bool) {
	var buf [utf8.UTFMax]byte
	for i := start; i < end; {
		c := src[i]
		next, n := i+1, 1
		switch {
		case c == '&' && !cdata:
			if r, size, ok := sipuri.XMLReference(src[i:end]); ok {
				next, n = i+size, utf8.EncodeRune(buf[:], r)
				c = buf[0]
			}
		case c == '\r':
			if next < end && src[next] == '\n' {
				next++
			}
			c = '\n'
			if attr {
				c = ' '
			}
		case attr && (c == '\t' || c == '\n'):
			c = ' '
		}
		buf[0] = c
		for _, b := range buf[:n] {
			d.s = append(d.s, b)
			d.st = append(d.st, i)
			d.en = append(d.en, next)
		}
		i = next
	}
}

// newDecoded returns an empty decoded with room for n bytes.
func newDecoded(from, n int) *decoded {
	return &decoded{s: make([]byte, 0, n), st: make([]int, 0, n), en: make([]int, 0, n), from: from}
}

// decodeAttr decodes a's value.
func decodeAttr(src string, a attribute) *decoded {
	d := newDecoded(a.ValStart, a.ValEnd-a.ValStart)
	d.decode(src, a.ValStart, a.ValEnd, false, true)
	return d
}

// decodeText decodes the character data of e (its text and CDATA sections).
func decodeText(src string, e *element) *decoded {
	n := 0
	for _, s := range e.Text {
		n += s.End - s.Start
	}
	d := newDecoded(e.NameEnd, n)
	for _, s := range e.Text {
		d.decode(src, s.Start, s.End, s.CDATA, false)
	}
	if len(e.Text) > 0 {
		d.from = e.Text[0].Start
	}
	return d
}

// pos maps decoded offset i (0 <= i <= len) to a source offset: the start
// of the byte's source, or the end of the last byte's source for i == len.
func (d *decoded) pos(i int) int {
	switch {
	case len(d.s) == 0:
		return d.from
	case i < 0:
		return d.st[0]
	case i >= len(d.s):
		return d.en[len(d.s)-1]
	}
	return d.st[i]
}

// span maps the decoded span [a, b) to a source span.
func (d *decoded) span(a, b int) (int, int) {
	a = max(0, min(a, len(d.s)))
	b = max(a, min(b, len(d.s)))
	if b == a {
		p := d.pos(a)
		return p, p
	}
	return d.st[a], d.en[b-1]
}

// trim returns the decoded span without the whitespace that was literal in
// the source (whitespace written as a character reference is kept).
func (d *decoded) trim(src string) (a, b int) {
	literalSpace := func(i int) bool {
		c := d.s[i]
		return (c == ' ' || c == '\t' || c == '\n' || c == '\r') && src[d.st[i]] != '&'
	}
	a, b = 0, len(d.s)
	for a < b && literalSpace(a) {
		a++
	}
	for b > a && literalSpace(b-1) {
		b--
	}
	return a, b
}
