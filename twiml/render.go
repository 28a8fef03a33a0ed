package twiml

import (
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// Declaration is the XML declaration Render writes first.
const Declaration = `<?xml version="1.0" encoding="UTF-8"?>`

// Render returns the whole document for d: the XML declaration, then
// <Response><Dial> holding one <Sip> per entry of d.Sips, indented by four
// spaces per level like the vendor examples, without a trailing newline.
// Attributes appear in the order of DialAttributes and SipAttributes, and
// empty ones are omitted. Text escapes & < > and CR; attributes escape
// & < " tab LF CR. Whitespace at either end of a URI is written as a
// character reference so that ParseDial gives it back, and characters XML
// cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF,
// invalid UTF-8) are written as U+FFFD.
func Render(d Dial) string {
	var b strings.Builder
	b.Grow(128 + 96*len(d.Sips))
	b.WriteString(Declaration + "\n<Response>\n    <Dial")
	for _, a := range DialAttributes {
		writeAttr(&b, a.Name, *a.Field(&d))
	}
	end := "/>\n</Response>"
	if len(d.Sips) > 0 {
		b.WriteString(">\n")
		for i := range d.Sips {
			s := &d.Sips[i]
			b.WriteString("        <Sip")
			for _, a := range SipAttributes {
				writeAttr(&b, a.Name, *a.Field(s))
			}
			if s.URI == "" {
				b.WriteString("/>\n")
				continue
			}
			b.WriteString(">")
			writeText(&b, s.URI)
			b.WriteString("</Sip>\n")
		}
		end = "    </Dial>\n</Response>"
	}
	b.WriteString(end)
	return b.String()
}

func writeAttr(b *strings.Builder, name, value string) {
	if value != "" {
		b.WriteString(" " + name + `="`)
		escape(b, value, attrEscapes)
		b.WriteString(`"`)
	}
}

// writeText writes s as element text, keeping its outer whitespace.
func writeText(b *strings.Builder, s string) {
	lead := len(s) - len(strings.TrimLeft(s, spaces))
	trail := len(s) - len(strings.TrimRight(s, spaces))
	if lead == len(s) {
		trail = 0
	}
	escape(b, s[:lead], spaces)
	escape(b, s[lead:len(s)-trail], textEscapes)
	escape(b, s[len(s)-trail:], spaces)
}

// The sets of characters escape writes as references: in text, in
// attribute values, and whitespace (written as references so that a
// parser keeps it).
const (
	textEscapes = "&<>\r"
	attrEscapes = "&<\"\t\n\r"
	spaces      = " \t\n\r"
)

// escape writes s with the characters in set written as references, and
// characters XML cannot carry (C0 controls other than tab, LF and CR,
// U+FFFE, U+FFFF, invalid UTF-8) as U+FFFD.
func escape(b *strings.Builder, s, set string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		rep, size := "", 1
		switch {
		case strings.IndexByte(set, c) >= 0:
			rep = sipuri.XMLEscape(rune(c))
		case c < 0x20 && c != '\t' && c != '\n':
			rep = "\uFFFD"
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || !sipuri.IsXMLChar(r) {
				rep = "\uFFFD"
			}
		}
		if rep != "" {
			b.WriteString(s[last:i])
			b.WriteString(rep)
			last = i + size
		}
		i += size
	}
	b.WriteString(s[last:])
}

// escapeText returns s escaped for element text (used by fixes).
func escapeText(s string) string {
	var b strings.Builder
	escape(&b, s, textEscapes)
	return b.String()
}

// escapeAttr returns s escaped for a double- or single-quoted attribute
// value (used by fixes).
func escapeAttr(s string) string {
	var b strings.Builder
	escape(&b, s, attrEscapes)
	return strings.ReplaceAll(b.String(), "'", "&apos;")
}
