package sipuri

// Character classes of the RFC 3261 §25.1 grammar, one bit per class, so
// that every scanner loop is a single table look-up per byte.
const (
	cUser     uint8 = 1 << iota // user: unreserved / user-unreserved
	cPassword                   // password: unreserved / & = + $ ,
	cParam                      // paramchar: param-unreserved / unreserved
	cHeader                     // hname, hvalue: hnv-unreserved / unreserved
	cHost                       // hostname bytes: alphanum / "-" / "."
)

// classes maps a byte to the set of classes it belongs to; escapes ("%"
// HEXDIG HEXDIG) are handled by the scanners, never by this table.
var classes = func() (t [256]uint8) {
	const unreserved = cUser | cPassword | cParam | cHeader
	for c := 'a'; c <= 'z'; c++ {
		t[c] = unreserved | cHost
		t[c-'a'+'A'] = unreserved | cHost
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = unreserved | cHost
	}
	set := func(chars string, cl uint8) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= cl
		}
	}
	set("-_.!~*'()", unreserved) // mark
	set("-.", cHost)
	set("&=+$,;?/", cUser)
	set("&=+$,", cPassword)
	set("[]/:&+$", cParam)
	set("[]/?:+$", cHeader)
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

// equalFold reports whether a and b are equal under ASCII case folding.
// (Not inlined: it is called from many places; one copy keeps app.wasm small.)
//
//go:noinline
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
