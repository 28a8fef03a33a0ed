package calls

import "strings"

// FormBody returns the exact application/x-www-form-urlencoded body of r:
// the fields of Params(r), in that order, as key=value joined by "&". Each
// value is percent-encoded byte by byte with upper-case hex; only
// A-Z a-z 0-9 - . _ ~ stay literal, so a space is %20 and a SIP URI's
// ; ? & = % arrive intact.
func FormBody(r Request) string {
	n := 0
	r.each(func(key, v string) { n += len(key) + 2 + len(v) + len(v)/2 })
	var b strings.Builder
	b.Grow(n)
	r.each(func(key, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(key)
		b.WriteByte('=')
		writeEscaped(&b, v)
	})
	return b.String()
}

// unreserved reports whether c stays literal in the form body.
func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

const upperHex = "0123456789ABCDEF"

// writeEscaped writes s percent-encoded as FormBody describes, copying runs
// of unreserved bytes whole.
func writeEscaped(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; !unreserved(c) {
			b.WriteString(s[start:i])
			b.Write([]byte{'%', upperHex[c>>4], upperHex[c&15]})
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}

// escape returns s percent-encoded as FormBody describes.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeEscaped(&b, s)
	return b.String()
}
