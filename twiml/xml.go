package twiml

import (
	"fmt"
	"html"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// element is one XML element with byte positions into the parsed source.
type element struct {
	Name               string
	Start, End         int // '<' of the start tag; the byte after the element's last '>'
	NameStart, NameEnd int // the name in the start tag
	EndNameStart       int // the name in the end tag; -1 for <x/> or an unclosed element
	Attrs              []attribute
	Children           []*element
	Text               []segment // character data and CDATA sections, in order
	Closed             bool      // its end tag (or />) was read
	parent             *element  // the enclosing element; nil for the root
}

// attribute is one attribute of a start tag.
type attribute struct {
	Name               string
	NameStart, NameEnd int
	ValStart, ValEnd   int // the raw value, quotes excluded
}

// segment is a run of character data (entity references still encoded) or
// the inside of a CDATA section.
type segment struct {
	Start, End int
	CDATA      bool
}

// syntaxError is the first place where src stops being well-formed XML.
type syntaxError struct {
	Offset int
	End    int // end of the offending bytes (>= Offset)
	Msg    string
	Fix    *sipuri.Fix // the fix of an '&' that starts no reference
	Lt     bool        // the offending byte is a '<' that should be written &lt;
}

// document is what parseXML read: the root element (possibly incomplete)
// and the first well-formedness error, if any.
type document struct {
	Root *element
	Err  *syntaxError
}

type xmlParser struct {
	src string
	top *element // the innermost open element
	doc document
}

// parseXML reads src as an XML 1.0 document without a DTD. It stops at the
// first well-formedness error; the tree read so far is kept.
func parseXML(src string) *document {
	p := &xmlParser{src: src}
	p.run()
	return &p.doc
}

func (p *xmlParser) fail(off, end int, msg string) {
	off = min(off, len(p.src))
	end = max(off, min(end, len(p.src)))
	p.doc.Err = &syntaxError{Offset: off, End: end, Msg: msg}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (p *xmlParser) skipSpace(i int) int {
	for i < len(p.src) && isSpace(p.src[i]) {
		i++
	}
	return i
}

func (p *xmlParser) run() {
	src := p.src
	i := 0
	if p.at(0, "\xEF\xBB\xBF") {
		i = 3
	}
	if p.at(i, "<?xml") && (len(src) == i+5 || isSpace(src[i+5]) || src[i+5] == '?') {
		if i = p.xmlDecl(i); i < 0 {
			return
		}
	}
	for i < len(src) && p.doc.Err == nil {
		if src[i] != '<' {
			i = p.charData(i)
			continue
		}
		switch {
		case p.at(i, "<!--"):
			i = p.comment(i)
		case p.at(i, "<![CDATA["):
			i = p.cdata(i)
		case p.at(i, "<!"):
			p.fail(i, i+2, "a DOCTYPE or other declaration is not allowed in TwiML")
		case p.at(i, "<?"):
			i = p.pi(i)
		case p.at(i, "</"):
			i = p.endTag(i)
		default:
			i = p.startTag(i)
		}
	}
	if p.doc.Err != nil {
		return
	}
	if e := p.top; e != nil {
		p.fail(len(src), len(src), "the document ends before </"+e.Name+">")
		return
	}
	if p.doc.Root == nil {
		p.fail(len(src), len(src), "the document has no root element; expected <Response>")
	}
}

// at reports whether the source continues with s at offset i.
func (p *xmlParser) at(i int, s string) bool {
	return strings.HasPrefix(p.src[i:], s)
}

// xmlDecl reads the XML declaration at i and returns the offset after it, or
// -1 after an error.
func (p *xmlParser) xmlDecl(i int) int {
	src := p.src
	j := i + 5
	seen := 0 // 1 version, 2 encoding, 3 standalone
	for {
		k := p.skipSpace(j)
		if p.at(k, "?>") {
			if seen == 0 {
				p.fail(k, k+2, "the XML declaration needs version=\"1.0\"")
				return -1
			}
			return k + 2
		}
		if k == len(src) {
			p.fail(k, k, "the XML declaration is not closed with ?>")
			return -1
		}
		if k == j {
			p.fail(k, k+1, "expected a space or ?> in the XML declaration")
			return -1
		}
		n := p.name(k)
		if n == k {
			p.fail(k, k+1, "expected version, encoding or standalone in the XML declaration")
			return -1
		}
		name := src[k:n]
		want := 1 + slices.Index(declNames, name) // 0 for none
		if want <= seen || (want > 1 && seen == 0) {
			p.fail(k, n, "unexpected "+name+" in the XML declaration")
			return -1
		}
		seen = want
		vs, ve, next := p.attrValue(n)
		if next < 0 {
			return -1
		}
		v := src[vs:ve]
		ok := true
		switch want {
		case 1:
			ok = len(v) > 2 && v[:2] == "1." && allDigits(v[2:])
		case 2:
			ok = len(v) > 0 && isASCIILetter(v[0])
			for k := 0; k < len(v) && ok; k++ {
				c := v[k]
				ok = isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' || c == '-'
			}
		case 3:
			ok = v == "yes" || v == "no"
		}
		if !ok {
			p.fail(vs, ve, "invalid "+name+" value in the XML declaration")
			return -1
		}
		j = next
	}
}

// attrValue reads S? '=' S? quoted-value after an attribute name ending at
// i. It returns the raw value span and the offset after the closing quote,
// or next < 0 after an error.
func (p *xmlParser) attrValue(i int) (vs, ve, next int) {
	src := p.src
	k := p.skipSpace(i)
	if k == len(src) || src[k] != '=' {
		p.fail(k, k+1, "expected = after the attribute name")
		return 0, 0, -1
	}
	k = p.skipSpace(k + 1)
	if k == len(src) || (src[k] != '"' && src[k] != '\'') {
		p.fail(k, k+1, "expected a quoted attribute value")
		return 0, 0, -1
	}
	q := src[k]
	vs = k + 1
	for j := vs; j < len(src); {
		c := src[j]
		switch {
		case c == q:
			return vs, j, j + 1
		case c == '<':
			// Writing it &lt; is the fix only in an element's attribute
			// (not the XML declaration's) that does end with its quote
			// before the next tag; else the quote is what is wrong.
			rest := src[j+1:]
			closes := strings.IndexByte(rest, q)
			next := strings.IndexByte(rest, '<')
			lt := p.doc.Root != nil && closes >= 0 && (next < 0 || closes < next)
			p.doc.Err = &syntaxError{Offset: j, End: j + 1, Msg: "< must be written &lt; in an attribute value", Lt: lt}
			return 0, 0, -1
		case c == '&':
			n := p.reference(j)
			if n < 0 {
				return 0, 0, -1
			}
			j = n
		default:
			n := p.char(j)
			if n < 0 {
				return 0, 0, -1
			}
			j = n
		}
	}
	p.fail(len(src), len(src), "the attribute value is not closed with "+string(q))
	return 0, 0, -1
}

// char checks the character at i and returns the offset after it, or -1
// after an error.
func (p *xmlParser) char(i int) int {
	c := p.src[i]
	if c < utf8.RuneSelf {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			p.fail(i, i+1, "control character "+hexByte(c)+" is not allowed in XML")
			return -1
		}
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(p.src[i:])
	if r == utf8.RuneError && size == 1 {
		p.fail(i, i+1, "invalid UTF-8 byte "+hexByte(c))
		return -1
	}
	if !sipuri.IsXMLChar(r) {
		p.fail(i, i+size, "character U+FFFE or U+FFFF is not allowed in XML")
		return -1
	}
	return i + size
}

// hexByte writes c as 0xHH for a message.
func hexByte(c byte) string { return fmt.Sprintf("0x%02X", c) }

// reference checks the entity or character reference at i (src[i] == '&')
// and returns the offset after it, or -1 after an error.
//
// The error's fix writes what the '&' meant: an HTML entity (&nbsp;) as the
// character reference of its character, one of XML's five entities written
// without its ';' before a blank or a tag (Tom &amp Jerry) with it, and any
// other '&' as &amp;. A broken
// character reference (&#xZZ;) gets no fix: it meant some character, which
// &amp; would not give.
func (p *xmlParser) reference(i int) int {
	_, n, ok := sipuri.XMLReference(p.src[i:])
	if ok {
		return i + n
	}
	src := p.src
	e := &syntaxError{Offset: i, End: i + 1, Msg: "a bare & must be written &amp;"}
	nameEnd := p.name(i + 1)
	name, semi := src[i+1:nameEnd], nameEnd < len(src) && src[nameEnd] == ';'
	ref := src[i:min(nameEnd+1, len(src))] // the reference with its ';'
	amp := &sipuri.Fix{Title: "Write & as &amp;", Start: i, End: i + 1, NewText: "&amp;"}
	switch {
	case strings.HasPrefix(src[i+1:], "#"):
		end := strings.IndexAny(src[i+1:], "&<; \t\r\n\"'")
		if end >= 0 && src[i+1+end] == ';' {
			e.End = i + 2 + end
		}
		e.Msg = src[i:e.End] + " is not a character reference to a character XML allows; write &#NNN; or &#xHHHH; with the character's code"
		amp = nil
	case semi && html.UnescapeString(ref) != ref:
		var refs strings.Builder
		for _, r := range html.UnescapeString(ref) {
			refs.WriteString(sipuri.XMLEscape(r))
		}
		e.End = nameEnd + 1
		e.Msg = ref + " is an HTML entity, which XML does not have; write " + refs.String()
		amp = &sipuri.Fix{Title: "Write " + refs.String(), Start: i, End: e.End, NewText: refs.String()}
	case semi:
		e.Msg = "unknown entity " + ref + "; write & as &amp;"
	case isXMLEntity(name) && (nameEnd == len(src) || strings.IndexByte(" \t\r\n<", src[nameEnd]) >= 0):
		// Only where a word ends: in "?a=1&amp=2" amp is a query parameter.
		e.End = nameEnd
		e.Msg = "&" + name + " needs a ; after it: &" + name + ";"
		amp = &sipuri.Fix{Title: "Write &" + name + ";", Start: i, End: nameEnd, NewText: "&" + name + ";"}
	}
	// In the XML declaration no value may hold an '&' at all.
	if p.doc.Root != nil {
		e.Fix = amp
	}
	p.doc.Err = e
	return -1
}

// isXMLEntity reports whether name is one of the entities XML predefines.
func isXMLEntity(name string) bool {
	_, _, ok := sipuri.XMLReference("&" + name + ";")
	return ok && name != "" && name[0] != '#'
}

// declNames are the pseudo-attributes of the XML declaration, in order:
// version (1), encoding (2), standalone (3).
var declNames = []string{"version", "encoding", "standalone"}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return s != ""
}

// name returns the end of the XML Name starting at i (i itself when there is
// none). Non-ASCII letters are accepted as name characters.
func (p *xmlParser) name(i int) int {
	src := p.src
	j := i
	for j < len(src) {
		c := src[j]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(src[j:])
			if r == utf8.RuneError || !sipuri.IsXMLChar(r) || (j == i && r == 0xB7) {
				break
			}
			j += size
			continue
		}
		if isASCIILetter(c) || c == '_' || c == ':' || (j > i && (isDigit(c) || c == '-' || c == '.')) {
			j++
			continue
		}
		break
	}
	return j
}

