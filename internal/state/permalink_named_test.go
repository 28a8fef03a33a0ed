package state

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withoutTags is a format as it would be had these fields been added after
// v1: their rows are gone, so they travel by name.
func withoutTags(t *testing.T, fields []string, sips []string) *format {
	t.Helper()
	fs := slices.DeleteFunc(slices.Clone(stateFields), func(r stateField) bool { return slices.Contains(fields, r.Name) })
	ss := slices.DeleteFunc(slices.Clone(sipFields), func(r sipField) bool { return slices.Contains(sips, r.Name) })
	require.Len(t, fs, len(stateFields)-len(fields), "every field to drop has a row")
	require.Len(t, ss, len(sipFields)-len(sips), "every Sip attribute to drop has a row")
	return newFormat(fs, ss)
}

func TestFieldsWithoutTagTravelByName(t *testing.T) {
	f := withoutTags(t, []string{"Dial.Trim", "Call.Trim", "Call.SipAuthPassword"}, []string{"Username", "Password"})
	var paths []string
	for _, n := range f.named {
		paths = append(paths, n.Path)
	}
	for _, n := range f.namedSips {
		paths = append(paths, n.Path)
	}
	assert.Subset(t, paths, []string{"Dial.trim", "Call.Trim", "Call.SipAuthPassword", "Sip.username", "Sip.password"}, "the fields without a row travel by name")

	s := Default()
	s.Dial.Trim, s.Call.Trim, s.Call.SipAuthPassword = "trim-silence", "do-not-trim", "s3cret"
	s.Dial.Sips = []twiml.Sip{{URI: "sip:a@example.com", Username: "ann", Password: "pw-a"}, {URI: "sip:b@example.com", Username: "bob"}}
	s.XML = twiml.Render(s.Dial)

	raw := f.appendRecords(nil, &s, true)
	for _, want := range [][]byte{rec(tagNamed, "Dial.trim=trim-silence"), rec(tagNamed, "Call.Trim=do-not-trim"),
		rec(tagNamed, "Call.SipAuthPassword=s3cret"), rec(tagNamed, "Sip.username=ann"), rec(tagNamed, "Sip.password=pw-a"), rec(tagNamed, "Sip.username=bob")} {
		assert.True(t, bytes.Contains(raw, want), "the records hold %q", want)
	}
	got, msg := f.applyRecords(raw)
	require.Empty(t, msg)
	assert.Equal(t, s, got, "with secrets")

	got, msg = f.applyRecords(f.appendRecords(nil, &s, false))
	require.Empty(t, msg)
	want := s
	want.Call.SipAuthPassword = ""
	want.Dial.Sips = []twiml.Sip{{URI: "sip:a@example.com", Username: "ann"}, {URI: "sip:b@example.com", Username: "bob"}}
	want.XML = twiml.Render(want.Dial)
	want.SecretsLeftOut = true
	assert.Equal(t, want, got, "without secrets")
}

func TestDecodeDamagedNamedRecords(t *testing.T) {
	f := withoutTags(t, []string{"Dial.Trim"}, []string{"Username"})
	for _, c := range []struct {
		name    string
		records []byte
		msg     string
	}{
		{"twice", cat(rec(tagNamed, "Dial.trim=a"), rec(tagNamed, "Dial.trim=b")), "This link is damaged: a field appears twice."},
		{"twice in one noun", cat(rec(tagSipNew, "sip:a@b"), rec(tagNamed, "Sip.username=a"), rec(tagNamed, "Sip.username=b")), "This link is damaged: a field appears twice."},
		{"Sip attribute before a noun", cat(rec(tagSipsNone, ""), rec(tagNamed, "Sip.username=x")), "This link is damaged: it gives a Sip attribute before any Sip noun."},
		{"unknown", rec(tagNamed, "Dial.ringtone=x"), "This link holds a field this version does not know (Dial.ringtone)."},
		{"no name", rec(tagNamed, "trim-silence"), "This link is damaged: a field has no name."},
		{"long unknown name", rec(tagNamed, strings.Repeat("é", 500)+"=x"), "This link holds a field this version does not know (" + strings.Repeat("é", 40) + "…)."},
		{"empty name", rec(tagNamed, "=x"), "This link is damaged: a field has no name."},
	} {
		_, msg := f.applyRecords(c.records)
		assert.Equal(t, c.msg, msg, "%s: % x", c.name, c.records)
	}

	s, msg := f.applyRecords(cat(rec(tagSipNew, "sip:a@b"), rec(tagNamed, "Sip.username=a"), rec(tagSipNew, "sip:c@d"), rec(tagNamed, "Sip.username=c")))
	require.Empty(t, msg, "each noun has its own named attributes")
	assert.Equal(t, []twiml.Sip{{URI: "sip:a@b", Username: "a"}, {URI: "sip:c@d", Username: "c"}}, s.Dial.Sips)
}

func TestEveryFieldTravels(t *testing.T) {
	// Each field of State, its Dial, a Sip and its Call, set alone, comes
	// back from a link made with secrets: by its tag or by name. A field
	// that no link carries fails here.
	groups := []struct {
		prefix string
		typ    reflect.Type
		value  func(s *State) reflect.Value
	}{
		{"", reflect.TypeFor[State](), func(s *State) reflect.Value { return reflect.ValueOf(s).Elem() }},
		{"Dial.", reflect.TypeFor[twiml.Dial](), func(s *State) reflect.Value { return reflect.ValueOf(&s.Dial).Elem() }},
		{"Sip.", reflect.TypeFor[twiml.Sip](), func(s *State) reflect.Value { return reflect.ValueOf(&s.Dial.Sips[0]).Elem() }},
		{"Call.", reflect.TypeFor[calls.Request](), func(s *State) reflect.Value { return reflect.ValueOf(&s.Call).Elem() }},
	}
	enums := map[string]string{"Pane": string(PaneCall), "Mode": string(ModeXML), "Source": string(SourceTwiml)}
	for _, g := range groups {
		for _, sf := range reflect.VisibleFields(g.typ) {
			path := g.prefix + sf.Name
			if path == "Dial" || path == "Call" || path == "Dial.Sips" || path == "SecretsLeftOut" {
				continue // Dial and Call field by field; the nouns below; what Decode says
			}
			s := Default()
			s.Dial.Sips = []twiml.Sip{{URI: "sip:a@example.com"}}
			s.XML = twiml.Render(s.Dial)
			v := g.value(&s).FieldByIndex(sf.Index)
			switch {
			case enums[path] != "":
				v.SetString(enums[path])
			case v.Kind() == reflect.String:
				v.SetString("v-" + path)
			case v.Kind() == reflect.Bool:
				v.SetBool(true)
			case v.Type() == reflect.TypeFor[[]string]():
				v.Set(reflect.ValueOf([]string{"ringing", "answered"}))
			default:
				t.Errorf("%s is a %s: give it a record kind in appendRecords and applyRecords", path, v.Type())
				continue
			}
			got, err := Decode(Encode(s, true))
			require.NoError(t, err, "%s set", path)
			assert.Equal(t, s, got, "%s travels in a link", path)
		}
	}
}
