package calls

import "strings"

// A ToKind says what a To value dials.
type ToKind int

// The kinds of To. A value is a SIP URI when it starts with sip: or sips:,
// a client when it starts with client: (both case-insensitive, after any
// leading whitespace), a phone number when it starts with + or a digit, and
// other otherwise.
const (
	ToOther ToKind = iota
	ToSIP
	ToPhone
	ToClient
)

// KindOfTo classifies a To value, as ToKind describes: SIP, phone number,
// client or other.
func KindOfTo(to string) ToKind {
	t := strings.TrimLeft(to, " \t\r\n")
	switch {
	case hasPrefixFold(t, "sip:"), hasPrefixFold(t, "sips:"):
		return ToSIP
	case hasPrefixFold(t, "client:"):
		return ToClient
	case t != "" && (t[0] == '+' || isDigit(t[0])):
		return ToPhone
	}
	return ToOther
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isPhone reports whether v reads as a phone number: an optional +, then
// 2 to 15 digits, possibly grouped with spaces, dashes, dots or parentheses.
func isPhone(v string) bool {
	v = strings.TrimPrefix(v, "+")
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case strings.IndexByte(" -.()", c) < 0, i == 0 && c != '(':
			return false
		}
	}
	return digits >= 2 && digits <= 15
}
