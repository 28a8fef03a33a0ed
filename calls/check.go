package calls

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// Check reports every finding about r. Each Diagnostic has Field set to the
// parameter it is about ("AccountSid" or a form key) and offsets into
// FieldText(r, Field); a missing value is reported at 0..0 (a missing
// source of instructions on Url). Findings come in FormBody's field order
// (AccountSid first), then by Start.
//
// To is read as KindOfTo says. For a SIP To, From may only hold letters,
// digits and + - _ . (it becomes the user part of the SIP From header); for
// a phone To, From must be a phone number; for a client or other To, From
// is not checked.
//
// Besides its own codes (required, sid, from, sip-auth, enum, events, range,
// url, twiml-too-long, twiml-ignored, and the warning byoc-ignored for a
// Byoc on a call to a SIP or client To), Check passes on every twiml.Check
// finding about Twiml and every sipuri.Check finding about a SIP To, with
// their own codes and Field set.
func Check(r Request) []Diagnostic {
	c := checker{}
	c.sid("AccountSid", r.AccountSid, "AC")
	c.required(r)
	kind := toKindOf(r.To)
	if kind == ToSIP {
		c.pass("To", sipuri.Check(r.To))
	}
	c.from(r.From, kind)
	c.sid("ApplicationSid", r.ApplicationSid, "AP")
	c.sid("Byoc", r.Byoc, "BY")
	if r.Byoc != "" && (kind == ToSIP || kind == ToClient) {
		c.add("Byoc", 0, len(r.Byoc), sipuri.Warning, "byoc-ignored",
			"Twilio uses Byoc only when To is a phone number; for this call it is ignored.",
			&sipuri.Fix{Title: "Remove Byoc", End: len(r.Byoc)})
	}
	c.sipAuth(r)
	c.twiml(r)
	for i := range params {
		p := &params[i]
		v, l := p.value(&r)
		switch p.kind {
		case kURL:
			c.url(p.key, v)
		case kMethod:
			c.enum(p.key, v, methods)
		case kInt:
			c.integer(p.key, v)
		case kBool:
			c.enum(p.key, v, booleans)
		case kList:
			c.events(p.key, l)
		}
	}
	c.enum("AsyncAmd", r.AsyncAmd, booleans)
	c.enum("Trim", r.Trim, []string{"trim-silence", "do-not-trim"})
	c.enum("RecordingChannels", r.RecordingChannels, []string{"mono", "dual"})
	c.enum("RecordingTrack", r.RecordingTrack, []string{"inbound", "outbound", "both"})
	c.enum("MachineDetection", r.MachineDetection, []string{"Enable", "DetectMessageEnd"})
	c.sendDigits(r.SendDigits)
	// Insertion sort: stable, and the lists are short.
	ds := c.out
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && before(ds[j], ds[j-1]); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
	return ds
}

// before orders findings by field, as FormBody does with AccountSid
// first, then by Start.
func before(a, b Diagnostic) bool {
	if x, y := fieldIndex(a.Field), fieldIndex(b.Field); x != y {
		return x < y
	}
	return a.Start < b.Start
}

// fieldIndex orders fields as FormBody does, with AccountSid first.
func fieldIndex(key string) int {
	for i := range params {
		if params[i].key == key {
			return i
		}
	}
	return -1
}

var (
	methods  = []string{"HEAD", "GET", "POST", "PATCH", "PUT", "DELETE"}
	booleans = []string{"true", "false"}
	// eventValues holds the allowed values of each list key.
	eventValues = map[string][]string{
		"StatusCallbackEvent":          {"initiated", "ringing", "answered", "completed"},
		"RecordingStatusCallbackEvent": {"in-progress", "completed", "absent"},
	}
)

// checker collects diagnostics.
type checker struct{ out []Diagnostic }

func (c *checker) add(field string, start, end int, sev sipuri.Severity, code, msg string, fix *sipuri.Fix) {
	c.out = append(c.out, Diagnostic{Start: start, End: end, Field: field, Severity: sev, Code: code, Message: msg, Fix: fix})
}

func (c *checker) err(field string, start, end int, code, msg string, fix *sipuri.Fix) {
	c.add(field, start, end, sipuri.Error, code, msg, fix)
}

// pass adds findings of another package about field, keeping their codes.
func (c *checker) pass(field string, ds []Diagnostic) {
	for _, d := range ds {
		d.Field = field
		c.out = append(c.out, d)
	}
}

// trimFix offers to remove the whitespace around v when that alone makes it
// acceptable to ok; it returns nil otherwise.
func trimFix(v string, ok func(string) bool) *sipuri.Fix {
	t := strings.TrimSpace(v)
	if t == v || t == "" || !ok(t) {
		return nil
	}
	return &sipuri.Fix{Title: "Remove the surrounding spaces", Start: 0, End: len(v), NewText: t}
}

// required reports a missing To, From or instruction source.
func (c *checker) required(r Request) {
	if r.To == "" {
		c.err("To", 0, 0, "required", "To is required: the SIP URI to dial, like sip:alice@example.com.", nil)
	}
	if r.From == "" {
		c.err("From", 0, 0, "required", "From is required: the caller shown to the SIP endpoint, like +15005550006 or alice.", nil)
	}
	if r.Url == "" && r.Twiml == "" && r.ApplicationSid == "" {
		c.err("Url", 0, 0, "required", "Give one source of instructions: Url, Twiml or ApplicationSid.", nil)
	}
}

