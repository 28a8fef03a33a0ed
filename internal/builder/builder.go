// Package builder is the TwiML builder's view of the XML text. The text is
// the one source of truth: Read finds the <Dial> and <Sip> nouns the builder
// can show, and every edit comes back as a Patch, a minimal replacement of
// the bytes of the one attribute or noun it edits. Everything else in the
// document (other verbs, other nouns, comments, whitespace, attribute order)
// stays byte for byte. The package is pure Go.
package builder

import (
	"fmt"
	"strings"

	"github.com/sipplay/sipplay/twiml"
)

// A Patch replaces the bytes [Start, End) of a document with NewText.
type Patch struct {
	Start, End int
	NewText    string
}

// Apply returns src with the patch applied. The patch must lie within src.
func (p Patch) Apply(src string) string {
	return src[:p.Start] + p.NewText + src[p.End:]
}

// A Part is a piece of the document the builder shows but leaves alone:
// it is kept exactly as written, and edited only in the XML.
type Part struct {
	Start, End int    // its bytes in the document
	What       string // a short phrase for a person, e.g. "<Say>" or "attribute foo on <Sip> 2"
}

// A Doc is the builder's view of one document.
type Doc struct {
	// Dial holds the values the builder shows: the attributes of the
	// document's first <Dial> and its <Sip> nouns, in order.
	Dial twiml.Dial
	// HasDial reports whether the document has a <Dial>; without one, the
	// first edit adds it.
	HasDial bool
	// URIEditable reports, per noun of Dial.Sips, whether its body is plain
	// text the builder may rewrite.
	URIEditable []bool
	// LeftAlone lists what the builder does not show, in document order.
	LeftAlone []Part

	src  string
	root *twiml.Element
	dial *twiml.Element   // nil when HasDial is false
	sips []*twiml.Element // the <Sip> elements behind Dial.Sips
}

