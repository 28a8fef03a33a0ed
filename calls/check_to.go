package calls

import (
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

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

// toKindOf classifies a To value as ToKind describes.
func toKindOf(to string) ToKind {
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

// KindOfTo classifies a To value: SIP, phone number, client or other.
func KindOfTo(to string) ToKind { return toKindOf(to) }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// fromChar reports whether c may appear in the From of a SIP call.
func fromChar(c byte) bool {
	return isAlnum(c) || c == '+' || c == '-' || c == '_' || c == '.'
}

// from checks From against the kind of To: for a SIP call only letters,
// digits and + - _ . (each run of other bytes is one finding, with a fix
// that removes it); for a phone call a phone number.
func (c *checker) from(v string, kind ToKind) {
	if v == "" {
		return
	}
	switch kind {
	case ToSIP:
		for i := 0; i < len(v); {
			if fromChar(v[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(v) && !fromChar(v[j]) {
				j++
			}
			c.err("From", i, j, "from", "From for a SIP call may only hold letters, digits and + - _ . (no spaces); remove "+strconv.Quote(v[i:j])+".",
				&sipuri.Fix{Title: "Remove " + strconv.Quote(v[i:j]), Start: i, End: j})
			i = j
		}
	case ToPhone:
		if !isPhone(v) {
			c.err("From", 0, len(v), "from", "When To is a phone number, From must be a phone number too, like +15005550006.",
				trimFix(v, isPhone))
		}
	}
}

// isPhone reports whether v reads as a phone number: an optional +, then
// 2 to 15 digits, possibly grouped with spaces, dashes, dots or parentheses.
func isPhone(v string) bool {
	if strings.HasPrefix(v, "+") {
		v = v[1:]
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			if i == 0 && c != '(' {
				return false
			}
		default:
			return false
		}
	}
	return digits >= 2 && digits <= 15
}
