package calls

// FormBody returns the exact application/x-www-form-urlencoded body of r:
// the fields of Params(r), in that order, as key=value joined by "&". Each
// value is percent-encoded byte by byte with upper-case hex; only
// A-Z a-z 0-9 - . _ ~ stay literal, so a space is %20 and a SIP URI's
// ; ? & = % arrive intact.
func FormBody(r Request) string {
	b := make(buf, 0, 2048)
	sep := ""
	for _, p := range Params(r) {
		b.s(sep, p.Key, "=")
		b.escaped(p.Value)
		sep = "&"
	}
	return string(b)
}

// unreserved reports whether c stays literal in the form body.
func unreserved(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

const upperHex = "0123456789ABCDEF"

// escaped writes s percent-encoded as FormBody describes, copying runs of
// unreserved bytes whole.
func (b *buf) escaped(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; !unreserved(c) {
			b.s(s[start:i], "%", upperHex[c>>4:c>>4+1], upperHex[c&15:c&15+1])
			start = i + 1
		}
	}
	b.s(s[start:])
}

// escape returns s percent-encoded as FormBody describes.
func escape(s string) string {
	var b buf
	b.escaped(s)
	return string(b)
}
