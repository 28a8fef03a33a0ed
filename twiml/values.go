package twiml

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// value checks attribute a's value against its schema entry s.
func (c *checker) value(a attribute, s Attribute) {
	if s.Kind == Text {
		return
	}
	v := decodeAttr(c.src, a)
	val := string(v.s)
	var msg string // a finding about the whole value
	var fix *sipuri.Fix
	switch s.Kind {
	case ListOf:
		msg, fix = c.events(a, v, s.Values)
	case URL:
		msg = c.url(a, v)
	case CallerID:
		if val == "" {
			msg = "callerId must not be empty"
		}
		for i := 0; i < len(val); i++ {
			ch := val[i]
			if !isASCIILetter(ch) && !isDigit(ch) && !strings.ContainsRune("+-_.", rune(ch)) {
				start, end := v.span(i, i+1)
				c.add(start, end, CodeAttributeValue, "callerId for SIP may hold only letters, digits and + - _ . (no whitespace)", nil)
				break
			}
		}
	case OneOf:
		if slices.Contains(s.Values, val) {
			return
		}
		msg = a.Name + " must be " + orList(s.Values)
		for _, x := range s.Values {
			if strings.EqualFold(x, val) {
				msg += "; values are case-sensitive"
				fix = wholeValueFix(a, "Write "+x, x)
				break
			}
		}
	case Integer:
		if n, err := strconv.Atoi(val); !allDigits(val) || err != nil || n < s.Min || n > s.Max {
			msg = a.Name + " must be a whole number of " + s.Unit + " from " + strconv.Itoa(s.Min) + " to " + strconv.Itoa(s.Max)
		}
	}
	if msg != "" {
		start, end := a.ValStart, a.ValEnd
		if start == end { // point at the empty quotes
			start, end = start-1, end+1
		}
		c.add(start, end, CodeAttributeValue, msg, fix)
	}
}

// wholeValueFix replaces a's whole value by text, escaped for an
// attribute value.
func wholeValueFix(a attribute, title, text string) *sipuri.Fix {
	return &sipuri.Fix{Title: title, Start: a.ValStart, End: a.ValEnd, NewText: escapeAttr(text)}
}

// events checks a space-separated list of events, reporting each unknown
// event, and returns a finding about the whole list (with a fix that
// separates with spaces a list written with commas).
func (c *checker) events(a attribute, v *decoded, allowed []string) (string, *sipuri.Fix) {
	s := string(v.s)
	msg := a.Name + " is a space-separated list of " + strings.Join(allowed, " ")
	if strings.TrimSpace(s) == "" {
		return msg + "; it is empty", nil
	}
	if strings.Contains(s, ",") {
		msg += ", separated by spaces, not commas"
		fixed := strings.Fields(strings.ReplaceAll(s, ",", " "))
		for _, f := range fixed {
			if !slices.Contains(allowed, f) {
				return msg, nil
			}
		}
		return msg, wholeValueFix(a, "Separate with spaces", strings.Join(fixed, " "))
	}
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if w := s[i:j]; !slices.Contains(allowed, w) {
			start, end := v.span(i, j)
			var fix *sipuri.Fix
			for _, x := range allowed {
				if strings.EqualFold(x, w) {
					fix = &sipuri.Fix{Title: "Write " + x, Start: start, End: end, NewText: escapeAttr(x)}
				}
			}
			c.add(start, end, CodeAttributeValue, w+" is not an event: "+msg, fix)
		}
		i = j
	}
	return "", nil
}

// url checks an absolute or relative URL: an absolute one must be http or
// https and have a valid hostname (no underscores). It reports findings
// about parts of the URL and returns one about the whole value, if any.
func (c *checker) url(a attribute, v *decoded) string {
	s := string(v.s)
	if strings.TrimSpace(s) == "" {
		return a.Name + " must be a URL"
	}
	scheme := 0
	for scheme < len(s) && (isASCIILetter(s[scheme]) || scheme > 0 && strings.IndexByte("0123456789+-.", s[scheme]) >= 0) {
		scheme++
	}
	if scheme == 0 || scheme == len(s) || s[scheme] != ':' {
		return "" // relative
	}
	if !strings.EqualFold(s[:scheme], "http") && !strings.EqualFold(s[:scheme], "https") { // the scheme is ASCII
		return a.Name + " must be an http or https URL, or a relative one"
	}
	if !strings.HasPrefix(s[scheme:], "://") {
		return a.Name + " must be an absolute URL like https://example.com/path, or a relative one"
	}
	hs, he := scheme+3, len(s)
	if k := strings.IndexAny(s[hs:], "/?#"); k >= 0 {
		he = hs + k
	}
	if at := strings.LastIndexByte(s[hs:he], '@'); at >= 0 {
		hs += at + 1
	}
	host := s[hs:he]
	if strings.HasPrefix(host, "[") {
		if strings.IndexByte(host, ']') < 0 {
			return a.Name + " has an unclosed [ in its host"
		}
		return ""
	}
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		if port := host[colon+1:]; port != "" && !allDigits(port) {
			start, end := v.span(hs+colon+1, he)
			c.add(start, end, CodeAttributeValue, a.Name+" has a port that is not a number", nil)
		}
		host = host[:colon]
	}
	if host == "" {
		return a.Name + " has no host"
	}
	for i := 0; i < len(host); i++ {
		ch := host[i]
		if isASCIILetter(ch) || isDigit(ch) || ch == '-' || ch == '.' {
			continue
		}
		msg := a.Name + "'s host may hold only letters, digits, - and ."
		if ch == '_' {
			msg = a.Name + "'s host must be a valid hostname: underscores are not permitted"
		}
		start, end := v.span(hs, hs+len(host))
		c.add(start, end, CodeAttributeValue, msg, nil)
		break
	}
	return ""
}

// orList writes "a, b or c".
func orList(xs []string) string {
	if len(xs) > 6 {
		return "one of " + strings.Join(xs, " ")
	}
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
