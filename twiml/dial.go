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
	off, msg := parseDial(src, &d)
	if msg != "" {
		return d, &ParseError{off, msg}
	}
	return d, nil
}

// parseDial fills d from src, or returns where and why it cannot.
func parseDial(src string, d *Dial) (int, string) {
	doc := parseXML(src)
	if doc.Err != nil {
		return doc.Err.Offset, doc.Err.Msg
	}
	root := doc.Root
	if root.Name != "Response" {
		return root.NameStart, "the root element must be <Response>"
	}
	if len(root.Attrs) > 0 {
		return root.Attrs[0].NameStart, "<Response> has no attributes"
	}
	if off := textOffset(src, root); off >= 0 {
		return off, "<Response> holds text outside its verbs"
	}
	if len(root.Children) != 1 || root.Children[0].Name != "Dial" {
		off := root.NameStart
		if len(root.Children) > 0 {
			off = root.Children[0].Start
			if root.Children[0].Name == "Dial" {
				off = root.Children[1].Start
			}
		}
		return off, "the builder shows a <Response> holding exactly one <Dial>"
	}
	dial := root.Children[0]
	if off, msg := readAttrs(src, dial, func(name, value string) bool { return setDialAttr(d, name, value) }); msg != "" {
		return off, msg
	}
	if off := textOffset(src, dial); off >= 0 {
		return off, "the builder shows only <Sip> nouns, not text inside <Dial>"
	}
	for _, e := range dial.Children {
		if e.Name != "Sip" {
			return e.NameStart, "the builder shows only <Sip> nouns, not <" + e.Name + ">"
		}
		var s Sip
		if off, msg := readAttrs(src, e, func(name, value string) bool { return setSipAttr(&s, name, value) }); msg != "" {
			return off, msg
		}
		if len(e.Children) > 0 {
			return e.Children[0].Start, "<Sip> holds only a SIP URI"
		}
		body := decodeText(src, e)
		a, b := body.trim(src)
		s.URI = string(body.s[a:b])
		d.Sips = append(d.Sips, s)
	}
	return 0, ""
}

// readAttrs hands the decoded value of each attribute of e to set, or
// says where and why set has no place for one.
func readAttrs(src string, e *element, set func(name, value string) bool) (int, string) {
	for _, a := range e.Attrs {
		if !set(a.Name, string(decodeAttr(src, a).s)) {
			return a.NameStart, "<" + e.Name + "> has no attribute " + a.Name
		}
	}
	return 0, ""
}

// setDialAttr stores value in d's field for the attribute name, and
// reports whether there is one.
func setDialAttr(d *Dial, name, value string) bool {
	for _, a := range DialAttributes {
		if a.Name == name {
			*a.Field(d) = value
			return true
		}
	}
	return false
}

// setSipAttr stores value in s's field for the attribute name, and
// reports whether there is one.
func setSipAttr(s *Sip, name, value string) bool {
	for _, a := range SipAttributes {
		if a.Name == name {
			*a.Field(s) = value
			return true
		}
	}
	return false
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
