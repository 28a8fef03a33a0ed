package twiml

import "strconv"

// A ParseError says where and why a document does not map onto a Dial.
type ParseError struct {
	Offset int    // byte offset into the parsed document
	Msg    string // what is wrong there
}

func (e *ParseError) Error() string {
	return "twiml: offset " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// ParseDial reads a document that maps onto one Dial: a <Response> holding a
// single <Dial> whose nouns are all <Sip>, with only the attributes Dial
// and Sip have fields for. Otherwise it returns a *ParseError that says why.
// Values are decoded as an XML parser does; a URI loses the whitespace
// written literally around it.
func ParseDial(src string) (Dial, error) {
	var d Dial
	doc := parseXML(src)
	if doc.Err != nil {
		return d, &ParseError{doc.Err.Offset, doc.Err.Msg}
	}
	root := doc.Root
	if root.Name != "Response" {
		return d, &ParseError{root.NameStart, "the root element must be <Response>"}
	}
	if len(root.Attrs) > 0 {
		return d, &ParseError{root.Attrs[0].NameStart, "<Response> has no attributes"}
	}
	if off := textOffset(src, root); off >= 0 {
		return d, &ParseError{off, "<Response> holds text outside its verbs"}
	}
	if len(root.Children) != 1 || root.Children[0].Name != "Dial" {
		off := root.NameStart
		if len(root.Children) > 0 {
			off = root.Children[0].Start
			if root.Children[0].Name == "Dial" {
				off = root.Children[1].Start
			}
		}
		return d, &ParseError{off, "the builder shows a <Response> holding exactly one <Dial>"}
	}
	dial := root.Children[0]
	for _, a := range dial.Attrs {
		field := dialField(&d, a.Name)
		if field == nil {
			return d, &ParseError{a.NameStart, "<Dial> has no attribute " + a.Name}
		}
		*field = string(decodeAttr(src, a).s)
	}
	if off := textOffset(src, dial); off >= 0 {
		return d, &ParseError{off, "the builder shows only <Sip> nouns, not text inside <Dial>"}
	}
	for _, e := range dial.Children {
		if e.Name != "Sip" {
			return d, &ParseError{e.NameStart, "the builder shows only <Sip> nouns, not <" + e.Name + ">"}
		}
		var s Sip
		for _, a := range e.Attrs {
			field := sipField(&s, a.Name)
			if field == nil {
				return d, &ParseError{a.NameStart, "<Sip> has no attribute " + a.Name}
			}
			*field = string(decodeAttr(src, a).s)
		}
		if len(e.Children) > 0 {
			return d, &ParseError{e.Children[0].Start, "<Sip> holds only a SIP URI"}
		}
		body := decodeText(src, e)
		a, b := body.trim(src)
		s.URI = string(body.s[a:b])
		d.Sips = append(d.Sips, s)
	}
	return d, nil
}

func dialField(d *Dial, name string) *string {
	for _, a := range DialAttributes {
		if a.Name == name {
			return a.Field(d)
		}
	}
	return nil
}

func sipField(s *Sip, name string) *string {
	for _, a := range SipAttributes {
		if a.Name == name {
			return a.Field(s)
		}
	}
	return nil
}

// textOffset returns the offset of the first non-whitespace character data
// directly inside e, or -1.
func textOffset(src string, e *element) int {
	for _, s := range e.Text {
		for i := s.Start; i < s.End; i++ {
			if !isSpace(src[i]) {
				return i
			}
		}
	}
	return -1
}
