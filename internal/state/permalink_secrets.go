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

// A uriScheme is a URI scheme whose userinfo may hold a password, as
// "user:password@" (RFC 3261 §19.1.1, RFC 3986 §3.2.1).
type uriScheme struct {
	prefix string
	web    bool // the authority also ends at '/', '?' or '#'
}

var uriSchemes = []uriScheme{{"sip:", false}, {"sips:", false}, {"http://", true}, {"https://", true}}

// stripURIPasswords returns text with the password of every SIP or web URI
// in it taken out ("sip:alice:pw@host" becomes "sip:alice@host"), so that a
// password written inside a URI cannot reach a link. The rest of the text is
// kept byte for byte.
func stripURIPasswords(text string) string {
	var out []byte // nil until something is removed
	kept := 0      // text[:kept] is already in out
	for i := 0; i < len(text); i++ {
		colon, at := passwordAt(text, i)
		if colon < 0 {
			continue
		}
		out = append(out, text[kept:colon]...)
		kept, i = at, at
	}
	if out == nil {
		return text
	}
	return string(append(out, text[kept:]...))
}

// passwordAt returns the ':' that starts the password of a URI starting at
// text[i] (one of uriSchemes, in any case) and the '@' that ends it, or
// -1, -1 when no URI starts there or it has no password. The userinfo ends
// at the first '@' of the URI, which ends at white space, a quote, '<' or
// '>'; a web URI's also at '/', '?' or '#'.
func passwordAt(text string, i int) (colon, at int) {
	for _, s := range uriSchemes {
		if len(text)-i < len(s.prefix) || !strings.EqualFold(text[i:i+len(s.prefix)], s.prefix) {
			continue
		}
		colon = -1
		for j := i + len(s.prefix); j < len(text); j++ {
			switch c := text[j]; {
			case c == '@':
				if colon < 0 {
					return -1, -1
				}
				return colon, j
			case c == ':' && colon < 0:
				colon = j
			case isXMLSpace(c) || strings.IndexByte(`"'<>`, c) >= 0, s.web && strings.IndexByte("/?#", c) >= 0:
				return -1, -1
			}
		}
		return -1, -1
	}
	return -1, -1
}