func (p *xmlParser) comment(i int) int {
	j := p.scanTo(i+4, "--", "the comment is not closed with -->")
	if j >= 0 && !p.at(j, "-->") {
		p.fail(j, j+2, "-- is not allowed inside a comment")
		j = -1
	}
	return p.after(j, 3)
}

// scanTo checks the characters from j up to the first stop and returns
// the offset of stop, or -1 after an error (unclosed when there is none).
func (p *xmlParser) scanTo(j int, stop, unclosed string) int {
	for j < len(p.src) {
		if p.at(j, stop) {
			return j
		}
		if j = p.char(j); j < 0 {
			return -1
		}
	}
	p.fail(len(p.src), len(p.src), unclosed)
	return -1
}

// after returns the offset n bytes after j, or the end of the source when
// j < 0 (after an error).
func (p *xmlParser) after(j, n int) int {
	if j < 0 {
		return len(p.src)
	}
	return j + n
}

func (p *xmlParser) cdata(i int) int {
	src := p.src
	top := p.top
	if top == nil {
		p.fail(i, i+9, "a CDATA section must be inside the root element")
		return len(src)
	}
	j := p.scanTo(i+9, "]]>", "the CDATA section is not closed with ]]>")
	if j >= 0 {
		top.Text = append(top.Text, segment{Start: i + 9, End: j, CDATA: true})
	}
	return p.after(j, 3)
}

