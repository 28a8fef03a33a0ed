package twiml

import "strings"

// An Element is one element of a well-formed document with the byte
// positions of its parts in the source, for tools that edit the document
// in place (the builder patches attributes and nouns without touching
// anything else).
type Element struct {
	Name               string
	Start, End         int // '<' of the start tag; the byte after the element's last '>'
	NameStart, NameEnd int // the name in the start tag
	// OpenEnd is the byte after the start tag's '>'. For an empty-element
	// tag (<x/>) it is End, and the "/>" is src[End-2:End].
	OpenEnd int
	// CloseStart is the '<' of the end tag, or -1 for an empty-element tag.
	CloseStart int
	Attrs      []Attr
	Children   []*Element
	// Plain reports whether everything between the tags is character data
	// in one run: no child element, comment, CDATA section or processing
	// instruction. An empty-element tag is plain.
	Plain bool
	// Text is the decoded character data without the whitespace written
	// literally around it, and [TextStart, TextEnd) its source span. They
	// are set only when Plain; for empty content the span is empty and
	// lies just before the end tag.
	Text               string
	TextStart, TextEnd int
}

// An Attr is one attribute of a start tag.
type Attr struct {
	Name               string
	Value              string // decoded as an XML parser does
	NameStart, NameEnd int
	ValStart, ValEnd   int  // the raw value, quotes excluded
	Quote              byte // '"' or '\''
}

// Outline parses src as an XML document and returns its root element with
// positions, or a *ParseError at the first well-formedness error.
func Outline(src string) (*Element, error) {
	doc := parseXML(src)
	if doc.Err != nil {
		return nil, &ParseError{Offset: doc.Err.Offset, Msg: doc.Err.Msg}
	}
	return outlineOf(src, doc.Root), nil
}

func outlineOf(src string, e *element) *Element {
	o := &Element{
		Name: e.Name, Start: e.Start, End: e.End, NameStart: e.NameStart, NameEnd: e.NameEnd,
		CloseStart: -1,
	}
	tagEnd := e.NameEnd
	for _, a := range e.Attrs {
		o.Attrs = append(o.Attrs, Attr{
			Name: a.Name, Value: string(decodeAttr(src, a).s),
			NameStart: a.NameStart, NameEnd: a.NameEnd, ValStart: a.ValStart, ValEnd: a.ValEnd,
			Quote: src[a.ValEnd],
		})
		tagEnd = a.ValEnd + 1
	}
	for tagEnd < len(src) && isSpace(src[tagEnd]) {
		tagEnd++
	}
	if strings.HasPrefix(src[tagEnd:], "/>") {
		o.OpenEnd = e.End
	} else {
		o.OpenEnd = tagEnd + 1
		o.CloseStart = e.EndNameStart - 2
	}
	for _, c := range e.Children {
		o.Children = append(o.Children, outlineOf(src, c))
	}
	contentEnd := o.OpenEnd
	if o.CloseStart >= 0 {
		contentEnd = o.CloseStart
	}
	switch {
	case len(e.Children) > 0:
	case len(e.Text) == 0:
		o.Plain = o.OpenEnd == contentEnd
	default:
		t := e.Text[0]
		o.Plain = len(e.Text) == 1 && !t.CDATA && t.Start == o.OpenEnd && t.End == contentEnd
	}
	if o.Plain {
		o.TextStart, o.TextEnd = contentEnd, contentEnd
		if len(e.Text) > 0 {
			d := decodeText(src, e)
			a, b := d.trim(src)
			o.Text = string(d.s[a:b])
			o.TextStart, o.TextEnd = d.span(a, b)
		}
	}
	return o
}

// EscapeAttr returns s escaped for a double- or single-quoted attribute
// value, as Render writes it.
func EscapeAttr(s string) string { return escapeAttr(s) }

// EscapeText returns s escaped for element text as Render writes a <Sip>
// body: whitespace at either end is written as character references, so
// that a parser which trims literal whitespace gives s back.
func EscapeText(s string) string {
	var b strings.Builder
	writeText(&b, s)
	return b.String()
}
