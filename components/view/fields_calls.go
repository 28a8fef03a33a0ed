package view

import (
	"slices"
	"strings"

	"github.com/sipplay/sipplay/calls"
)

// commonCalls are the Calls parameters shown before "More", in the order
// shown; the other parameters follow in FormBody's order.
var commonCalls = []string{
	"To", "From", "Method", "StatusCallback", "StatusCallbackEvent", "StatusCallbackMethod",
	"SipAuthUsername", "SipAuthPassword", "Timeout", "Record",
}

// CallSpecs lists every Calls create parameter except AccountSid and the
// three instruction sources (Url, Twiml, ApplicationSid), which the page
// shows apart, common ones first. It is made from calls.Parameters.
var CallSpecs = callSpecs()

// SourceSpecs are the instruction-source parameters, in the order the
// source choice offers them (FormBody's).
var SourceSpecs = sourceSpecs()

// callSpec returns the form field of a Calls parameter.
func callSpec(p calls.Parameter, common bool) Spec {
	s := Spec{Name: p.Key, Common: common, Secret: p.Secret, List: p.Kind == calls.List}
	if !s.List {
		s.Options = p.Values
	}
	return s
}

func callSpecs() []Spec {
	var out, more []Spec
	for _, key := range commonCalls {
		if p, ok := calls.Lookup(key); ok {
			out = append(out, callSpec(p, true))
		}
	}
	for _, p := range calls.Parameters() {
		if !p.Path && !p.Source && !slices.Contains(commonCalls, p.Key) {
			more = append(more, callSpec(p, false))
		}
	}
	return append(out, more...)
}

func sourceSpecs() []Spec {
	var out []Spec
	for _, p := range calls.Parameters() {
		if p.Source {
			out = append(out, Spec{Name: p.Key})
		}
	}
	return out
}

// callText returns a Calls parameter's value as the form shows it: a list
// parameter's values separated by spaces.
func callText(r calls.Request, name string) string {
	t := calls.FieldText(r, name)
	if isList(name) {
		t = strings.ReplaceAll(t, "\n", " ")
	}
	return t
}

// isList reports whether the Calls parameter takes several values.
func isList(name string) bool {
	p, _ := calls.Lookup(name)
	return p.Kind == calls.List
}