// An Error says why the builder cannot show a document, or cannot make an
// edit. Its message is a plain sentence for a person.
type Error struct {
	Offset int // byte offset into the document, or -1
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// Read returns the builder's view of src. A document that is not
// well-formed, or whose root is not <Response>, gives an *Error that says
// where and why; the builder is then read-only.
func Read(src string) (*Doc, error) {
	root, err := twiml.Outline(src)
	if err != nil {
		pe, _ := err.(*twiml.ParseError)
		off, msg := 0, err.Error()
		if pe != nil {
			off, msg = pe.Offset, pe.Msg
		}
		line, col := twiml.Position(src, off)
		return nil, &Error{Offset: off, Msg: fmt.Sprintf(
			"The XML does not parse (line %d, column %d: %s), so the builder is read-only until it does.", line, col, msg)}
	}
	if root.Name != "Response" {
		return nil, &Error{Offset: root.NameStart, Msg: "The root element is <" + root.Name +
			">, not <Response>, so the builder is read-only. Edit the XML."}
	}
	d := &Doc{src: src, root: root}
	for _, a := range root.Attrs {
		d.leave(a.NameStart, a.ValEnd+1, "attribute "+a.Name+" on <Response>")
	}
	for _, v := range root.Children {
		if v.Name == "Dial" && d.dial == nil {
			d.dial = v
			d.readDial(v)
			continue
		}
		what := "<" + v.Name + ">"
		if v.Name == "Dial" {
			what = "another <Dial>"
		}
		d.leave(v.Start, v.End, what)
	}
	d.HasDial = d.dial != nil
	return d, nil
}

// readDial fills the Dial from the <Dial> element v.
func (d *Doc) readDial(v *twiml.Element) {
	for _, a := range v.Attrs {
		if p := dialField(&d.Dial, a.Name); p != nil {
			*p = a.Value
		} else {
			d.leave(a.NameStart, a.ValEnd+1, "attribute "+a.Name+" on <Dial>")
		}
	}
	for _, n := range v.Children {
		if n.Name != "Sip" {
			d.leave(n.Start, n.End, "<"+n.Name+">")
			continue
		}
		var s twiml.Sip
		for _, a := range n.Attrs {
			if p := sipField(&s, a.Name); p != nil {
				*p = a.Value
			} else {
				d.leave(a.NameStart, a.ValEnd+1, fmt.Sprintf("attribute %s on <Sip> %d", a.Name, len(d.sips)+1))
			}
		}
		s.URI = n.Text
		if !n.Plain {
			d.leave(n.OpenEnd, n.CloseStart, fmt.Sprintf("the body of <Sip> %d", len(d.sips)+1))
		}
		d.Dial.Sips = append(d.Dial.Sips, s)
		d.URIEditable = append(d.URIEditable, n.Plain)
		d.sips = append(d.sips, n)
	}
}

func (d *Doc) leave(start, end int, what string) {
	d.LeftAlone = append(d.LeftAlone, Part{Start: start, End: end, What: what})
}

// dialField returns the Dial field of the <Dial> attribute name, or nil.
func dialField(d *twiml.Dial, name string) *string {
	for _, a := range twiml.DialAttributes {
		if a.Name == name {
			return a.Field(d)
		}
	}
	return nil
}

// sipField returns the Sip field of the <Sip> attribute name, or nil.
func sipField(s *twiml.Sip, name string) *string {
	for _, a := range twiml.SipAttributes {
		if a.Name == name {
			return a.Field(s)
		}
	}
	return nil
}

// SetDialAttr sets the <Dial> attribute name to v; "" removes it. Without
// a <Dial>, it adds one holding the attribute.
func (d *Doc) SetDialAttr(name, v string) (Patch, error) {
	if dialField(&twiml.Dial{}, name) == nil {
		return Patch{}, &Error{Offset: -1, Msg: "<Dial> has no attribute " + name + "."}
	}
	if d.dial == nil {
		if v == "" {
			return d.noChange(), nil
		}
		return d.addDial(" "+name+`="`+twiml.EscapeAttr(v)+`"`, ""), nil
	}
	return d.setAttr(d.dial, name, v), nil
}

// SetSipAttr sets attribute name of noun n (from 0) to v; "" removes it.
func (d *Doc) SetSipAttr(n int, name, v string) (Patch, error) {
	if err := d.checkNoun(n); err != nil {
		return Patch{}, err
	}
	if sipField(&twiml.Sip{}, name) == nil {
		return Patch{}, &Error{Offset: -1, Msg: "<Sip> has no attribute " + name + "."}
	}
	return d.setAttr(d.sips[n], name, v), nil
}

// SetSipURI sets the body of noun n (from 0) to v. A body that is not
// plain text (it holds a comment, CDATA or an element) is not rewritten.
func (d *Doc) SetSipURI(n int, v string) (Patch, error) {
	if err := d.checkNoun(n); err != nil {
		return Patch{}, err
	}
	e := d.sips[n]
	if !e.Plain {
		return Patch{}, &Error{Offset: e.OpenEnd, Msg: fmt.Sprintf(
			"The body of <Sip> %d holds more than a URI (a comment, CDATA or an element); edit it in the XML.", n+1)}
	}
	if e.CloseStart < 0 { // <Sip .../>
		if v == "" {
			return d.noChange(), nil
		}
		return Patch{Start: e.End - 2, End: e.End, NewText: ">" + twiml.EscapeText(v) + "</Sip>"}, nil
	}
	start, end := e.TextStart, e.TextEnd
	if start == end && e.OpenEnd < e.CloseStart {
		// A body of whitespace alone (a URI cleared to type another): the
		// URI goes before its last line break, where a cleared one stood.
		if nl := strings.LastIndexByte(d.src[e.OpenEnd:e.CloseStart], '\n'); nl > 0 {
			start = e.OpenEnd + nl
			if d.src[start-1] == '\r' {
				start--
			}
			end = start
		}
	}
	return Patch{Start: start, End: end, NewText: twiml.EscapeText(v)}, nil
}

// AddSip adds a <Sip> noun dialling uri after the last one (or as the first
// noun of the <Dial>, which it adds when there is none).
func (d *Doc) AddSip(uri string) (Patch, error) {
	noun := "<Sip/>"
	if uri != "" {
		noun = "<Sip>" + twiml.EscapeText(uri) + "</Sip>"
	}
	if d.dial == nil {
		return d.addDial("", noun), nil
	}
	if len(d.sips) > 0 {
		last := d.sips[len(d.sips)-1]
		return Patch{Start: last.End, End: last.End, NewText: d.lineBreak(last) + noun}, nil
	}
	return d.appendChild(d.dial, noun), nil
}

// RemoveSip removes noun n (from 0), with the line it stood on when it
// stood alone on it.
func (d *Doc) RemoveSip(n int) (Patch, error) {
	if err := d.checkNoun(n); err != nil {
		return Patch{}, err
	}
	e := d.sips[n]
	start, end := e.Start, e.End
	lineStart := strings.LastIndexByte(d.src[:start], '\n') + 1
	rest := strings.TrimLeft(d.src[end:], " \t")
	if strings.Trim(d.src[lineStart:start], " \t") == "" && lineStart > 0 &&
		(strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n")) {
		// Take the line break before the noun and its indentation, so
		// that the lines around it stay as they were.
		start = lineStart - 1
		if start > 0 && d.src[start-1] == '\r' {
			start--
		}
		end = len(d.src) - len(rest)
	}
	return Patch{Start: start, End: end}, nil
}

// MoveSip swaps noun n (from 0) with noun n+delta. The text between the
// two nouns stays where it is.
func (d *Doc) MoveSip(n, delta int) (Patch, error) {
	m := n + delta
	if err := d.checkNoun(n); err != nil {
		return Patch{}, err
	}
	if err := d.checkNoun(m); err != nil {
		return Patch{}, err
	}
	if m == n {
		return d.noChange(), nil
	}
	a, b := d.sips[min(n, m)], d.sips[max(n, m)]
	return Patch{Start: a.Start, End: b.End,
		NewText: d.src[b.Start:b.End] + d.src[a.End:b.Start] + d.src[a.Start:a.End]}, nil
}

func (d *Doc) checkNoun(n int) error {
	if n < 0 || n >= len(d.sips) {
		return &Error{Offset: -1, Msg: fmt.Sprintf("There is no <Sip> %d.", n+1)}
	}
	return nil
}

// noChange is the empty patch.
func (d *Doc) noChange() Patch { return Patch{} }

// setAttr returns the patch that sets attribute name of e to v, or removes
// it when v is "". A new attribute goes after the last one.
func (d *Doc) setAttr(e *twiml.Element, name, v string) Patch {
	for _, a := range e.Attrs {
		if a.Name != name {
			continue
		}
		if v == "" {
			// The attribute and the whitespace before it.
			start := a.NameStart
			for start > e.NameEnd && isSpace(d.src[start-1]) {
				start--
			}
			return Patch{Start: start, End: a.ValEnd + 1}
		}
		if a.Quote == '"' {
			return Patch{Start: a.ValStart, End: a.ValEnd, NewText: twiml.EscapeAttr(v)}
		}
		return Patch{Start: a.ValStart - 1, End: a.ValEnd + 1, NewText: `"` + twiml.EscapeAttr(v) + `"`}
	}
	if v == "" {
		return d.noChange()
	}
	at := e.NameEnd
	if len(e.Attrs) > 0 {
		at = e.Attrs[len(e.Attrs)-1].ValEnd + 1
	}
	return Patch{Start: at, End: at, NewText: " " + name + `="` + twiml.EscapeAttr(v) + `"`}
}

// addDial returns the patch that adds a <Dial> with the attribute text
// attrs and the child noun (either may be "") at the end of <Response>.
func (d *Doc) addDial(attrs, noun string) Patch {
	dial := "<Dial" + attrs + "/>"
	if noun != "" {
		ind := indentOf(d.src, d.root) + "    "
		dial = "<Dial" + attrs + ">\n" + ind + "    " + noun + "\n" + ind + "</Dial>"
	}
	return d.appendChild(d.root, dial)
}

// appendChild returns the patch that adds the markup child as the last
// child of e, on its own line, indented one level deeper than e.
func (d *Doc) appendChild(e *twiml.Element, child string) Patch {
	ind := indentOf(d.src, e)
	inner := ind + "    "
	if len(e.Children) > 0 {
		last := e.Children[len(e.Children)-1]
		return Patch{Start: last.End, End: last.End, NewText: d.lineBreak(last) + child}
	}
	if e.CloseStart < 0 { // <x .../>: replace "/>" with content and an end tag
		return Patch{Start: e.End - 2, End: e.End, NewText: ">\n" + inner + child + "\n" + ind + "</" + e.Name + ">"}
	}
	content := d.src[e.OpenEnd:e.CloseStart]
	if strings.Trim(content, " \t\r\n") == "" && strings.Contains(content, "\n") {
		// Whitespace and a line break: put the child on the first line.
		return Patch{Start: e.OpenEnd, End: e.OpenEnd, NewText: "\n" + inner + child}
	}
	return Patch{Start: e.CloseStart, End: e.CloseStart, NewText: "\n" + inner + child + "\n" + ind}
}

// lineBreak is what goes before a new sibling of e: a line break and e's
// indentation when e starts its line, else nothing.
func (d *Doc) lineBreak(e *twiml.Element) string {
	lineStart := strings.LastIndexByte(d.src[:e.Start], '\n') + 1
	if lineStart == 0 {
		return ""
	}
	ind := d.src[lineStart:e.Start]
	if strings.Trim(ind, " \t") != "" {
		return ""
	}
	nl := "\n"
	if lineStart >= 2 && d.src[lineStart-2] == '\r' {
		nl = "\r\n"
	}
	return nl + ind
}

// indentOf returns the spaces and tabs before e on its line, or "" when
// something else comes before it there.
func indentOf(src string, e *twiml.Element) string {
	lineStart := strings.LastIndexByte(src[:e.Start], '\n') + 1
	ind := src[lineStart:e.Start]
	if strings.Trim(ind, " \t") != "" {
		return ""
	}
	return ind
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
