package twiml

import (
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// The codes Check reports besides sipuri's.
const (
	CodeXMLSyntax         = "xml-syntax"
	CodeUnknownElement    = "unknown-element"
	CodeUnknownAttribute  = "unknown-attribute"
	CodeAttributeValue    = "attribute-value"
	CodeSipURIMissing     = "sip-uri-missing"
	CodeDialMultipleNouns = "dial-multiple-nouns"
	CodeDialTooManyNouns  = "dial-too-many-nouns"
)

// maxNouns is the most nouns one <Dial> may hold.
const maxNouns = 10

// Check reports every finding about the TwiML document src, sorted by
// Start, with byte spans into src:
//   - xml-syntax: the first place src is not well-formed XML;
//   - unknown-element, unknown-attribute, attribute-value: TwiML voice
//     schema and SPEC §2 values (only <Response>, <Dial> and <Sip> are
//     checked in depth; other verbs are known by name);
//   - sip-uri-missing, dial-multiple-nouns, dial-too-many-nouns;
//   - every sipuri.Check finding about a <Sip> body, moved into src.
//
// After an xml-syntax error the elements read before it are still checked,
// except the content of elements that were not closed.
func Check(src string) []Diagnostic {
	c := checker{src: src}
	doc := parseXML(src)
	if e := doc.Err; e != nil {
		var fix *sipuri.Fix
		switch {
		case e.Amp:
			fix = newFix("Write & as &amp;", e.Offset, e.Offset+1, "&amp;")
		case e.Lt:
			fix = newFix("Write < as &lt;", e.Offset, e.Offset+1, "&lt;")
		}
		c.add(e.Offset, e.End, sipuri.Error, CodeXMLSyntax, e.Msg, fix)
	}
	if doc.Root != nil {
		c.root(doc.Root)
	}
	// Insertion sort keeps equal findings in order; the findings are
	// nearly sorted already.
	out := c.out
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].Start < out[j-1].Start || out[j].Start == out[j-1].Start && out[j].End < out[j-1].End); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type checker struct {
	src string
	out []Diagnostic
}

//go:noinline
func (c *checker) add(start, end int, sev sipuri.Severity, code, msg string, fix *sipuri.Fix) {
	c.out = append(c.out, Diagnostic{Start: start, End: end, Severity: sev, Code: code, Message: msg, Fix: fix})
}

// newFix returns a fix that replaces [start, end) by text.
//
//go:noinline
func newFix(title string, start, end int, text string) *sipuri.Fix {
	return &sipuri.Fix{Title: title, Start: start, End: end, NewText: text}
}

func (c *checker) root(e *element) {
	if e.Name != "Response" {
		c.unknownElement(e, "the root element must be <Response>", []string{"Response"})
	}
	c.noAttributes(e)
	for _, v := range e.Children {
		msg, candidates := "> is not a TwiML voice verb", verbs
		switch {
		case v.Name == "Dial":
			c.dial(v)
			continue
		case indexOf(verbs, v.Name) >= 0:
			continue
		case indexOf(nouns, v.Name) >= 0:
			msg, candidates = "> is a noun: it belongs inside <Dial>", nil
		case v.Name == "Response":
			msg, candidates = "> is the root element and cannot be nested", nil
		}
		c.unknownElement(v, "<"+v.Name+msg, candidates)
	}
}

// noAttributes reports every attribute of e, which has none.
func (c *checker) noAttributes(e *element) {
	for _, a := range e.Attrs {
		c.add(a.NameStart, a.NameEnd, sipuri.Error, CodeUnknownAttribute, "<"+e.Name+"> has no attributes", nil)
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
			fix = newFix("Rename to <"+k+">", e.NameStart, end, text)
			break
		}
	}
	c.add(e.NameStart, e.NameEnd, sipuri.Error, CodeUnknownElement, msg, fix)
}

