package sipuri

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlEntities are XML's five predefined entities (XML 1.0 §4.6) and the
// characters they stand for. It is the one table of them: Check finds them
// pasted into URIs, and twiml decodes and writes TwiML with it.
var xmlEntities = []struct {
	name string
	char rune
}{{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}

// XMLReference decodes the XML reference at the start of s: a predefined
// entity ("&amp;") or a character reference ("&#38;", "&#x26;") to a
// character XML allows. It returns the character and the reference's
// length in bytes; ok is false when s does not start with a valid one.
func XMLReference(s string) (r rune, n int, ok bool) {
	if len(s) < 3 || s[0] != '&' {
		return 0, 0, false
	}
	// The longest reference worth reading: a character reference with a
	// few leading zeros.
	semi := strings.IndexByte(s[:min(len(s), 40)], ';')
	if semi < 2 {
		return 0, 0, false
	}
	body := s[1:semi]
	for _, e := range xmlEntities {
		if body == e.name {
			return e.char, semi + 1, true
		}
	}
	if body[0] != '#' || len(body) < 2 {
		return 0, 0, false
	}
	digits, base := body[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if digits == "" || digits[0] == '+' || digits[0] == '-' {
		return 0, 0, false
	}
	if trimmed := strings.TrimLeft(digits, "0"); trimmed != "" {
		digits = trimmed
	} else {
		digits = "0"
	}
	v, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !IsXMLChar(rune(v)) {
		return 0, 0, false
	}
	return rune(v), semi + 1, true
}

// XMLEscape returns the reference XML writes for r: its predefined entity
// when it has one ("&amp;"), else a character reference ("&#x9;").
func XMLEscape(r rune) string {
	for _, e := range xmlEntities {
		if e.char == r {
			return "&" + e.name + ";"
		}
	}
	return "&#x" + strings.ToUpper(strconv.FormatInt(int64(r), 16)) + ";"
}

// IsXMLChar reports whether XML 1.0 allows r in a document (its Char rule).
func IsXMLChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return false
	}
	return r <= utf8.MaxRune
}
