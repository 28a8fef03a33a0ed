package calls

import (
	"math"
	"slices"
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
// Each parameter is checked as its schema row says (see Parameters): a
// missing Required value, a malformed SID, URL or whole number, a number
// out of its range, a value that is not one of its Values, and the row's
// own rule. To is read as KindOfTo says. For a SIP To, From may only hold
// letters, digits and + - _ . (it becomes the user part of the SIP From
// header); for a phone To, From must be a phone number; for a client or
// other To, From is not checked.
//
// Besides its own codes (listed by Codes), Check passes on every
// twiml.Check finding about Twiml and every sipuri.Check finding about a
// SIP To, with their own codes and Field set.
func Check(r Request) []Diagnostic {
	c := checker{r: &r, to: KindOfTo(r.To)}
	for i := range parameters {
		p := &parameters[i]
		n := len(c.out)
		c.param(p)
		// Each field's findings are ordered by Start, keeping their
		// order for equal Starts.
		if ds := c.out[n:]; len(ds) > 1 {
			sort.SliceStable(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
		}
	}
	return c.out
}

// checker collects diagnostics about one request.
type checker struct {
	r   *Request
	to  ToKind
	out []Diagnostic
}

// add records a finding. A warning here always means that Twilio ignores
// the field, and comes with a fix that removes it.
func (c *checker) add(field string, start, end int, sev sipuri.Severity, code, msg string, fix *sipuri.Fix) {
	if sev == sipuri.Warning {
		fix = newFix("Remove "+field, start, end, "")
	}
	c.out = append(c.out, Diagnostic{Start: start, End: end, Field: field, Severity: sev, Code: code, Message: msg, Fix: fix})
}

// pass adds findings of another package about field, keeping their codes.
func (c *checker) pass(field string, ds []Diagnostic) {
	for _, d := range ds {
		d.Field = field
		c.out = append(c.out, d)
	}
}

// param checks one parameter's value as its schema row says, then runs
// the row's own rule, if any, which sees empty values too.
func (c *checker) param(p *Parameter) {
	if p.Kind == List {
		c.list(p)
		return
	}
	v := *p.text(c.r)
	switch {
	case v == "" && p.Required:
		c.add(p.Key, 0, 0, sipuri.Error, CodeRequired, p.Key+" is required: "+p.Doc+".", nil)
	case v == "":
	case p.SID != "":
		c.sid(p, v)
	case p.Kind == URL:
		if start, end, msg := urlProblem(v); msg != "" {
			c.add(p.Key, start, end, sipuri.Error, CodeURL, p.Key+" "+msg, trimFix(v, isURL))
		}
	case p.Kind == Int:
		c.wholeNumber(p, v)
	case p.Values != nil:
		c.notIn(p.Key, v, 0, p.Values, CodeEnum, " must be ")
	}
	if p.check != nil {
		p.check(c, p, v)
	}
}

// list checks a List's elements: each must be one of its Values, and an
// element holding a space- or comma-joined list gets a fix that splits it
// into one element per value. Offsets are into the elements joined by "\n".
func (c *checker) list(p *Parameter) {
	off := 0
	for _, v := range *p.list(c.r) {
		start := off
		off += len(v) + 1
		if v == "" {
			continue
		}
		parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(" ,;\t\r\n", r) })
		if len(parts) > 1 && !slices.Contains(p.Values, v) {
			msg := p.Key + " takes one value per form field; split " + strconv.Quote(v) + " into " + strconv.Itoa(len(parts)) + " fields."
			c.add(p.Key, start, start+len(v), sipuri.Error, CodeEvents, msg,
				newFix("Split into one value per field", start, start+len(v), strings.Join(parts, "\n")))
			continue
		}
		c.notIn(p.Key, v, start, p.Values, CodeEvents, " values are ")
	}
}

// checkTo passes on sipuri's findings about a SIP To.
func (c *checker) checkTo(p *Parameter, v string) {
	if v != "" && c.to == ToSIP {
		c.pass(p.Key, sipuri.Check(v))
	}
}

// checkFrom checks From against the kind of To: the user part of the SIP
// From header for a SIP To, a phone number for a phone To.
func (c *checker) checkFrom(p *Parameter, v string) {
	switch {
	case v == "":
	case c.to == ToSIP:
		c.badRuns(p.Key, v, "+-_.", "From for a SIP call may only hold letters, digits and + - _ . (no spaces); remove ")
	case c.to == ToPhone && !isPhone(v):
		c.add(p.Key, 0, len(v), sipuri.Error, CodeFrom, "When To is a phone number, From must be a phone number too, like +15005550006.", trimFix(v, isPhone))
	}
}

// checkSourceGiven reports, on Url, a request with no source of
// instructions at all.
func (c *checker) checkSourceGiven(p *Parameter, _ string) {
	for _, s := range byKey {
		if s.Source && *s.text(c.r) != "" {
			return
		}
	}
	c.add(p.Key, 0, 0, sipuri.Error, CodeRequired, "Give one source of instructions: Url, Twiml or ApplicationSid.", nil)
}

// maxTwiml is the most characters Twilio accepts in Twiml.
const maxTwiml = 4000

