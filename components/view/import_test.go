package view

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/internal/state"
)

func TestImportFillsThePanes(t *testing.T) {
	const uri = "sip:kate@example.sip.twilio.com;transport=tls"
	tests := []struct {
		name, text string
		source     state.Source
		xml        string // pane 2's text after the import; "" = unchanged
	}{
		{
			name:   "curl with Url",
			text:   `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json --data-urlencode "To=` + uri + `" --data-urlencode "From=alice" --data-urlencode "Url=https://example.com/twiml" -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`,
			source: state.SourceURL,
		},
		{
			name:   "form body with inline Twiml",
			text:   "To=" + "sip%3Akate%40example.sip.twilio.com%3Btransport%3Dtls" + "&From=alice&Twiml=%3CResponse%3E%3CSay%3Ehi%3C%2FSay%3E%3C%2FResponse%3E",
			source: state.SourceTwiml,
			xml:    "<Response><Say>hi</Say></Response>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := state.Default()
			before.AuthToken = "kept-token"
			got, _, ok := Import(before, tt.text)
			require.True(t, ok, "input %q", tt.text)
			assert.Equal(t, uri, got.URI, "pane 1 of %q", tt.text)
			assert.Equal(t, uri, got.Call.To, "To of %q", tt.text)
			assert.False(t, got.ToEdited, "To follows pane 1 after %q", tt.text)
			assert.Equal(t, "alice", got.Call.From, "From of %q", tt.text)
			assert.Equal(t, tt.source, got.Source, "source of %q", tt.text)
			assert.Equal(t, "kept-token", got.AuthToken, "the token typed before stays, input %q", tt.text)
			if tt.xml != "" {
				assert.Equal(t, tt.xml, got.XML, "pane 2 of %q", tt.text)
			} else {
				assert.Equal(t, before.XML, got.XML, "pane 2 unchanged by %q", tt.text)
			}
		})
	}
}

func TestImportNeverKeepsAPastedToken(t *testing.T) {
	text := `curl https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json -d To=sip:a@example.com -d From=b -d Url=https://example.com/x -u AC0123456789abcdef0123456789abcdef:0123456789abcdef0123456789abcdef`
	got, findings, ok := Import(state.Default(), text)
	require.True(t, ok, "input %q", text)
	assert.Empty(t, got.AuthToken, "the pasted token is not kept, input %q", text)
	assert.NotContains(t, calls.FormBody(got.Call), "0123456789abcdef0123456789abcdef&", "input %q", text)
	var said bool
	for _, d := range findings {
		said = said || (0 <= d.Start && d.Start < d.End && d.End <= len(text) && strings.Contains(strings.ToLower(d.Message), "token"))
	}
	assert.True(t, said, "a finding with a span into the text says the token was not kept: %v", findings)
}

func TestImportOfNothingChangesNothing(t *testing.T) {
	for _, text := range []string{"", "   ", "hello"} {
		before := state.Default()
		got, _, ok := Import(before, text)
		assert.False(t, ok, "input %q", text)
		assert.Equal(t, before.URI, got.URI, "input %q", text)
	}
}
