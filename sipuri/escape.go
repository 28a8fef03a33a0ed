package sipuri

import "strings"

// unescape decodes every "%" HEXDIG HEXDIG in s exactly once. s must already
// have been validated by a scanner; it allocates only when s holds a '%'.
func unescape(s string) string {
	i := strings.IndexByte(s, '%')
	if i < 0 {
		return s
	}
	var b strings.Builder // one allocation: the decoded text is never longer
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			c = unhex(s[i+1])<<4 | unhex(s[i+2])
			i += 2
		}
		b.WriteByte(c)
	}
	return b.String()
}

// appendEscaped appends s to b, writing every byte outside class as an
// escape, so that scanning the result with class gives back s.
func appendEscaped(b []byte, s string, class uint8) []byte {
	const digits = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if is(c, class) {
			b = append(b, c)
		} else {
			b = append(b, '%', digits[c>>4], digits[c&15])
		}
	}
	return b
}

// appendPart appends the separator sep and then s escaped for class.
func appendPart(b []byte, sep byte, s string, class uint8) []byte {
	return appendEscaped(append(b, sep), s, class)
}

// nextDecoded returns the byte at s[i] after decoding an escape there, and
// the index after it. s must be valid (escapes complete).
func nextDecoded(s string, i int) (byte, int) {
	if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
		return unhex(s[i+1])<<4 | unhex(s[i+2]), i + 3
	}
	return s[i], i + 1
}

// equalEscapedFold reports whether the escaped texts a and b decode to
// strings that are equal under ASCII case folding. It never allocates.
func equalEscapedFold(a, b string) bool {
	if strings.IndexByte(a, '%') < 0 && strings.IndexByte(b, '%') < 0 {
		return equalFold(a, b) // the usual case, without decoding byte by byte
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		var ca, cb byte
		ca, i = nextDecoded(a, i)
		cb, j = nextDecoded(b, j)
		if lower(ca) != lower(cb) {
			return false
		}
	}
	return i == len(a) && j == len(b)
}
