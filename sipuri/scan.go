package sipuri

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file holds the RFC 3261 §25.1 scanners. Each scanner starts at an
// index into the text, returns the index where its production ends, and on
// failure a scanErr whose offset is the first byte that cannot continue
// the production. The walker strings them together; Parse, Check and
// Explain all read URIs through it.

// A scanErr is a grammar error at a byte offset.
type scanErr struct {
	off int
	msg string
	dup bool // a repeated parameter name (Check reports it as duplicate-param)
}

// hostKind says which of the three host forms was written.
type hostKind uint8

const (
	hostNone hostKind = iota
	hostName
	hostIPv4
	hostIPv6
)

// charNames name the characters that describe names in words.
var charNames = [...]struct {
	r    rune
	name string
}{{' ', "space"}, {'\t', "tab"}, {'\r', "carriage return"}, {'\n', "line break"},
	{0xa0, "no-break space"}, {0x200b, "zero-width space"}, {0xfeff, "byte order mark"}}

// describe names the character at s[i] for a message, precisely enough
// that two different characters are never described alike.
func describe(s string, i int) string {
	if i >= len(s) {
		return "end of the URI"
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	for _, c := range charNames {
		if r == c.r {
			return c.name
		}
	}
	switch {
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf("control character U+%04X", r)
	case r == utf8.RuneError && n <= 1:
		return "invalid UTF-8 byte"
	case r >= 0x80:
		return "non-ASCII character " + strconv.Quote(s[i:i+n])
	case r == '\'':
		return `"'"`
	}
	return "'" + s[i:i+1] + "'"
}

// errAt returns a scanErr at off.
func errAt(off int, msg string) *scanErr {
	return &scanErr{off: off, msg: msg}
}

// unexpected reports the byte at s[i] as not allowed where.
func unexpected(s string, i int, where string) *scanErr {
	msg := "unexpected " + describe(s, i) + " " + where
	if strings.HasPrefix(where, "in ") && i < len(s) && (s[i] <= ' ' || s[i] >= 0x7f || strings.IndexByte(`"<>\^{|}#@`+"`", s[i]) >= 0) {
		msg += "; a character like this must be written as a %XX escape"
	}
	return errAt(i, msg)
}

// scanScheme matches "sip:" or "sips:" in any case and returns the index
// after the colon and whether the scheme is sips.
func scanScheme(s string) (end int, secure bool, err *scanErr) {
	const want = "sip"
	for i := 0; i < len(want); i++ {
		if i >= len(s) || lower(s[i]) != want[i] {
			return 0, false, errAt(i, `expected the scheme "sip:" or "sips:"`)
		}
	}
	i := len(want)
	if i < len(s) && lower(s[i]) == 's' {
		secure = true
		i++
	}
	if i >= len(s) || s[i] != ':' {
		return 0, false, errAt(i, `expected ':' after the scheme "sip" or "sips"`)
	}
	return i + 1, secure, nil
}

// scanRun consumes bytes of class and valid escapes starting at i.
func scanRun(s string, i int, class uint8) (int, *scanErr) {
	for i < len(s) {
		c := s[i]
		if is(c, class) {
			i++
			continue
		}
		if c != '%' {
			break
		}
		for k := 1; k <= 2; k++ {
			if i+k >= len(s) || !isHex(s[i+k]) {
				return i, errAt(i+k, "expected two hex digits after '%' (write a literal % as %25)")
			}
		}
		i += 3
	}
	return i, nil
}

// scanUserinfo matches user [":" password] in s[i:at], where at is the '@'.
// It returns the index of the ':' before the password, or -1.
func scanUserinfo(s string, i, at int) (colon int, err *scanErr) {
	end, err := scanRun(s, i, cUser)
	if err != nil {
		return -1, err
	}
	if end == i {
		if s[end] == ':' || s[end] == '@' {
			return -1, errAt(end, "expected a user name before "+describe(s, end))
		}
		return -1, unexpected(s, end, "in the user part")
	}
	if end == at {
		return -1, nil
	}
	if s[end] != ':' {
		return -1, unexpected(s, end, "in the user part")
	}
	colon = end
	end, err = scanRun(s, colon+1, cPassword)
	if err != nil {
		return colon, err
	}
	if end != at {
		return colon, unexpected(s, end, "in the password")
	}
	return colon, nil
}

// scanHost matches a hostname, an IPv4 address or a bracketed IPv6
// reference starting at i.
func scanHost(s string, i int) (int, hostKind, *scanErr) {
	end, kind, msg := hostAt(s, i)
	if msg != "" {
		return end, hostNone, errAt(end, msg)
	}
	return end, kind, nil
}

// hostAt is scanHost, with the error as a message at the returned index.
// It matches a hostname, an IPv4 address or a bracketed IPv6
// reference starting at i.
func hostAt(s string, i int) (int, hostKind, string) {
	if i < len(s) && s[i] == '[' {
		return ipv6At(s, i)
	}
	start, label := i, i
	for ; i < len(s); i++ {
		c := s[i]
		if is(c, cAlnum) {
			continue
		}
		if c == '-' {
			if i == label {
				return i, hostNone, "a host name label cannot start with '-'"
			}
			continue
		}
		if c != '.' {
			break
		}
		if i == label {
			return i, hostNone, "expected a letter or digit: a host name cannot have an empty label"
		}
		if s[i-1] == '-' {
			return i, hostNone, "a host name label cannot end with '-'"
		}
		label = i + 1
	}
	if i < len(s) {
		switch s[i] {
		case '_':
			return i, hostNone, "'_' is not allowed in a host name"
		case '%':
			return i, hostNone, "escapes are not allowed in the host"
		}
	}
	if i == start {
		msg := "expected a host: a name, an IPv4 address or a bracketed IPv6 address"
		if i < len(s) {
			msg += ", not " + describe(s, i)
		}
		return i, hostNone, msg
	}
	if s[i-1] == '-' {
		return i, hostNone, "a host name label cannot end with '-'"
	}
	top := s[start:i]
	if top[len(top)-1] == '.' {
		top = top[:len(top)-1]
	}
	top = top[strings.LastIndexByte(top, '.')+1:]
	if isAlpha(top[0]) {
		return i, hostName, ""
	}
	if isIPv4(s[start:i]) {
		return i, hostIPv4, ""
	}
	if i < len(s) && s[i] == ':' {
		return i, hostNone, "expected a host name or IPv4 address; an IPv6 address must be written in brackets, like [2001:db8::1]"
	}
	return i, hostNone, "expected an IPv4 address (four numbers) or a host name whose last label starts with a letter"
}

// startsIPv4 reports whether s starts with one to three digits and a '.'.
func startsIPv4(s string) bool {
	i := 0
	for i < len(s) && i < 4 && isDigit(s[i]) {
		i++
	}
	return i > 0 && i <= 3 && i < len(s) && s[i] == '.'
}

// isIPv4 reports whether s is 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT.
func isIPv4(s string) bool {
	end, err := scanIPv4(s, 0)
	return err == nil && end == len(s)
}

// scanIPv4 matches four dot-separated runs of one to three digits. Numbers
// above 255 match the grammar of a host; Check reports them there.
func scanIPv4(s string, i int) (int, *scanErr) {
	end, _, err := ipv4At(s, i, false)
	return end, err
}

// ipv4At matches an IPv4 address at i and returns its end and whether every
// number is at most 255. With inIPv6 a number above 255 is an error (RFC 4291
// §2.2), at the first byte that makes it too big; the first number is an
// exception, reported at the '.' after it, because until then its digits
// could still be a group of hex digits.
func ipv4At(s string, i int, inIPv6 bool) (end int, inRange bool, err *scanErr) {
	inRange = true
	for part := 0; part < 4; part++ {
		if part > 0 {
			if i >= len(s) || s[i] != '.' {
				return i, inRange, errAt(i, "expected '.' and the next number of the IPv4 address")
			}
			i++
		}
		start, n := i, 0
		for i < len(s) && isDigit(s[i]) && i-start < 3 {
			n = n*10 + int(s[i]-'0')
			if n > 255 {
				inRange = false
				if inIPv6 && part > 0 {
					return i, false, errAt(i, "each number of an IPv4 address must be between 0 and 255")
				}
			}
			i++
		}
		if i == start {
			return i, inRange, errAt(i, "expected a number (one to three digits) in the IPv4 address")
		}
		if !inRange && inIPv6 {
			return i, false, errAt(i, "each number of an IPv4 address must be between 0 and 255")
		}
	}
	return i, inRange, nil
}

// ipv6At matches "[" IPv6address "]" at i, with IPv6address as corrected
// by RFC 5954: eight groups, or at most seven around one "::", the last two
// of which may be written as an IPv4 address (with numbers up to 255). An
// error is at the first byte that no IPv6 reference could have there.
func ipv6At(s string, i int) (int, hostKind, string) {
	j := i + 1
	groups, compressed := 0, false
	// full reports whether no further group fits.
	full := func() bool { return groups == 8 || compressed && groups == 7 }
	if strings.HasPrefix(s[j:], "::") {
		compressed = true
		j += 2
	} else if j < len(s) && s[j] == ':' {
		return j + 1, hostNone, "expected ':': an IPv6 address may start with '::' but not with one ':'"
	}
	for {
		if compressed && j >= 2 && s[j-1] == ':' && s[j-2] == ':' && j+1 < len(s) && s[j] == ':' && startsIPv4(s[j+1:]) && groups <= 5 {
			// RFC 3261's own grammar writes an embedded IPv4 address after
			// "::" as ":::192.0.2.1"; RFC 5118 §4.10 asks to tolerate it.
			j++
		}
		if j < len(s) && s[j] == ']' && (compressed || groups > 0) {
			if groups > 0 && s[j-1] == ':' && s[j-2] != ':' {
				return j, hostNone, "expected a group of hex digits after ':'"
			}
			break
		}
		if full() {
			return j, hostNone, "expected ']': the IPv6 address has all its groups"
		}
		k := j
		for k < len(s) && isHex(s[k]) && k-j < 5 {
			k++
		}
		if k < len(s) && s[k] == '.' && k > j {
			if !startsIPv4(s[j:]) {
				return k, hostNone, "expected ':' or ']' in the IPv6 address"
			}
			if compressed && groups > 5 || !compressed && groups != 6 {
				return k, hostNone, "an IPv4 address inside an IPv6 address takes the place of its last two groups: write six groups (or fewer with '::') before it"
			}
			end, _, err := ipv4At(s, j, true)
			if err != nil {
				return err.off, hostNone, err.msg
			}
			groups += 2
			j = end
			break
		}
		if k == j {
			return j, hostNone, "expected a group of hex digits in the IPv6 address"
		}
		if k-j > 4 {
			return j + 4, hostNone, "expected ':' or ']': a group of an IPv6 address has at most four hex digits"
		}
		groups++
		j = k
		if j+1 < len(s) && s[j] == ':' && s[j+1] == ':' {
			if compressed {
				return j + 1, hostNone, "an IPv6 address may hold only one '::'"
			}
			if groups == 8 {
				return j, hostNone, "expected ']': the IPv6 address has all eight groups"
			}
			compressed = true
			j += 2
			continue
		}
		if j < len(s) && s[j] == ':' {
			if full() {
				return j, hostNone, "too many groups in the IPv6 address: expected ']'"
			}
			j++
			continue
		}
		break
	}
	if j >= len(s) || s[j] != ']' {
		return j, hostNone, "expected ':' or ']' in the IPv6 address"
	}
	if !compressed && groups != 8 {
		return j, hostNone, "expected more groups: an IPv6 address has eight, or fewer with '::'"
	}
	return j + 1, hostIPv6, ""
}

// scanPort matches 1*DIGIT at i, just after the ':'.
func scanPort(s string, i int) (int, *scanErr) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i {
		msg := "expected a port number after ':'"
		if j < len(s) && (isHex(s[j]) || s[j] == ':') {
			msg += "; an IPv6 address must be written in brackets, like [2001:db8::1]"
		}
		return j, errAt(j, msg)
	}
	return j, nil
}

