// Package view computes the playground's view models: pure functions from
// the page state and the core packages' results to what the components show.
// It knows nothing of the browser, so it is tested natively.
package view

import (
	"github.com/sipplay/sipplay/twiml"
)

// A Spec describes one form field: its name as written in TwiML or in the
// API, whether it is shown before "More", and its allowed values when there
// is a list.
type Spec struct {
	Name    string
	Common  bool
	Options []string // allowed values; nil means free text
	Secret  bool     // a password: shown masked, left out of links by default
	List    bool     // a list parameter: values separated by spaces
}

// dialField returns the Dial field named by the attribute name, or nil.
func dialField(d *twiml.Dial, name string) *string {
	for _, a := range twiml.DialAttributes {
		if a.Name == name {
			return a.Field(d)
		}
	}
	return nil
}

// sipField returns the Sip field named by the attribute name ("uri" for the
// body), or nil.
func sipField(s *twiml.Sip, name string) *string {
	if name == "uri" {
		return &s.URI
	}
	for _, a := range twiml.SipAttributes {
		if a.Name == name {
			return a.Field(s)
		}
	}
	return nil
}
