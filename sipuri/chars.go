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
// HEXDIG HEXDIG) are handled by the scanners, never by this table. It is
// written out (static data, no init code); TestClasses derives it from the
// grammar: letters and digits are in every class (and cHost), mark
// "-_.!~*'()" in every class but cHost, "-." in cHost, "&=+$,;?/" in cUser,
// "&=+$," in cPassword, "[]/:&+$" in cParam and "[]/?:+$" in cHeader.
var classes = [256]uint8{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
	0, 15, 0, 0, 15, 0, 7, 15, 15, 15, 15, 15, 3, 31, 31, 13, // 0x20
	31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 12, 1, 0, 3, 0, 9, // 0x30
	0, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, // 0x40
	31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 12, 0, 12, 0, 15, // 0x50
	0, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, // 0x60
	31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 0, 0, 0, 15, 0, // 0x70
}

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