// checkTwiml reports a Twiml that is too long or that Url overrides, and
// passes on twiml's findings about the document.
func (c *checker) checkTwiml(p *Parameter, v string) {
	if v == "" {
		return
	}
	c.tooLong(p.Key, v, maxTwiml, CodeTwimlTooLong, "Twiml is ", " characters; Twilio accepts at most "+strconv.Itoa(maxTwiml)+", so host the document and pass its Url instead.")
	if c.r.Url != "" {
		c.add(p.Key, 0, len(v), sipuri.Warning, CodeTwimlIgnored, "Twilio ignores Twiml when Url is also given; remove one of them.", nil)
	}
	c.pass(p.Key, twiml.Check(v))
}

// checkByoc warns that Twilio ignores Byoc on a call to a SIP or client To.
func (c *checker) checkByoc(p *Parameter, v string) {
	if v != "" && (c.to == ToSIP || c.to == ToClient) {
		c.add(p.Key, 0, len(v), sipuri.Warning, CodeByocIgnored, "Twilio uses Byoc only when To is a phone number; for this call it is ignored.", nil)
	}
}

// maxDigits is the most keys SendDigits may hold.
const maxDigits = 32

// checkSendDigits reports keys other than 0-9 # * w, and too many keys.
func (c *checker) checkSendDigits(p *Parameter, v string) {
	if v == "" {
		return
	}
	c.badRuns(p.Key, v, "#*w", "SendDigits may only hold 0-9, #, * and w (a half-second pause); got ")
	c.tooLong(p.Key, v, maxDigits, CodeRange, "SendDigits may hold at most "+strconv.Itoa(maxDigits)+" keys; this has ", ".")
}

// requiredWith returns the rule that a parameter is required when the
// parameter other is set.
func requiredWith(other string) func(*checker, *Parameter, string) {
	return func(c *checker, p *Parameter, v string) {
		if v == "" && FieldText(*c.r, other) != "" {
			c.add(p.Key, 0, 0, sipuri.Error, CodeSIPAuth, p.Key+" is required when "+other+" is set.", nil)
		}
	}
}

// wholeNumber reports an Int value that is not a whole number, or is
// outside the parameter's range.
func (c *checker) wholeNumber(p *Parameter, v string) {
	n, ok := parseWhole(v)
	msg := ""
	var fix *sipuri.Fix
	switch {
	case !ok:
		msg, fix = " must be a whole number; got "+strconv.Quote(v)+".", trimFix(v, isWhole)
	case p.Max == 0 || p.Min <= n && n <= p.Max:
		return
	case p.Min == 0:
		msg = " must be at most " + strconv.Itoa(p.Max) + "; got " + v + "."
	default:
		msg = " must be from " + strconv.Itoa(p.Min) + " to " + strconv.Itoa(p.Max) + "; got " + v + "."
	}
	c.add(p.Key, 0, len(v), sipuri.Error, CodeRange, p.Key+msg, fix)
}

// parseWhole reads v as a whole number: one or more ASCII digits, no sign.
// A number too large for an int reads as math.MaxInt, past every range.
func parseWhole(v string) (int, bool) {
	if !isWhole(v) {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return math.MaxInt, true
	}
	return n, true
}

// isWhole reports whether v is one or more ASCII digits.
func isWhole(v string) bool {
	return v != "" && strings.Trim(v, "0123456789") == ""
}

// newFix returns a Fix that replaces start..end with text.
func newFix(title string, start, end int, text string) *sipuri.Fix {
	return &sipuri.Fix{Title: title, Start: start, End: end, NewText: text}
}

// trimFix offers to remove the whitespace around v when that alone makes it
// pass ok; it returns nil otherwise.
func trimFix(v string, ok func(string) bool) *sipuri.Fix {
	t := strings.TrimSpace(v)
	if t == v || t == "" || !ok(t) {
		return nil
	}
	return newFix("Remove the surrounding spaces", 0, len(v), t)
}

// isURL reports whether v is an absolute http(s) URL Twilio accepts.
func isURL(v string) bool {
	_, _, msg := urlProblem(v)
	return msg == ""
}

// sid reports a value that is not p's SID prefix followed by 32 hex digits.
func (c *checker) sid(p *Parameter, v string) {
	if isSID(v, p.SID) {
		return
	}
	msg := p.Key + " must be " + p.SID + " followed by 32 hexadecimal digits"
	if n := len(v); n != 34 {
		msg += " (34 characters; this has " + strconv.Itoa(n) + ")"
	}
	c.add(p.Key, 0, len(v), sipuri.Error, CodeSID, msg+".", trimFix(v, func(t string) bool { return isSID(t, p.SID) }))
}

// isSID reports whether v is prefix followed by 32 hex digits.
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
	if slices.Contains(allowed, v) {
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
	msg := field + mid + strings.Join(allowed[:n], ", ") + " or " + allowed[n] + "; got " + strconv.Quote(v) + "."
	c.add(field, off, off+len(v), sipuri.Error, code, msg, fix)
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
		run := strconv.Quote(v[start:i])
		var fix *sipuri.Fix
		code := CodeRange
		if from {
			fix, code = newFix("Remove "+run, start, i, ""), CodeFrom
		}
		c.add(field, start, i, sipuri.Error, code, msg+run+".", fix)
		start = -1
	}
}

// tooLong reports a value of more than max characters, from the first
// character past max, as pre, the count and post.
func (c *checker) tooLong(field, v string, max int, code, pre, post string) {
	if n := utf8.RuneCountInString(v); n > max {
		c.add(field, runeOffset(v, max), len(v), sipuri.Error, code, pre+strconv.Itoa(n)+post, nil)
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
