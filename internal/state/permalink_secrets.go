package state

import "strings"

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
		at := -1 // where an attribute may start: white space, or right after a value
		switch {
		case quote != 0:
			if c == quote { // XML wants white space after a value, but a typed document may not have it
				quote, at = 0, i+1
			}
		case !inTag:
			inTag = c == '<'
		case c == '>':
			inTag = false
		case c == '"' || c == '\'':
			quote = c
		case isXMLSpace(c):
			at = i
		}
		if end, ok := passwordAttr(src, at); ok {
			out = append(out, src[kept:at]...)
			kept = end
			i = end - 1
		}
	}
	if out == nil {
		return src
	}
	return string(append(out, src[kept:]...))
}

// passwordAttr reports whether src[at:] (at >= 0) is white space, then an
// attribute named password and its value, and returns where that attribute
// ends.
func passwordAttr(src string, at int) (end int, ok bool) {
	if at < 0 {
		return 0, false
	}
	const name = "password"
	i := skipXMLSpace(src, at)
	if len(src)-i < len(name) || !strings.EqualFold(src[i:i+len(name)], name) {
		return 0, false
	}
	i = skipXMLSpace(src, i+len(name))
	if i == len(src) || src[i] != '=' {
		return 0, false
	}
	i = skipXMLSpace(src, i+1)
	if i < len(src) && (src[i] == '"' || src[i] == '\'') {
		if j := strings.IndexByte(src[i+1:], src[i]); j >= 0 {
			return i + 2 + j, true
		}
		return len(src), true
	}
	// An unquoted value (not XML, but typed all the same): up to white space or the tag's end.
	for i < len(src) && !isXMLSpace(src[i]) && src[i] != '>' && src[i] != '/' {
		i++
	}
	return i, true
}

// skipXMLSpace returns the index of the first byte at or after i that is not
// XML white space.
func skipXMLSpace(src string, i int) int {
	for i < len(src) && isXMLSpace(src[i]) {
		i++
	}
	return i
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