// sid reports a SID that is not prefix followed by 32 hex digits.
func (c *checker) sid(field, v, prefix string) {
	if v == "" || isSID(v, prefix) {
		return
	}
	msg := field + " must be " + prefix + " followed by 32 hexadecimal digits"
	if n := len(v); n != 34 {
		msg += " (34 characters; this has " + strconv.Itoa(n) + ")"
	}
	c.err(field, 0, len(v), "sid", msg+".", trimFix(v, func(t string) bool { return isSID(t, prefix) }))
}

func isSID(v, prefix string) bool {
	if len(v) != 34 || v[:2] != prefix {
		return false
	}
	for i := 2; i < len(v); i++ {
		if !isHex(v[i]) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// sipAuth reports a SIP auth username without password or the reverse.
func (c *checker) sipAuth(r Request) {
	switch {
	case r.SipAuthUsername != "" && r.SipAuthPassword == "":
		c.err("SipAuthPassword", 0, 0, "sip-auth", "SipAuthPassword is required when SipAuthUsername is set.", nil)
	case r.SipAuthUsername == "" && r.SipAuthPassword != "":
		c.err("SipAuthUsername", 0, 0, "sip-auth", "SipAuthUsername is required when SipAuthPassword is set.", nil)
	}
}

// enum reports a value that is not one of allowed; a value that differs
// only in case gets a fix.
func (c *checker) enum(field, v string, allowed []string) {
	if v == "" || slices.Contains(allowed, v) {
		return
	}
	msg := field + " must be " + orList(allowed) + "; got " + strconv.Quote(v) + "."
	c.err(field, 0, len(v), "enum", msg, allowedFix(v, allowed, 0))
}

// allowedFix offers the allowed value that v matches but for case or
// surrounding spaces; off is v's offset in the field text.
func allowedFix(v string, allowed []string, off int) *sipuri.Fix {
	t := strings.TrimSpace(v)
	for _, a := range allowed {
		if strings.EqualFold(t, a) {
			return &sipuri.Fix{Title: "Change to " + a, Start: off, End: off + len(v), NewText: a}
		}
	}
	return nil
}

// orList writes "a, b or c".
func orList(l []string) string {
	if len(l) == 1 {
		return l[0]
	}
	return strings.Join(l[:len(l)-1], ", ") + " or " + l[len(l)-1]
}

// events reports list elements that are not allowed, and elements that
// hold a space- or comma-joined list, with a fix that splits them into one
// element per value. Offsets are into the elements joined by "\n".
func (c *checker) events(field string, list []string) {
	allowed := eventValues[field]
	off := 0
	for _, v := range list {
		start := off
		off += len(v) + 1
		if v == "" || slices.Contains(allowed, v) {
			continue
		}
		parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(" ,;\t\r\n", r) })
		if len(parts) > 1 {
			msg := field + " takes one value per form field; split " + strconv.Quote(v) + " into " + strconv.Itoa(len(parts)) + " fields."
			c.err(field, start, start+len(v), "events", msg,
				&sipuri.Fix{Title: "Split into one value per field", Start: start, End: start + len(v), NewText: strings.Join(parts, "\n")})
			continue
		}
		msg := field + " values are " + orList(allowed) + "; got " + strconv.Quote(v) + "."
		c.err(field, start, start+len(v), "events", msg, allowedFix(v, allowed, start))
	}
}

// integerRanges holds the bounds of the integer keys that have them.
var integerRanges = map[string][2]int{
	"Timeout":                            {0, 600},
	"MachineDetectionSpeechThreshold":    {1000, 6000},
	"MachineDetectionSpeechEndThreshold": {500, 5000},
	"MachineDetectionSilenceTimeout":     {2000, 10000},
}

// integer reports a value that is not a whole number, or out of its range.
func (c *checker) integer(field, v string) {
	if v == "" {
		return
	}
	n, ok := atoi(v)
	if !ok {
		c.err(field, 0, len(v), "range", field+" must be a whole number; got "+strconv.Quote(v)+".",
			trimFix(v, func(t string) bool { _, ok := atoi(t); return ok }))
		return
	}
	if lim, has := integerRanges[field]; has && (n < lim[0] || n > lim[1]) {
		msg := field + " must be from " + strconv.Itoa(lim[0]) + " to " + strconv.Itoa(lim[1]) + "; got " + v + "."
		if lim[0] == 0 {
			msg = field + " must be at most " + strconv.Itoa(lim[1]) + "; got " + v + "."
		}
		c.err(field, 0, len(v), "range", msg, nil)
	}
}

// atoi reads a non-negative decimal integer; values too large for 9 digits
// saturate at 1e9, which is past every range here.
func atoi(v string) (int, bool) {
	if v == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return 0, false
		}
		if n < 1e9 {
			n = n*10 + int(v[i]-'0')
		}
	}
	return min(n, 1e9), true
}

// sendDigits reports characters other than 0-9 # * w, and more than 32.
func (c *checker) sendDigits(v string) {
	for i := 0; i < len(v); {
		if isDigit(v[i]) || v[i] == '#' || v[i] == '*' || v[i] == 'w' {
			i++
			continue
		}
		j := i + 1
		for j < len(v) && !(isDigit(v[j]) || v[j] == '#' || v[j] == '*' || v[j] == 'w') {
			j++
		}
		c.err("SendDigits", i, j, "range", "SendDigits may only hold 0-9, #, * and w (a half-second pause); got "+strconv.Quote(v[i:j])+".", nil)
		i = j
	}
	if n := utf8.RuneCountInString(v); n > 32 {
		c.err("SendDigits", runeOffset(v, 32), len(v), "range", "SendDigits may hold at most 32 keys; this has "+strconv.Itoa(n)+".", nil)
	}
}

// runeOffset returns the byte offset of the rune after the first n runes
// of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