func (p *xmlParser) pi(i int) int {
	src := p.src
	n := p.name(i + 2)
	if n == i+2 {
		p.fail(i+2, i+3, "expected a processing-instruction target after <?")
		return len(src)
	}
	if strings.EqualFold(src[i+2:n], "xml") {
		p.fail(i, n, "the XML declaration must be at the very start of the document")
		return len(src)
	}
	if !p.at(n, "?>") && (n == len(src) || !isSpace(src[n])) {
		p.fail(n, n+1, "expected a space or ?> after the processing-instruction target")
		return len(src)
	}
	return p.after(p.scanTo(n, "?>", "the processing instruction is not closed with ?>"), 2)
}

// charData reads character data from i up to the next '<'.
func (p *xmlParser) charData(i int) int {
	src := p.src
	top := p.top
	j := i
	for j < len(src) && src[j] != '<' {
		c := src[j]
		switch {
		case top == nil && !isSpace(c):
			msg := "text is not allowed outside the root element"
			if p.doc.Root == nil {
				msg = "text is not allowed before the root element <Response>"
			}
			p.fail(j, j+1, msg)
			return len(src)
		case c == '&':
			if j = p.reference(j); j < 0 {
				return len(src)
			}
		case c == ']' && p.at(j, "]]>"):
			p.fail(j, j+3, "]]> must be written ]]&gt; in text")
			return len(src)
		default:
			if j = p.char(j); j < 0 {
				return len(src)
			}
		}
	}
	if top != nil {
		top.Text = append(top.Text, segment{Start: i, End: j})
	}
	return j
}

