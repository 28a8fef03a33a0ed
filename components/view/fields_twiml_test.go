package view

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
)

// The <Dial> and <Sip> fields follow twiml's schema: one field per
// attribute, the listed common ones first and in order, the options of an
// attribute with a fixed set of values, and the password masked.
func TestTwiMLSpecsFollowTheSchema(t *testing.T) {
	check := func(element string, specs []Spec, common []string, schema []twiml.Attribute) {
		assert.Len(t, specs, len(schema), "%s: one field per attribute", element)
		for i, name := range common {
			if assert.Less(t, i, len(specs)) {
				assert.Equal(t, name, specs[i].Name, "%s: common field %d", element, i)
				assert.True(t, specs[i].Common, "%s %s is common", element, name)
			}
		}
		for _, a := range schema {
			i := indexOfSpec(specs, a.Name)
			if !assert.GreaterOrEqual(t, i, 0, "%s %s has a field", element, a.Name) {
				continue
			}
			s := specs[i]
			if a.Kind == twiml.OneOf {
				assert.Equal(t, a.Values, s.Options, "%s %s options", element, a.Name)
			} else {
				assert.Nil(t, s.Options, "%s %s is free text", element, a.Name)
			}
			assert.Equal(t, a.Secret, s.Secret, "%s %s secret", element, a.Name)
		}
	}
	var dial, sip []twiml.Attribute
	for _, a := range twiml.DialAttributes {
		dial = append(dial, a.Attribute)
	}
	for _, a := range twiml.SipAttributes {
		sip = append(sip, a.Attribute)
	}
	check("Dial", DialSpecs, dialCommon, dial)
	check("Sip", SipSpecs, sipCommon, sip)
	assert.True(t, SipSpecs[indexOfSpec(SipSpecs, "password")].Secret, "the Sip password is masked")
}

func indexOfSpec(specs []Spec, name string) int {
	for i, s := range specs {
		if s.Name == name {
			return i
		}
	}
	return -1
}

// attributeFields names the attributes of a twiml.Dial or twiml.Sip, read
// off its string fields (lower-casing the first letter; Sip's URI is its
// body), so that a new attribute reaches these tests without an edit here.
func attributeFields(v any) []string {
	typ := reflect.TypeOf(v)
	var out []string
	for i := 0; i < typ.NumField(); i++ {
		if f := typ.Field(i); f.Type.Kind() == reflect.String && f.Name != "URI" {
			out = append(out, strings.ToLower(f.Name[:1])+f.Name[1:])
		}
	}
	return out
}
