package calls

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
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
	c := checker{r: &r, to: KindOfTo(r.To)}
	c.sid("AccountSid", r.AccountSid, 0)
	// Findings come in FormBody's field order, AccountSid first; each
	// field's are ordered by Start, keeping their order for equal Starts.
	for i := range params {
		n := len(c.out)
		c.field(i)
		if ds := c.out[n:]; len(ds) > 1 {
			sort.SliceStable(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
		}
	}
	return c.out
}

// The tables the param checks refer to by their arg.
var (
	sidPrefixes = [...]string{"AC", "AP", "BY"}
	enums       = [...][]string{
		{"HEAD", "GET", "POST", "PATCH", "PUT", "DELETE"},
		{"true", "false"},
		{"trim-silence", "do-not-trim"},
		{"mono", "dual"},
		{"inbound", "outbound", "both"},
		{"Enable", "DetectMessageEnd"},
		{"initiated", "ringing", "answered", "completed"}, // StatusCallbackEvent
		{"in-progress", "completed", "absent"},            // RecordingStatusCallbackEvent
	}
	// ranges holds the bounds of the integer keys; {0, 0} is no bound.
	ranges = [...][2]int{{0, 0}, {0, 600}, {1000, 6000}, {500, 5000}, {2000, 10000}}
	// required holds, by params index, the messages for a missing To,
	// From, source, SipAuthUsername and SipAuthPassword.
	required = [...]string{
		"To is required: the SIP URI to dial, like sip:alice@example.com.",
		"From is required: the caller shown to the SIP endpoint, like +15005550006 or alice.",
		"Give one source of instructions: Url, Twiml or ApplicationSid.",
		"", "",
		"SipAuthUsername is required when SipAuthPassword is set.",
		"SipAuthPassword is required when SipAuthUsername is set.",
	}
)

// checker collects diagnostics about one request.
type checker struct {
	r   *Request
	to  ToKind
	out []Diagnostic
}

// add records a finding. A warning here always means that Twilio ignores
// the field, and comes with a fix that removes it. It stays out of line:
// a Diagnostic is large, and appending one is much code.
//
//go:noinline
func (c *checker) add(field string, start, end int, sev sipuri.Severity, code, msg string, fix *sipuri.Fix) {
	if sev == sipuri.Warning { // Twilio ignores the field: offer to remove it
		fix = newFix("Remove "+field, start, end, "")
	}
	c.out = append(c.out, Diagnostic{Start: start, End: end, Field: field, Severity: sev, Code: code, Message: msg, Fix: fix})
}

// pass adds findings of another package about field, keeping their codes.
//
//go:noinline
func (c *checker) pass(field string, ds []Diagnostic) {
	for _, d := range ds {
		d.Field = field
		c.out = append(c.out, d)
	}
}

// field runs the check of params[i] (see param.chk) on its value.
func (c *checker) field(i int) {
	p := &params[i]
	r, key := c.r, p.key
	if p.kind == kList {
		// Elements that are not allowed, and elements that hold a space-
		// or comma-joined list, with a fix that splits them into one
		// element per value. Offsets are into the elements joined by "\n".
		allowed, off := enums[p.arg], 0
		for _, v := range *r.list(p) {
			start := off
			off += len(v) + 1
			if v == "" {
				continue
			}
			parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(" ,;\t\r\n", r) })
			if len(parts) > 1 && index(allowed, v) < 0 {
				msg := key + " takes one value per form field; split " + quote(v) + " into " + itoa(len(parts)) + " fields."
				c.add(key, start, start+len(v), sipuri.Error, "events", msg,
					newFix("Split into one value per field", start, start+len(v), strings.Join(parts, "\n")))
				continue
			}
			c.notIn(key, v, start, allowed, "events", " values are ")
		}
		return
	}
	v := *r.str(p)
	if v == "" && (p.chk == 't' || p.chk == 'f' || key == "Url" && r.Twiml == "" && r.ApplicationSid == "") {
		c.add(key, 0, 0, sipuri.Error, "required", required[i], nil) // To, From and Url are params 0, 1 and 2
	}
	if v == "" && p.chk != 'a' {
		return
	}
	switch p.chk {
	case 't':
		if c.to == ToSIP {
			c.pass(key, sipuri.Check(v))
		}
	case 'f':
		if c.to == ToSIP {
			c.badRuns(key, v, "+-_.", "From for a SIP call may only hold letters, digits and + - _ . (no spaces); remove ")
		} else if c.to == ToPhone && !isPhone(v) {
			c.add(key, 0, len(v), sipuri.Error, "from", "When To is a phone number, From must be a phone number too, like +15005550006.", trimFix(v, 'p', ""))
		}
	case 'u':
		if start, end, msg := urlProblem(v); msg != "" {
			c.add(key, start, end, sipuri.Error, "url", key+" "+msg, trimFix(v, 'u', ""))
		}
	case 'x':
		c.tooLong(key, v, 4000, "twiml-too-long", "Twiml is ", " characters; Twilio accepts at most 4000, so host the document and pass its Url instead.")
		if r.Url != "" {
			c.add(key, 0, len(v), sipuri.Warning, "twiml-ignored", "Twilio ignores Twiml when Url is also given; remove one of them.", nil)
		}
		c.pass(key, twiml.Check(v))
	case 's':
		c.sid(key, v, p.arg)
		if key == "Byoc" && (c.to == ToSIP || c.to == ToClient) {
			c.add(key, 0, len(v), sipuri.Warning, "byoc-ignored", "Twilio uses Byoc only when To is a phone number; for this call it is ignored.", nil)
		}
	case 'a':
		if v == "" && *r.str(&params[p.arg]) != "" {
			c.add(key, 0, 0, sipuri.Error, "sip-auth", required[i], nil)
		}
	case 'e':
		c.notIn(key, v, 0, enums[p.arg], "enum", " must be ")
	case 'i': // not a whole number, or out of its range (none when the top is 0)
		lim := ranges[p.arg]
		n, ok := atoi(v)
		msg := ""
		var fix *sipuri.Fix
		switch {
		case !ok:
			msg, fix = " must be a whole number; got "+quote(v)+".", trimFix(v, 'i', "")
		case lim[1] == 0 || lim[0] <= n && n <= lim[1]:
			return
		case lim[0] == 0:
			msg = " must be at most " + itoa(lim[1]) + "; got " + v + "."
		default:
			msg = " must be from " + itoa(lim[0]) + " to " + itoa(lim[1]) + "; got " + v + "."
		}
		c.add(key, 0, len(v), sipuri.Error, "range", key+msg, fix)
	case 'd':
		c.badRuns(key, v, "#*w", "SendDigits may only hold 0-9, #, * and w (a half-second pause); got ")
		c.tooLong(key, v, 32, "range", "SendDigits may hold at most 32 keys; this has ", ".")
	}
}