// scanParam matches pname ["=" pvalue] at i, just after the ';'. When there
// is no value, nameEnd == end.
func scanParam(s string, i int) (nameEnd, end int, err *scanErr) {
	nameEnd, err = scanRun(s, i, cParam)
	if err != nil {
		return nameEnd, nameEnd, err
	}
	if nameEnd == i {
		if nameEnd < len(s) && s[nameEnd] != ';' && s[nameEnd] != '?' && s[nameEnd] != '=' {
			return i, i, unexpected(s, i, "in a parameter name")
		}
		return i, i, errAt(i, "expected a parameter name after ';'")
	}
	if nameEnd >= len(s) || s[nameEnd] != '=' {
		return nameEnd, nameEnd, nil
	}
	end, err = scanRun(s, nameEnd+1, cParam)
	if err == nil && end == nameEnd+1 {
		err = errAt(end, "expected a parameter value after '='")
		if end < len(s) && s[end] != ';' && s[end] != '?' {
			err = unexpected(s, end, "in a parameter value")
		}
	}
	return nameEnd, end, err
}

// scanHeader matches hname "=" hvalue at i, just after the '?' or '&'.
func scanHeader(s string, i int) (nameEnd, end int, err *scanErr) {
	nameEnd, err = scanRun(s, i, cHeader)
	if err != nil {
		return nameEnd, nameEnd, err
	}
	if nameEnd == i {
		if nameEnd < len(s) && s[nameEnd] != '&' && s[nameEnd] != '=' {
			return i, i, unexpected(s, i, "in a header name")
		}
		return i, i, errAt(i, "expected a header name after "+describe(s, i-1))
	}
	if nameEnd >= len(s) || s[nameEnd] != '=' {
		if nameEnd < len(s) && s[nameEnd] != '&' {
			return nameEnd, nameEnd, unexpected(s, nameEnd, "in a header name")
		}
		return nameEnd, nameEnd, errAt(nameEnd, "expected '=' and a value after the header name")
	}
	end, err = scanRun(s, nameEnd+1, cHeader)
	return nameEnd, end, err
}

// skipTo returns the index of the first byte at or after i that is one of
// stops, or len(s).
func skipTo(s string, i int, stops string) int {
	for ; i < len(s); i++ {
		if strings.IndexByte(stops, s[i]) >= 0 {
			return i
		}
	}
	return len(s)
}

// dupParam reports whether the parameter name s[nameStart:nameEnd] already
// appears (escape-decoded, case-insensitive) among the parameters written
// in s[from:lead], each of which starts with ';'.
func dupParam(s string, from, lead, nameStart, nameEnd int) bool {
	name := s[nameStart:nameEnd]
	// After a syntax error where the params start, the first param starts
	// at the next ';'.
	if k := strings.IndexByte(s[from:lead], ';'); k >= 0 {
		from += k
	} else {
		from = lead
	}
	for i := from; i < lead; {
		j := i + 1
		k := j
		for k < lead && (is(s[k], cParam) || s[k] == '%') { // the name, up to '=', ';' or a byte a name cannot hold
			k++
		}
		if equalEscapedFold(s[j:k], name) {
			return true
		}
		for k < lead && s[k] != ';' {
			k++
		}
		i = k
	}
	return false
}
