package view

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/internal/state"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttributeAt(t *testing.T) {
	src := `<Response><Dial timeout="abc" method="GET"><Sip username="u">sip:a@example.com</Sip><Sip url="x" bogus="1">sip:b@example.com</Sip></Dial></Response>`
	at := func(sub string) int {
		i := strings.Index(src, sub)
		require.GreaterOrEqual(t, i, 0, "%q in the test document", sub)
		return i
	}
	tests := []struct {
		name string
		off  int
		elem string
		sip  int
		attr string
		ok   bool
	}{
		{"a Dial value", at("abc"), "Dial", 0, "timeout", true},
		{"the second Dial value", at("GET") + 1, "Dial", 0, "method", true},
		{"a Sip value", at(`"u"`) + 1, "Sip", 0, "username", true},
		{"the second noun's value", at(`"x"`) + 1, "Sip", 1, "url", true},
		{"an attribute name", at("bogus"), "Sip", 1, "bogus", true},
		{"a noun's body", at("sip:a"), "", 0, "", false},
		{"the Response tag", 3, "", 0, "", false},
		{"past the end", len(src), "", 0, "", false},
	}
	for _, tt := range tests {
		elem, sip, attr, ok := attributeAt(src, tt.off)
		assert.Equal(t, tt.ok, ok, "%s: attributeAt(%d)", tt.name, tt.off)
		if tt.ok {
			assert.Equal(t, []any{tt.elem, tt.sip, tt.attr}, []any{elem, sip, attr}, "%s: attributeAt(%d)", tt.name, tt.off)
		}
	}
}

func TestBuilderFieldsShowTheirErrors(t *testing.T) {
	var d Deriver
	s := SetDial(state.Default(), "timeout", "soon")
	s = SetSip(s, 0, "method", "FETCH")
	p := d.Page(s, "")
	timeout, ok := field(append(p.DialCommon, p.DialMore...), "timeout")
	require.True(t, ok)
	assert.True(t, timeout.Invalid, "timeout=soon is an error of the document: %+v", p.XML.Items)
	assert.NotEmpty(t, timeout.Message, "its message shows beside the field")
	method, ok := field(append(p.Sips[0].Common, p.Sips[0].More...), "method")
	require.True(t, ok)
	assert.True(t, method.Invalid, "method=FETCH on the <Sip>: %+v", p.XML.Items)
	callerID, _ := field(p.DialCommon, "callerId")
	assert.False(t, callerID.Invalid, "a field without a finding is not marked")
}

func TestFindingsHaveHelp(t *testing.T) {
	var d Deriver
	s := SetURI(state.Default(), "sip:al ice@example.com")
	s = SetCall(s, "From", "bad from!")
	p := d.Page(s, "")
	require.NotEmpty(t, p.URI.Items)
	for _, it := range append(p.URI.Items, p.Call.Items...) {
		if assert.NotNil(t, it.Help, "code %s has a help entry", it.Code) {
			assert.Equal(t, it.Code, it.Help.Code)
			assert.NotEmpty(t, it.Help.Summary, "code %s", it.Code)
		}
	}
	for _, code := range []string{"no-such-code"} {
		assert.Nil(t, callHelp[code], "an undocumented code %s has no entry", code)
	}
}
