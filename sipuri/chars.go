package sipuri

// Character classes of the RFC 3261 §25.1 grammar, one bit per class, so
// that every scanner loop is a single table look-up per byte.
const (
	cUser     uint8 = 1 << iota // user: unreserved / user-unreserved
	cPassword                   // password: unreserved / & = + $ ,
	cParam                      // paramchar: param-unreserved / unreserved
	cHeader                     // hname, hvalue: hnv-unreserved / unreserved
	cHost                       // hostname bytes: alphanum / "-" / "."
	cAlnum                      // alphanum: most bytes of a host name
)

// classes maps a byte to the set of classes it belongs to, as RFC 3261
// §25.1 defines them; escapes ("%" HEXDIG HEXDIG) are handled by the
// scanners, never by this table.
var classes = func() (t [256]uint8) {
	const unreserved = cUser | cPassword | cParam | cHeader
	add := func(chars string, class uint8) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= class
		}
	}
	add("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", unreserved|cHost|cAlnum) // alphanum
	add("-_.!~*'()", unreserved)                                                                   // mark
	add("-.", cHost)                                                                               // in host names
	add("&=+$,;?/", cUser)                                                                         // user-unreserved
	add("&=+$,", cPassword)                                                                        // password
	add("[]/:&+$", cParam)                                                                         // param-unreserved
	add("[]/?:+$", cHeader)                                                                        // hnv-unreserved
	return t
}()

func is(c byte, class uint8) bool { return classes[c]&class != 0 }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isHex(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

func unhex(c byte) byte {
	if isDigit(c) {
		return c - '0'
	}
	return c | 0x20 - 'a' + 10
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold reports whether a and b are equal under ASCII case folding, as
// RFC 3261 compares names (strings.EqualFold would also fold non-ASCII
// letters such as the Kelvin sign into ASCII ones).
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s begins with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFold(s[:len(prefix)], prefix)
}
