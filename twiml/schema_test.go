package twiml

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The recipe "Add a <Dial> or <Sip> attribute" (CONTRIBUTING.md) takes a
// field and a schema row; this test fails when one is missing or they do
// not match.
func TestSchemaMatchesStructs(t *testing.T) {
	var d Dial
	checkRows(t, "Dial", reflect.ValueOf(&d).Elem(), len(DialAttributes), func(i int) (Attribute, *string) {
		return DialAttributes[i].Attribute, DialAttributes[i].Field(&d)
	})
	var s Sip
	checkRows(t, "Sip", reflect.ValueOf(&s).Elem(), len(SipAttributes), func(i int) (Attribute, *string) {
		return SipAttributes[i].Attribute, SipAttributes[i].Field(&s)
	})
}

// checkRows holds the n schema rows of row against the string fields of
// the struct v: one row per field (Sip's URI, its body, aside), the field
// named after the attribute with its first letter upper-cased, the rows in
// the fields' order, and each row complete for its kind.
func checkRows(t *testing.T, element string, v reflect.Value, n int, row func(int) (Attribute, *string)) {
	var fields []string
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if f.Type.Kind() == reflect.String && f.Name != "URI" {
			fields = append(fields, f.Name)
		}
	}
	var names []string
	for i := range n {
		a, p := row(i)
		require.NotNil(t, p, "<%s %s> has no field", element, a.Name)
		want := strings.ToUpper(a.Name[:1]) + a.Name[1:]
		f := v.FieldByName(want)
		if assert.True(t, f.IsValid(), "<%s %s>: %s has no field %s", element, a.Name, element, want) {
			assert.Equal(t, f.Addr().Interface(), p, "<%s %s>: Field returns another field than %s", element, a.Name, want)
		}
		names = append(names, want)
		assert.NotEmpty(t, a.Doc, "<%s %s> has no doc", element, a.Name)
		switch a.Kind {
		case OneOf, ListOf:
			assert.NotEmpty(t, a.Values, "<%s %s> lists no values", element, a.Name)
		case Integer:
			assert.Less(t, a.Min, a.Max, "<%s %s> range", element, a.Name)
			assert.Contains(t, []string{"seconds", "milliseconds"}, a.Unit, "<%s %s> unit", element, a.Name)
		}
	}
	assert.Equal(t, fields, names, "%s: one schema row per string field, in the fields' order", element)
}

// Every kind but Text has a check: a value no kind allows is reported.
func TestEveryKindIsChecked(t *testing.T) {
	const doc = "<Response><Dial><Sip>sip:a@example.com</Sip></Dial></Response>"
	bad := func(a Attribute) string { return " " + a.Name + `="ftp: nope"` }
	for _, a := range DialAttributes {
		if a.Kind != Text {
			src := strings.Replace(doc, "<Dial>", "<Dial"+bad(a.Attribute)+">", 1)
			assert.Contains(t, codes(Check(src)), CodeAttributeValue, "no check of %s in %s", a.Name, src)
		}
	}
	for _, a := range SipAttributes {
		if a.Kind != Text {
			src := strings.Replace(doc, "<Sip>", "<Sip"+bad(a.Attribute)+">", 1)
			assert.Contains(t, codes(Check(src)), CodeAttributeValue, "no check of %s in %s", a.Name, src)
		}
	}
}
