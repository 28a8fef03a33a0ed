package twiml

import (
	"strings"
	"unicode/utf8"
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
	b.WriteString(Declaration)
	b.WriteString("\n<Response>\n    <Dial")
	for _, a := range DialAttributes {
		writeAttr(&b, a.Name, *a.Field(&d))
	}
	if len(d.Sips) == 0 {
		b.WriteString("/>\n</Response>")
		return b.String()
	}
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
		b.WriteByte('>')
		writeText(&b, s.URI)
		b.WriteString("</Sip>\n")
	}
	b.WriteString("    </Dial>\n</Response>")
	return b.String()
}

func writeAttr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	escape(b, value, true)
	b.WriteByte('"')
}

// writeText writes s as element text, keeping its outer whitespace.
func writeText(b *strings.Builder, s string) {
	lead := len(s) - len(strings.TrimLeft(s, " \t\n\r"))
	trail := len(s) - len(strings.TrimRight(s, " \t\n\r"))
	if lead == len(s) {
		trail = 0
	}
	writeSpaceRefs(b, s[:lead])
	escape(b, s[lead:len(s)-trail], false)
	writeSpaceRefs(b, s[len(s)-trail:])
}

func writeSpaceRefs(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			b.WriteString("&#x20;")
		case '\t':
			b.WriteString("&#x9;")
		case '\n':
			b.WriteString("&#xA;")
		case '\r':
			b.WriteString("&#xD;")
		}
	}
}

// escape writes s escaped for an attribute value (attr) or for text.
func escape(b *strings.Builder, s string, attr bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || !isXMLChar(r) {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		}
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>' && !attr:
			b.WriteString("&gt;")
		case c == '"' && attr:
			b.WriteString("&quot;")
		case c == '\t' && attr:
			b.WriteString("&#x9;")
		case c == '\n' && attr:
			b.WriteString("&#xA;")
		case c == '\r':
			b.WriteString("&#xD;")
		case c < 0x20 && c != '\t' && c != '\n':
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteByte(c)
		}
		i++
	}
}

// escapeText returns s escaped for element text (used by fixes).
func escapeText(s string) string {
	var b strings.Builder
	escape(&b, s, false)
	return b.String()
}

// escapeAttr returns s escaped for a double- or single-quoted attribute
// value (used by fixes).
func escapeAttr(s string) string {
	var b strings.Builder
	escape(&b, s, true)
	return strings.ReplaceAll(b.String(), "'", "&apos;")
}