func (p *xmlParser) startTag(i int) int {
	src := p.src
	n := p.name(i + 1)
	if n == i+1 {
		if p.top != nil {
			p.doc.Err = &syntaxError{Offset: i, End: i + 1, Msg: "a < that does not start a tag must be written &lt;", Lt: true}
		} else {
			p.fail(i+1, i+2, "expected an element name after <")
		}
		return len(src)
	}
	if p.top == nil && p.doc.Root != nil {
		p.fail(i, n, "a document has one root element; <"+src[i+1:n]+"> comes after it")
		return len(src)
	}
	e := &element{Name: src[i+1 : n], Start: i, NameStart: i + 1, NameEnd: n, EndNameStart: -1, parent: p.top}
	if parent := p.top; parent != nil {
		parent.Children = append(parent.Children, e)
	} else {
		p.doc.Root = e
	}
	j := n
	for {
		k := p.skipSpace(j)
		if k == len(src) {
			p.fail(k, k, "the document ends inside the <"+e.Name+"> tag")
			return k
		}
		if src[k] == '>' {
			p.top = e
			return k + 1
		}
		if p.at(k, "/>") {
			e.Closed = true
			e.End = k + 2
			return k + 2
		}
		an := p.name(k)
		if an == k {
			p.fail(k, k+1, "expected an attribute name, > or /> in the <"+e.Name+"> tag")
			return len(src)
		}
		if k == j {
			p.fail(k, k+1, "expected a space before the attribute name")
			return len(src)
		}
		name := src[k:an]
		for _, a := range e.Attrs {
			if a.Name == name {
				p.fail(k, an, "attribute "+name+" appears twice")
				return len(src)
			}
		}
		vs, ve, next := p.attrValue(an)
		if next < 0 {
			return len(src)
		}
		e.Attrs = append(e.Attrs, attribute{Name: name, NameStart: k, NameEnd: an, ValStart: vs, ValEnd: ve})
		j = next
	}
}

func (p *xmlParser) endTag(i int) int {
	src := p.src
	top := p.top
	n := p.name(i + 2)
	if top == nil {
		p.fail(i, max(n, i+2), "end tag without a start tag")
		return len(src)
	}
	if n == i+2 {
		p.fail(i+2, i+3, "expected </"+top.Name+">")
		return len(src)
	}
	if src[i+2:n] != top.Name {
		p.fail(i+2, n, "expected </"+top.Name+"> but found </"+src[i+2:n]+">")
		return len(src)
	}
	k := p.skipSpace(n)
	if k == len(src) || src[k] != '>' {
		p.fail(k, k+1, "expected > to close </"+top.Name)
		return len(src)
	}
	top.Closed = true
	top.EndNameStart = i + 2
	top.End = k + 1
	p.top = top.parent
	return k + 1
}
