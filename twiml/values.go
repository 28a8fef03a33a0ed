package twiml

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

var (
	methods    = []string{"GET", "POST"}
	booleans   = []string{"true", "false"}
	records    = []string{"do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"}
	trims      = []string{"trim-silence", "do-not-trim"}
	tracks     = []string{"both", "inbound", "outbound"}
	amds       = []string{"Enable", "DetectMessageEnd"}
	sipEvents  = []string{"initiated", "ringing", "answered", "completed"}
	recEvents  = []string{"in-progress", "completed", "absent"}
	ringTones  = strings.Fields("at au bg br be ch cl cn cz de dk ee es fi fr gr hu il in it lt jp mx my nl no nz ph pl pt ru se sg th uk us us-old tw ve za")
	rangeKinds = map[kind][3]int{ // min, max, and 1 for milliseconds
		kindTimeout:    {5, 600, 0},
		kindSeconds:    {1, 86400, 0},
		kindAMDTimeout: {1, 600, 0},
		kindSpeech:     {1000, 6000, 1},
		kindSpeechEnd:  {500, 5000, 1},
		kindSilence:    {2000, 10000, 1},
	}
)

// value checks attribute a's value against the rules of its kind.
func (c *checker) value(a attribute, k kind) {
	if k == kindFree {
		return
	}
	v := decodeAttr(c.src, a)
	s := string(v.s)
	bad := func(msg string, fix *sipuri.Fix) {
		start, end := a.ValStart, a.ValEnd
		if start == end { // point at the empty quotes
			start, end = start-1, end+1
		}
		c.add(start, end, sipuri.Error, CodeAttributeValue, msg, fix)
	}
	replace := func(title, text string) *sipuri.Fix {
		return &sipuri.Fix{Title: title, Start: a.ValStart, End: a.ValEnd, NewText: escapeAttr(text)}
	}
	enum := func(allowed []string) {
		if slices.Contains(allowed, s) {
			return
		}
		msg := a.Name + " must be " + orList(allowed)
		for _, x := range allowed {
			if strings.EqualFold(x, s) {
				bad(msg+"; values are case-sensitive", replace("Write "+x, x))
				return
			}
		}
		bad(msg, nil)
	}
	switch k {
	case kindMethod:
		enum(methods)
	case kindBool:
		enum(booleans)
	case kindRecord:
		enum(records)
	case kindTrim:
		enum(trims)
	case kindTrack:
		enum(tracks)
	case kindAMD:
		enum(amds)
	case kindRingTone:
		enum(ringTones)
	case kindSipEvents:
		c.events(a, v, sipEvents, bad, replace)
	case kindRecEvents:
		c.events(a, v, recEvents, bad, replace)
	case kindCallerID:
		if s == "" {
			bad("callerId must not be empty", nil)
			return
		}
		for i := 0; i < len(s); i++ {
			ch := s[i]
			if !isASCIILetter(ch) && !isDigit(ch) && !strings.ContainsRune("+-_.", rune(ch)) {
				start, end := v.span(i, i+1)
				c.add(start, end, sipuri.Error, CodeAttributeValue,
					"callerId for SIP may hold only letters, digits and + - _ . (no whitespace)", nil)
				return
			}
		}
	case kindURL:
		c.url(a, v, bad)
	default:
		r := rangeKinds[k]
		unit := "seconds"
		if r[2] == 1 {
			unit = "milliseconds"
		}
		n, err := strconv.Atoi(s)
		if !allDigits(s) || err != nil || n < r[0] || n > r[1] {
			bad(a.Name+" must be a whole number of "+unit+" from "+strconv.Itoa(r[0])+" to "+strconv.Itoa(r[1]), nil)
		}
	}
}

// events checks a space-separated list of events. A list written with
// commas gets a fix that separates it with spaces.
func (c *checker) events(a attribute, v *decoded, allowed []string, bad func(string, *sipuri.Fix), replace func(string, string) *sipuri.Fix) {
	s := string(v.s)
	msg := a.Name + " is a space-separated list of " + strings.Join(allowed, " ")
	if strings.TrimSpace(s) == "" {
		bad(msg+"; it is empty", nil)
		return
	}
	if strings.Contains(s, ",") {
		fixed := strings.Fields(strings.ReplaceAll(s, ",", " "))
		ok := true
		for _, f := range fixed {
			ok = ok && slices.Contains(allowed, f)
		}
		var fix *sipuri.Fix
		if ok {
			fix = replace("Separate with spaces", strings.Join(fixed, " "))
		}
		bad(msg+", separated by spaces, not commas", fix)
		return
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
					fix = &sipuri.Fix{Title: "Write " + x, Start: start, End: end, NewText: x}
				}
			}
			c.add(start, end, sipuri.Error, CodeAttributeValue, w+" is not an event: "+msg, fix)
		}
		i = j
	}
}

// url checks an absolute or relative URL: an absolute one must be http or
// https and have a valid hostname (no underscores).
func (c *checker) url(a attribute, v *decoded, bad func(string, *sipuri.Fix)) {
	s := string(v.s)
	if strings.TrimSpace(s) == "" {
		bad(a.Name+" must be a URL", nil)
		return
	}
	scheme := 0
	for scheme < len(s) && (isASCIILetter(s[scheme]) || (scheme > 0 && (isDigit(s[scheme]) || s[scheme] == '+' || s[scheme] == '-' || s[scheme] == '.'))) {
		scheme++
	}
	if scheme == 0 || scheme == len(s) || s[scheme] != ':' {
		return // relative
	}
	if name := strings.ToLower(s[:scheme]); name != "http" && name != "https" {
		bad(a.Name+" must be an http or https URL, or a relative one", nil)
		return
	}
	if !strings.HasPrefix(s[scheme:], "://") {
		bad(a.Name+" must be an absolute URL like https://example.com/path, or a relative one", nil)
		return
	}
	hs := scheme + 3
	he := hs
	for he < len(s) && !strings.ContainsRune("/?#", rune(s[he])) {
		he++
	}
	if at := strings.LastIndexByte(s[hs:he], '@'); at >= 0 {
		hs += at + 1
	}
	host := s[hs:he]
	if strings.HasPrefix(host, "[") {
		if strings.IndexByte(host, ']') < 0 {
			bad(a.Name+" has an unclosed [ in its host", nil)
		}
		return
	}
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		if port := host[colon+1:]; port != "" && !allDigits(port) {
			start, end := v.span(hs+colon+1, he)
			c.add(start, end, sipuri.Error, CodeAttributeValue, a.Name+" has a port that is not a number", nil)
		}
		host = host[:colon]
	}
	if host == "" {
		bad(a.Name+" has no host", nil)
		return
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
		return
	}
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