func (c *checker) dial(e *element) {
	hasSip := false
	for _, v := range e.Children {
		hasSip = hasSip || v.Name == "Sip"
	}
	c.attributes(e, 0, hasSip)
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
		case indexOf(nouns, v.Name) >= 0:
		default:
			msg := "> is not a <Dial> noun"
			if indexOf(verbs[1:], v.Name) >= 0 || v.Name == "Response" {
				msg = "> cannot be inside <Dial>"
			}
			c.unknownElement(v, "<"+v.Name+msg, nouns)
			continue
		}
		spans = append(spans, [2]int{v.Start, v.End})
		for j := len(spans) - 1; j > 0 && spans[j][0] < spans[j-1][0]; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	if len(spans) > 1 && hasSip {
		c.add(e.NameStart, e.NameEnd, sipuri.Warning, CodeDialMultipleNouns,
			"more than one noun with <Sip> in one <Dial> needs Enhanced Programmable SIP Features on the account", nil)
	}
	if len(spans) > maxNouns {
		c.add(spans[maxNouns][0], spans[len(spans)-1][1], sipuri.Error, CodeDialTooManyNouns,
			"a <Dial> holds at most 10 nouns; this one has "+strconv.Itoa(len(spans)), nil)
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
	c.attributes(e, 1, false)
	for _, v := range e.Children {
		c.unknownElement(v, "<Sip> holds only a SIP URI, not <"+v.Name+">", nil)
	}
	if len(e.Children) > 0 {
		return
	}
	body := decodeText(c.src, e)
	a, b := body.trim(c.src)
	if a == b {
		c.add(e.Start, e.End, sipuri.Error, CodeSipURIMissing, "<Sip> needs a SIP URI, such as sip:alice@example.com", nil)
		return
	}
	for _, d := range sipuri.Check(string(body.s[a:b])) {
		d.Start, d.End = body.span(a+d.Start, a+d.End)
		if f := d.Fix; f != nil {
			start, end := body.span(a+f.Start, a+f.End)
			d.Fix = newFix(f.Title, start, end, escapeText(f.NewText))
		}
		c.out = append(c.out, d)
	}
}

// attributes checks the attributes of e, a <Dial> (t 0) or a <Sip> (t 1):
// their names, and their values by kind. A callerId is checked only when
// the <Dial> holds a <Sip>.
func (c *checker) attributes(e *element, t int, hasSip bool) {
	for _, a := range e.Attrs {
		i := attrIndex(t, a.Name)
		if i >= 0 {
			k := attrSpecs[t][i].kind
			if k == kindCallerID && !hasSip {
				k = kindFree
			}
			c.value(a, k)
			continue
		}
		// An unknown name, with the closest known one as a fix when it is
		// close enough to be a likely typo and not already on e.
		msg := "<" + e.Name + "> has no attribute " + a.Name
		if t == 0 && strings.HasPrefix(strings.ToLower(a.Name), "statuscallback") {
			msg = a.Name + " is not allowed on <Dial>: it belongs on the noun, such as <Sip>"
		}
		best, bestD := "", 1<<30
		if len(a.Name) <= 64 {
			for _, n := range attrSpecs[t] {
				if d := distance(a.Name, n.name); d < bestD {
					best, bestD = n.name, d
				}
			}
		}
		// Distances are doubled: allow one edit per four letters (at least
		// one), and any change of case alone.
		taken := best == ""
		for _, o := range e.Attrs {
			taken = taken || o.Name == best
		}
		var fix *sipuri.Fix
		if !taken && (bestD <= max(2, len(best)/2) || strings.EqualFold(a.Name, best)) {
			msg += "; did you mean " + best + "?"
			fix = newFix("Rename to "+best, a.NameStart, a.NameEnd, best)
		}
		c.add(a.NameStart, a.NameEnd, sipuri.Error, CodeUnknownAttribute, msg, fix)
	}
}

// distance is the Levenshtein distance between a and b, doubled, where
// changing only the case of a letter costs 1 instead of 2.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = 2 * j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = 2 * i
		for j := 1; j <= len(b); j++ {
			sub := 0
			if a[i-1] != b[j-1] {
				sub = 2
				if upper(a[i-1]) == upper(b[j-1]) {
					sub = 1
				}
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+2, cur[j-1]+2)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
