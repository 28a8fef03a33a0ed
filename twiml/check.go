package twiml

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// Check reports every finding about the TwiML document src, sorted by
// Start, with byte spans into src (Codes lists twiml's own codes):
//   - xml-syntax: the first place src is not well-formed XML;
//   - unknown-element, unknown-attribute, attribute-value: TwiML voice
//     schema and the values of DialAttributes and SipAttributes (only
//     <Response>, <Dial> and <Sip> are checked in depth; other verbs are
//     known by name);
//   - sip-uri-missing, sip-username-without-password,
//     sip-password-without-username, dial-multiple-nouns,
//     dial-too-many-nouns;
//   - every sipuri.Check finding about a <Sip> body, moved into src, its
//     fix written for where it lands (escaped in text, raw in CDATA).
//
// After an xml-syntax error the elements read before it are still checked,
// except the content of elements that were not closed. Every fix keeps the
// contract (internal/fixcontract).
func Check(src string) []Diagnostic {
	c := checker{src: src}
	doc := parseXML(src)
	if e := doc.Err; e != nil {
		fix := e.Fix
		switch {
		case fix != nil:
		case e.Lt:
			fix = &sipuri.Fix{Title: "Write < as &lt;", Start: e.Offset, End: e.Offset + 1, NewText: "&lt;"}
		}
		// The fix is right when the document then reads past it.
		if fix != nil {
			if e2 := parseXML(fix.Apply(src)).Err; e2 != nil && e2.Offset <= fix.Start+len(fix.NewText) {
				fix = nil
			}
		}
		c.add(e.Offset, e.End, CodeXMLSyntax, e.Msg, fix)
	}
	if doc.Root != nil {
		c.root(doc.Root)
	}
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i], c.out[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return c.out
}

type checker struct {
	src string
	out []Diagnostic
}

// add reports a finding of one of twiml's own codes, with its severity.
func (c *checker) add(start, end int, code, msg string, fix *sipuri.Fix) {
	c.out = append(c.out, Diagnostic{Start: start, End: end, Severity: severityOf(code), Code: code, Message: msg, Fix: fix})
}

func (c *checker) root(e *element) {
	if e.Name != "Response" {
		c.unknownElement(e, "the root element must be <Response>", []string{"Response"})
	}
	for _, a := range e.Attrs {
		c.add(a.NameStart, a.NameEnd, CodeUnknownAttribute, "<"+e.Name+"> has no attributes", nil)
	}
	for _, v := range e.Children {
		msg, candidates := "> is not a TwiML voice verb", verbs
		switch {
		case v.Name == "Dial":
			c.dial(v)
			continue
		case slices.Contains(verbs, v.Name):
			continue
		case slices.Contains(nouns, v.Name):
			msg, candidates = "> is a noun: it belongs inside <Dial>", nil
		case v.Name == "Response":
			msg, candidates = "> is the root element and cannot be nested", nil
		}
		c.unknownElement(v, "<"+v.Name+msg, candidates)
	}
}

// unknownElement reports e's name. When a candidate differs only in case,
// the fix renames the start and end tags.
func (c *checker) unknownElement(e *element, msg string, candidates []string) {
	var fix *sipuri.Fix
	for _, k := range candidates {
		if k != e.Name && strings.EqualFold(k, e.Name) {
			msg = "element names are case-sensitive: write <" + k + ">"
			end := e.NameEnd
			text := k
			if e.EndNameStart >= 0 {
				end = e.EndNameStart + len(e.Name)
				text = k + c.src[e.NameEnd:e.EndNameStart] + k
			}
			fix = &sipuri.Fix{Title: "Rename to <" + k + ">", Start: e.NameStart, End: end, NewText: text}
			break
		}
	}
	c.add(e.NameStart, e.NameEnd, CodeUnknownElement, msg, fix)
}

