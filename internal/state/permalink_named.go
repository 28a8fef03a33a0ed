package state

import (
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// Fields that the twiml and calls schemas gain after v1 travel in a link by
// name, so that a new <Dial> or <Sip> attribute or a new Calls parameter
// takes no edit here: the schema row that adds it is enough. Such a field's
// record has tagNamed and the value "path=value", where path is "Dial." or
// "Sip." and the attribute's TwiML name, or "Call." and the form key; a
// "Sip." record sets the attribute of the noun last appended. The fields v1
// had keep their one-byte tags (permalink_fields.go), which make shorter
// links.
const tagNamed = 10

// A namedField is a field of State's Dial or Call that travels by name.
type namedField struct {
	Path   string // e.g. "Dial.ringTone" or "Call.Foo"
	Get    func(*State) string
	Set    func(*State, string)
	Secret bool // left out of a link made without secrets
}

// A namedSipField is a <Sip> attribute that travels by name.
type namedSipField struct {
	Path   string // "Sip." and the attribute's name
	Get    func(*twiml.Sip) *string
	Secret bool
}

// A format is the set of fields a link carries: the tagged rows and the
// schema fields that none of them holds, which travel by name.
type format struct {
	fields    []stateField
	sips      []sipField
	named     []namedField
	namedSips []namedSipField
}

// newFormat returns the format with these tagged rows; every schema field
// that no row holds travels by name.
func newFormat(fields []stateField, sips []sipField) *format {
	f := &format{fields: fields, sips: sips}
	var probe State
	tagged := map[*string]bool{}
	names := map[string]bool{}
	for _, r := range fields {
		tagged[r.Get(&probe)] = true
		names[r.Name] = true
	}
	for _, a := range twiml.DialAttributes {
		if tagged[a.Field(&probe.Dial)] {
			continue
		}
		get := a.Field
		f.named = append(f.named, namedField{Path: "Dial." + a.Name, Secret: a.Secret,
			Get: func(s *State) string { return *get(&s.Dial) },
			Set: func(s *State, v string) { *get(&s.Dial) = v }})
	}
	for _, p := range calls.Parameters() {
		if names["Call."+p.Key] || callListTags[p.Key] != 0 {
			continue
		}
		key := p.Key
		f.named = append(f.named, namedField{Path: "Call." + key, Secret: p.Secret,
			Get: func(s *State) string { return calls.FieldText(s.Call, key) },
			Set: func(s *State, v string) { s.Call = calls.SetFieldText(s.Call, key, v) }})
	}
	var sip twiml.Sip
	taggedSip := map[*string]bool{}
	for _, r := range sips {
		taggedSip[r.Get(&sip)] = true
	}
	for _, a := range twiml.SipAttributes {
		if !taggedSip[a.Field(&sip)] {
			f.namedSips = append(f.namedSips, namedSipField{Path: "Sip." + a.Name, Get: a.Field, Secret: a.Secret})
		}
	}
	return f
}

// namedByPath returns the field that travels by this path, or nil.
func (f *format) namedByPath(path string) *namedField {
	for i := range f.named {
		if f.named[i].Path == path {
			return &f.named[i]
		}
	}
	return nil
}

// namedSipByPath returns the <Sip> attribute that travels by this path, or
// nil.
func (f *format) namedSipByPath(path string) *namedSipField {
	for i := range f.namedSips {
		if f.namedSips[i].Path == path {
			return &f.namedSips[i]
		}
	}
	return nil
}

// splitNamed splits a tagNamed record's value into the path and the field's
// value.
func splitNamed(v string) (path, value string, ok bool) {
	path, value, ok = strings.Cut(v, "=")
	return path, value, ok && path != ""
}
