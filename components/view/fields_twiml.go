package view

import (
	"slices"

	"github.com/sipplay/sipplay/twiml"
)

// The <Dial> and <Sip> form fields come from twiml's schema (names, allowed
// values, secrets); the view only adds which are shown before "More", and
// in which order.
var (
	// dialCommon are the <Dial> attributes shown before "More", in order.
	dialCommon = []string{"callerId", "action", "method", "timeout", "timeLimit", "answerOnBridge", "sequential", "record"}
	// sipCommon are the <Sip> attributes shown before "More", in order.
	sipCommon = []string{"username", "password", "url", "method", "statusCallback", "statusCallbackEvent", "statusCallbackMethod"}
)

// DialSpecs lists every <Dial> attribute, common ones first.
var DialSpecs = twimlSpecs(schemaOf(twiml.DialAttributes, func(a twiml.DialAttribute) twiml.Attribute { return a.Attribute }), dialCommon)

// SipSpecs lists every <Sip> attribute (the URI body is edited apart),
// common ones first.
var SipSpecs = twimlSpecs(schemaOf(twiml.SipAttributes, func(a twiml.SipAttribute) twiml.Attribute { return a.Attribute }), sipCommon)

func schemaOf[T any](list []T, attr func(T) twiml.Attribute) []twiml.Attribute {
	out := make([]twiml.Attribute, len(list))
	for i, a := range list {
		out[i] = attr(a)
	}
	return out
}

// twimlSpecs returns a form field per attribute: the common ones in the
// order of common, then the others in the schema's order. An attribute
// with a fixed set of values offers them as options.
func twimlSpecs(schema []twiml.Attribute, common []string) []Spec {
	spec := func(a twiml.Attribute) Spec {
		s := Spec{Name: a.Name, Common: slices.Contains(common, a.Name), Secret: a.Secret}
		if a.Kind == twiml.OneOf {
			s.Options = a.Values
		}
		return s
	}
	var out []Spec
	for _, name := range common {
		if i := slices.IndexFunc(schema, func(a twiml.Attribute) bool { return a.Name == name }); i >= 0 {
			out = append(out, spec(schema[i]))
		}
	}
	for _, a := range schema {
		if !slices.Contains(common, a.Name) {
			out = append(out, spec(a))
		}
	}
	return out
}
