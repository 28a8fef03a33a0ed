package twiml

import (
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// enums lists the values an enumerated or event-list kind allows.
var enums = [kindSilence + 1][]string{
	kindMethod:    {"GET", "POST"},
	kindBool:      {"true", "false"},
	kindRecord:    {"do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"},
	kindTrim:      {"trim-silence", "do-not-trim"},
	kindTrack:     {"both", "inbound", "outbound"},
	kindAMD:       {"Enable", "DetectMessageEnd"},
	kindSipEvents: {"initiated", "ringing", "answered", "completed"},
	kindRecEvents: {"in-progress", "completed", "absent"},
	kindRingTone: {"at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in",
		"it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"},
}

// A valueRange is an integer kind's allowed range and the message that
// states it.
type valueRange struct {
	min, max int
	msg      string
}

// ranges holds the range of each integer kind.
var ranges = [kindSilence + 1]valueRange{
	kindTimeout:    {5, 600, " must be a whole number of seconds from 5 to 600"},
	kindSeconds:    {1, 86400, " must be a whole number of seconds from 1 to 86400"},
	kindAMDTimeout: {1, 600, " must be a whole number of seconds from 1 to 600"},
	kindSpeech:     {1000, 6000, " must be a whole number of milliseconds from 1000 to 6000"},
	kindSpeechEnd:  {500, 5000, " must be a whole number of milliseconds from 500 to 5000"},
	kindSilence:    {2000, 10000, " must be a whole number of milliseconds from 2000 to 10000"},
}

// value checks attribute a's value against the rules of its kind.
func (c *checker) value(a attribute, k kind) {
	if k == kindFree {
		return
	}
	v := decodeAttr(c.src, a)
	s := string(v.s)
	allowed := enums[k]
	var msg string // a finding about the whole value
	var fix *sipuri.Fix
	switch {
	case k == kindSipEvents || k == kindRecEvents:
		msg, fix = c.events(a, v, allowed)
	case k == kindURL:
		msg = c.url(a, v)
	case k == kindCallerID:
		if s == "" {
			msg = "callerId must not be empty"
		}
		for i := 0; i < len(s); i++ {
			ch := s[i]
			if !isASCIILetter(ch) && !isDigit(ch) && !strings.ContainsRune("+-_.", rune(ch)) {
				start, end := v.span(i, i+1)
				c.add(start, end, sipuri.Error, CodeAttributeValue,
					"callerId for SIP may hold only letters, digits and + - _ . (no whitespace)", nil)
				break
			}
		}
	case allowed != nil:
		if indexOf(allowed, s) >= 0 {
			return
		}
		msg = a.Name + " must be " + orList(allowed)
		for _, x := range allowed {
			if strings.EqualFold(x, s) {
				msg += "; values are case-sensitive"
				fix = wholeValueFix(a, "Write "+x, x)
				break
			}
		}
	default:
		r := ranges[k]
		if n, err := strconv.Atoi(s); !allDigits(s) || err != nil || n < r.min || n > r.max {
			msg = a.Name + r.msg
		}
	}
	if msg != "" {
		start, end := a.ValStart, a.ValEnd
		if start == end { // point at the empty quotes
			start, end = start-1, end+1
		}
		c.add(start, end, sipuri.Error, CodeAttributeValue, msg, fix)
	}
}

// wholeValueFix replaces a's whole value by text.
func wholeValueFix(a attribute, title, text string) *sipuri.Fix {
	return newFix(title, a.ValStart, a.ValEnd, escapeAttr(text))
}

// indexOf returns the index of s in list, or -1.
//
//go:noinline
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
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
			if indexOf(allowed, f) < 0 {
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
		if w := s[i:j]; indexOf(allowed, w) < 0 {
			start, end := v.span(i, j)
			var fix *sipuri.Fix
			for _, x := range allowed {
				if strings.EqualFold(x, w) {
					fix = newFix("Write "+x, start, end, x)
				}
			}
			c.add(start, end, sipuri.Error, CodeAttributeValue, w+" is not an event: "+msg, fix)
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
			c.add(start, end, sipuri.Error, CodeAttributeValue, a.Name+" has a port that is not a number", nil)
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
		c.add(start, end, sipuri.Error, CodeAttributeValue, msg, nil)
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
