package view

import (
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every <Dial> and <Sip> attribute and every Calls parameter has a field,
// exactly once, and each field reaches its own struct field.
func TestSpecsCoverEveryField(t *testing.T) {
	dial := attributeFields(twiml.Dial{})
	sip := attributeFields(twiml.Sip{})
	call := requestFields() // every Calls parameter, read off calls.Request

	names := func(specs ...[]Spec) []string {
		var out []string
		for _, l := range specs {
			for _, s := range l {
				out = append(out, s.Name)
			}
		}
		return out
	}
	assert.ElementsMatch(t, dial, names(DialSpecs))
	assert.ElementsMatch(t, sip, names(SipSpecs))
	assert.ElementsMatch(t, call, names(CallSpecs, SourceSpecs))

	var d twiml.Dial
	seen := map[*string]string{}
	for _, n := range dial {
		p := dialField(&d, n)
		require.NotNil(t, p, "dial field %s", n)
		assert.Empty(t, seen[p], "dial field %s shares storage with %s", n, seen[p])
		seen[p] = n
	}
	var s twiml.Sip
	for _, n := range append(sip, "uri") {
		p := sipField(&s, n)
		require.NotNil(t, p, "sip field %s", n)
		assert.Empty(t, seen[p], "sip field %s shares storage with %s", n, seen[p])
		seen[p] = n
	}
	for _, n := range call {
		if n == "Twiml" {
			continue // Twiml follows pane 2
		}
		st := SetCall(state.State{ToEdited: true}, n, "v1 v2")
		want := "v1 v2"
		if isList(n) {
			want = "v1 v2"
			assert.Len(t, calls.Params(st.Call), 2, "list %s takes one value per word", n)
		} else {
			assert.Equal(t, []calls.Param{{Key: n, Value: "v1 v2"}}, calls.Params(st.Call), "param %s", n)
		}
		assert.Equal(t, want, callText(st.Call, n), "param %s reads back", n)
	}
	assert.Nil(t, dialField(&d, "statusCallbackEvent"), "statusCallbackEvent belongs on the noun")
}

func TestSplitFields(t *testing.T) {
	specs := []Spec{
		{Name: "method", Common: true, Options: []string{"GET", "POST"}},
		{Name: "timeout"},
		{Name: "record", Options: []string{"true", "false"}},
	}
	values := map[string]string{"method": "FETCH", "timeout": "30", "record": "true"}
	common, more := split("dial-", specs, func(s Spec) string { return values[s.Name] }, map[string]bool{"timeout": true})
	assert.Equal(t, []Field{
		{Spec: specs[0], ID: "dial-method", Value: "FETCH", Options: []string{"GET", "POST", "FETCH"}},
	}, common, "a value outside the list stays selectable")
	assert.Equal(t, []Field{
		{Spec: specs[1], ID: "dial-timeout", Value: "30", Invalid: true},
		{Spec: specs[2], ID: "dial-record", Value: "true", Options: []string{"true", "false"}},
	}, more)
	assert.Equal(t, []string{"GET", "POST"}, specs[0].Options, "the spec's list is not modified")
}
