package view

import (
	"reflect"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/stretchr/testify/assert"
)

// requestFields lists the Calls parameters the form edits: every field of
// calls.Request but AccountSid, which the page shows apart.
func requestFields() []string {
	typ := reflect.TypeOf(calls.Request{})
	var out []string
	for i := 0; i < typ.NumField(); i++ {
		if n := typ.Field(i).Name; n != "AccountSid" {
			out = append(out, n)
		}
	}
	return out
}

// Every field of calls.Request but AccountSid has exactly one form field,
// so a new Calls parameter reaches the form without an edit here.
func TestCallSpecsCoverRequest(t *testing.T) {
	want := requestFields()
	var got []string
	for _, s := range append(CallSpecs, SourceSpecs...) {
		got = append(got, s.Name)
	}
	assert.ElementsMatch(t, want, got)
	assert.Len(t, commonCalls, 10, "the common fields shown before More")
	for i, s := range CallSpecs {
		assert.Equal(t, i < len(commonCalls), s.Common, "%s: common fields come first", s.Name)
	}
}

// The form offers exactly the values the calls schema allows, marks its
// secrets and lists, and its enums are not written twice.
func TestCallSpecsFollowTheSchema(t *testing.T) {
	for _, s := range CallSpecs {
		p, ok := calls.Lookup(s.Name)
		if !assert.True(t, ok, s.Name) {
			continue
		}
		assert.Equal(t, p.Kind == calls.List, s.List, "%s: List", s.Name)
		assert.Equal(t, p.Secret, s.Secret, "%s: Secret", s.Name)
		if !s.List {
			assert.Equal(t, p.Values, s.Options, "%s: Options", s.Name)
		}
	}
	spec := func(name string) Spec {
		for _, s := range CallSpecs {
			if s.Name == name {
				return s
			}
		}
		return Spec{}
	}
	// Independent of the schema: what the Calls API documents.
	assert.ElementsMatch(t, []string{"HEAD", "GET", "POST", "PATCH", "PUT", "DELETE"}, spec("Method").Options)
	assert.ElementsMatch(t, []string{"inbound", "outbound", "both"}, spec("RecordingTrack").Options)
	assert.True(t, spec("SipAuthPassword").Secret)
	assert.True(t, spec("StatusCallbackEvent").List)
	assert.Nil(t, spec("CallerId").Options, "free text")
}