func (c *checker) dial(e *element) {
	hasSip := slices.ContainsFunc(e.Children, func(v *element) bool { return v.Name == "Sip" })
	c.attributes(e, dialSchema, hasSip)
	if !e.Closed {
		return
	}
	var spans [][2]int // the nouns, in document order
	for _, t := range e.Text {
		if a, b := trimmedSpan(c.src, t); a < b {
			spans = append(spans, [2]int{a, b}) // a number written as text
		}
	}
	for _, v := range e.Children {
		switch {
		case v.Name == "Sip":
			c.sip(v)
		case slices.Contains(nouns, v.Name):
		default:
			msg := "> is not a <Dial> noun"
			if slices.Contains(verbs[1:], v.Name) || v.Name == "Response" {
				msg = "> cannot be inside <Dial>"
			}
			c.unknownElement(v, "<"+v.Name+msg, nouns)
			continue
		}
		spans = append(spans, [2]int{v.Start, v.End})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	if len(spans) > 1 && hasSip {
		c.add(e.NameStart, e.NameEnd, CodeDialMultipleNouns,
			"more than one noun with <Sip> in one <Dial> needs Enhanced Programmable SIP Features on the account", nil)
	}
	if len(spans) > MaxNouns {
		c.add(spans[MaxNouns][0], spans[len(spans)-1][1], CodeDialTooManyNouns,
			"a <Dial> holds at most "+strconv.Itoa(MaxNouns)+" nouns; this one has "+strconv.Itoa(len(spans)), nil)
	}
}

// trimmedSpan returns the source span of t without surrounding whitespace.
func trimmedSpan(src string, t segment) (int, int) {
	a, b := t.Start, t.End
	for a < b && isSpace(src[a]) {
		a++
	}
	for b > a && isSpace(src[b-1]) {
		b--
	}
	return a, b
}

func (c *checker) sip(e *element) {
	c.attributes(e, sipSchema, false)
	c.credentials(e)
	for _, v := range e.Children {
		c.unknownElement(v, "<Sip> holds only a SIP URI, not <"+v.Name+">", nil)
	}
	if len(e.Children) > 0 {
		return
	}
	body := decodeText(c.src, e)
	a, b := body.trim(c.src)
	if a == b {
		c.add(e.Start, e.End, CodeSipURIMissing, "<Sip> needs a SIP URI, such as sip:alice@example.com", nil)
		return
	}
	for _, d := range sipuri.Check(string(body.s[a:b])) {
		d.Start, d.End = body.span(a+d.Start, a+d.End)
		if f := d.Fix; f != nil {
			start, end := body.span(a+f.Start, a+f.End)
			d.Fix = nil
			if text, ok := c.writeIn(e, start, end, f.NewText); ok {
				d.Fix = &sipuri.Fix{Title: f.Title, Start: start, End: end, NewText: text, Choice: f.Choice}
			}
		}
		c.out = append(c.out, d)
	}
}

// writeIn returns text written for the place [start, end) of e's body: as
// it is inside a CDATA section, escaped in character data. ok is false
// when the place is not inside one section of either kind, or text cannot
// be written there (a CDATA section cannot hold "]]>").
func (c *checker) writeIn(e *element, start, end int, text string) (string, bool) {
	for _, s := range e.Text {
		if s.Start <= start && end <= s.End && (start < s.End || start == end) {
			if !s.CDATA {
				return escapeText(text), true
			}
			// "]]" before the edit or "]" after it could close the section
			// around the new text too.
			around := c.src[max(s.Start, start-2):start] + text + c.src[end:min(s.End, end+2)]
			return text, !strings.Contains(around, "]]>") && !strings.Contains(text, "]]>")
		}
	}
	return "", false
}

// credentials reports a username without a password, or a password
// without a username, as the Calls check does for SipAuthUsername and
// SipAuthPassword.
func (c *checker) credentials(e *element) {
	var user, password *attribute
	for i := range e.Attrs {
		a := &e.Attrs[i]
		if a.ValStart == a.ValEnd {
			continue // empty: not given
		}
		switch a.Name {
		case "username":
			user = a
		case "password":
			password = a
		}
	}
	switch {
	case user != nil && password == nil:
		c.add(user.NameStart, user.NameEnd, CodeSipUsernameWithoutPassword,
			"a username without a password cannot answer the SIP server's challenge; add password=\"…\"", nil)
	case password != nil && user == nil:
		c.add(password.NameStart, password.NameEnd, CodeSipPasswordWithoutUsername,
			"a password without a username cannot answer the SIP server's challenge; add username=\"…\"", nil)
	}
}

// attributes checks the attributes of e against its schema: their names,
// and their values by kind. A callerId is checked only when the <Dial>
// holds a <Sip>.
func (c *checker) attributes(e *element, schema []Attribute, hasSip bool) {
	for _, a := range e.Attrs {
		if s, ok := lookup(schema, a.Name); ok {
			if s.Kind == CallerID && !hasSip {
				s.Kind = Text
			}
			c.value(a, s)
			continue
		}
		// An unknown name, with the closest known one as a fix when it is
		// close enough to be a likely typo and not already on e.
		msg := "<" + e.Name + "> has no attribute " + a.Name
		if e.Name == "Dial" && strings.HasPrefix(strings.ToLower(a.Name), "statuscallback") {
			msg = a.Name + " is not allowed on <Dial>: it belongs on the noun, such as <Sip>"
		}
		best, bestD := "", len(a.Name)+1
		if len(a.Name) <= 64 {
			for _, n := range schema {
				if d := sipuri.EditDistance(strings.ToLower(a.Name), strings.ToLower(n.Name)); d < bestD {
					best, bestD = n.Name, d
				}
			}
		}
		taken := best == "" || slices.ContainsFunc(e.Attrs, func(o attribute) bool { return o.Name == best })
		var fix *sipuri.Fix
		// A likely typo: any change of case, plus one edit per four letters.
		if !taken && bestD <= max(1, len(best)/4) {
			msg += "; did you mean " + best + "?"
			fix = &sipuri.Fix{Title: "Rename to " + best, Start: a.NameStart, End: a.NameEnd, NewText: best}
		}
		c.add(a.NameStart, a.NameEnd, CodeUnknownAttribute, msg, fix)
	}
}
