package state

// stripPasswords returns the XML text src without any password attribute
// (name matched without regard to case) inside its tags, so that a typed
// <Sip password="…"> cannot reach a link. The rest of the text is kept byte
// for byte. An attribute whose value never closes is cut with the rest of
// the text, since everything after its opening quote may be the secret.
func stripPasswords(src string) string {
	var out []byte // nil until something is removed
	kept := 0      // src[:kept] is already in out
	inTag := false
	var quote byte
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c != quote {
				continue
			}
			quote = 0
			// XML wants white space after a value, but a typed document may not have it.
			if end, ok := passwordAttr(src, i+1); ok {
				out = append(out, src[kept:i+1]...)
				kept = end
				i = end - 1
			}
		case !inTag:
			if c == '<' {
				inTag = true
			}
		case c == '>':
			inTag = false
		case c == '"' || c == '\'':
			quote = c
		case isXMLSpace(c):
			end, ok := passwordAttr(src, i)
			if !ok {
				continue
			}
			out = append(out, src[kept:i]...)
			kept = end
			i = end - 1
		}
	}
	if out == nil {
		return src
	}
	return string(append(out, src[kept:]...))
}

// passwordAttr reports whether src[at:] is white space, then an attribute
// named password and its value, and returns where that attribute ends.
func passwordAttr(src string, at int) (end int, ok bool) {
	i := at
	for i < len(src) && isXMLSpace(src[i]) {
		i++
	}
	const name = "password"
	if len(src)-i < len(name) || !equalFoldASCII(src[i:i+len(name)], name) {
		return 0, false
	}
	i += len(name)
	for i < len(src) && isXMLSpace(src[i]) {
		i++
	}
	if i == len(src) || src[i] != '=' {
		return 0, false
	}
	i++
	for i < len(src) && isXMLSpace(src[i]) {
		i++
	}
	if i == len(src) {
		return i, true
	}
	if q := src[i]; q == '"' || q == '\'' {
		for j := i + 1; j < len(src); j++ {
			if src[j] == q {
				return j + 1, true
			}
		}
		return len(src), true
	}
	// An unquoted value (not XML, but typed all the same): up to white space or the tag's end.
	for i < len(src) && !isXMLSpace(src[i]) && src[i] != '>' && src[i] != '/' {
		i++
	}
	return i, true
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// equalFoldASCII reports whether a equals the lower-case ASCII word b, ignoring case.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(b); i++ {
		c := a[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}
