package view

import (
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// The help entries of each pane's finding codes, from the core packages'
// own lists: pane 1 checks a URI; pane 2 a document and the URIs in it;
// pane 3 a request, whose To is a URI too. A code no package documents
// gets no help entry.
var (
	uriHelp   = helpIndex(sipuri.Codes())
	twimlHelp = helpIndex(twiml.Codes(), sipuri.Codes())
	callHelp  = helpIndex(calls.Codes(), sipuri.Codes())
)

// helpIndex indexes help entries by code; the first list that documents a
// code wins.
func helpIndex(lists ...[]sipuri.CodeDoc) map[string]*sipuri.CodeDoc {
	m := map[string]*sipuri.CodeDoc{}
	for _, list := range lists {
		for i := range list {
			if _, ok := m[list[i].Code]; !ok {
				m[list[i].Code] = &list[i]
			}
		}
	}
	return m
}

// withHelp gives each item the help entry of its code in help.
func withHelp(items []Item, help map[string]*sipuri.CodeDoc) []Item {
	for i := range items {
		items[i].Help = help[items[i].Code]
	}
	return items
}

// fieldMessages gives each field named in msgs its message, to show
// beside it, and marks it invalid.
func fieldMessages(fs []Field, msgs map[string]string) {
	for i := range fs {
		if m, ok := msgs[fs[i].Name]; ok {
			fs[i].Message, fs[i].Invalid = m, true
		}
	}
}

// attributeAt names the <Dial> or <Sip> attribute of src that byte off is
// in, its value or its name: elem is "Dial" or "Sip", sip counts the <Sip>
// nouns before it (0 for the first). ok is false when off is elsewhere: in
// a noun's body, another element, or outside any tag.
func attributeAt(src string, off int) (elem string, sip int, name string, ok bool) {
	if off < 0 || off >= len(src) {
		return "", 0, "", false
	}
	lt := strings.LastIndexByte(src[:off], '<')
	if lt < 0 || strings.IndexByte(src[lt:off], '>') >= 0 {
		return "", 0, "", false
	}
	tag := src[lt+1:]
	elem = tag[:strings.IndexFunc(tag+" ", isSpaceOrEnd)]
	if elem != "Dial" && elem != "Sip" {
		return "", 0, "", false
	}
	sip = strings.Count(src[:lt], "<Sip")
	start := off
	for start > lt && isNameByte(src[start-1]) {
		start--
	}
	if src[start-1] == ' ' || src[start-1] == '\t' || src[start-1] == '\n' || src[start-1] == '\r' {
		// off is in a name.
		end := off
		for end < len(src) && isNameByte(src[end]) {
			end++
		}
		return elem, sip, src[start:end], start < end
	}
	eq := strings.LastIndexByte(src[lt:off], '=')
	if eq < 0 {
		return "", 0, "", false
	}
	before := strings.TrimRight(src[lt:lt+eq], " \t\r\n")
	i := len(before)
	for i > 0 && isNameByte(before[i-1]) {
		i--
	}
	return elem, sip, before[i:], i < len(before)
}

func isSpaceOrEnd(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '>' || r == '/'
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c == ':' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// builderMessages returns, from a document's error findings, the message
// of the first error in each <Dial> attribute (by name) and in each <Sip>
// attribute (by noun, then name), so the builder shows it beside the field.
func builderMessages(src string, diags []sipuri.Diagnostic) (dial map[string]string, sips map[int]map[string]string) {
	dial, sips = map[string]string{}, map[int]map[string]string{}
	for _, d := range diags {
		if d.Severity != sipuri.Error {
			continue
		}
		elem, n, name, ok := attributeAt(src, d.Start)
		if !ok {
			continue
		}
		m := dial
		if elem == "Sip" {
			if sips[n] == nil {
				sips[n] = map[string]string{}
			}
			m = sips[n]
		}
		if _, seen := m[name]; !seen {
			m[name] = d.Message
		}
	}
	return dial, sips
}