// newFix returns a Fix that replaces start..end with text.
//
//go:noinline
func newFix(title string, start, end int, text string) *sipuri.Fix {
	return &sipuri.Fix{Title: title, Start: start, End: end, NewText: text}
}

// trimFix offers to remove the whitespace around v when that alone makes it
// pass test ('s' a SID with prefix, 'i' a whole number, 'u' a URL, 'p' a
// phone number); it returns nil otherwise.
func trimFix(v string, test byte, prefix string) *sipuri.Fix {
	t := strings.TrimSpace(v)
	if t == v || t == "" {
		return nil
	}
	ok := false
	switch test {
	case 's':
		ok = isSID(t, prefix)
	case 'i':
		_, ok = atoi(t)
	case 'u':
		_, _, m := urlProblem(t)
		ok = m == ""
	case 'p':
		ok = isPhone(t)
	}
	if !ok {
		return nil
	}
	return newFix("Remove the surrounding spaces", 0, len(v), t)
}

// sid reports a non-empty SID that is not its prefix followed by 32 hex
// digits.
func (c *checker) sid(field, v string, prefix int8) {
	pre := sidPrefixes[prefix]
	if v == "" || isSID(v, pre) {
		return
	}
	msg := field + " must be " + pre + " followed by 32 hexadecimal digits"
	if n := len(v); n != 34 {
		msg += " (34 characters; this has " + itoa(n) + ")"
	}
	c.add(field, 0, len(v), sipuri.Error, "sid", msg+".", trimFix(v, 's', pre))
}

// isSID reports whether v is prefix followed by 32 hex digits.
//
//go:noinline
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

func isHex(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// notIn reports a value (at off in the field text) that is not one of
// allowed, as field+mid+"a, b or c; got …"; a value that differs only in
// case or surrounding spaces gets a fix.
func (c *checker) notIn(field, v string, off int, allowed []string, code, mid string) {
	if index(allowed, v) >= 0 {
		return
	}
	var fix *sipuri.Fix
	t := strings.TrimSpace(v)
	for _, a := range allowed {
		if strings.EqualFold(t, a) {
			fix = newFix("Change to "+a, off, off+len(v), a)
			break
		}
	}
	n := len(allowed) - 1
	msg := field + mid + strings.Join(allowed[:n], ", ") + " or " + allowed[n] + "; got " + quote(v) + "."
	c.add(field, off, off+len(v), sipuri.Error, code, msg, fix)
}

// atoi reads a non-negative decimal integer; values too large for 9 digits
// saturate at 1e9, which is past every range here.
//
//go:noinline
func atoi(v string) (int, bool) {
	n := 0
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return 0, false
		}
		if n < 1e9 {
			n = n*10 + int(v[i]-'0')
		}
	}
	return min(n, 1e9), v != ""
}

// badRuns reports each run of bytes in v other than digits and extra
// (and letters, for From) as msg followed by the quoted run; in From the
// finding has a fix that removes the run.
func (c *checker) badRuns(field, v, extra, msg string) {
	from := field == "From"
	start := -1
	for i := 0; i <= len(v); i++ {
		bad := i < len(v) && !isDigit(v[i]) && !(from && isAlnum(v[i])) && strings.IndexByte(extra, v[i]) < 0
		if bad && start < 0 {
			start = i
		}
		if bad || start < 0 {
			continue
		}
		run := quote(v[start:i])
		var fix *sipuri.Fix
		code := "range"
		if from {
			fix, code = newFix("Remove "+run, start, i, ""), "from"
		}
		c.add(field, start, i, sipuri.Error, code, msg+run+".", fix)
		start = -1
	}
}

// itoa and quote are strconv's, out of line: inlined, each call site
// costs more than the call.
//
//go:noinline
func itoa(n int) string { return strconv.Itoa(n) }

//go:noinline
func quote(s string) string { return strconv.Quote(s) }

// tooLong reports a value of more than max characters, from the first
// character past max, as pre, the count and post.
func (c *checker) tooLong(field, v string, max int, code, pre, post string) {
	if n := utf8.RuneCountInString(v); n > max {
		c.add(field, runeOffset(v, max), len(v), sipuri.Error, code, pre+itoa(n)+post, nil)
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
