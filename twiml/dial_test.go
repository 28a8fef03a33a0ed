package twiml

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDial(t *testing.T) {
	src := "<?xml version=\"1.0\"?>\n<Response>\n  <!-- builder -->\n  <Dial callerId=\"a&amp;b\" timeout='10' action=\"/x&#10;y\" record=\"a\tb\r\nc\">\n" +
		"    <Sip username=\"u\" statusCallbackEvent=\"initiated ringing\">\n\t sip:a@b.c?x-a=1&amp;x-b=&lt;2&gt;\r\n </Sip>\n" +
		"    <Sip><![CDATA[ sip:c@d.e ]]></Sip>\n    <Sip/>\n  </Dial>\n</Response>\n"
	want := Dial{
		CallerId: "a&b", Timeout: "10", Action: "/x\ny", Record: "a b c",
		Sips: []Sip{
			{URI: "sip:a@b.c?x-a=1&x-b=<2>", Username: "u", StatusCallbackEvent: "initiated ringing"},
			{URI: "sip:c@d.e"},
			{},
		},
	}
	got, err := ParseDial(src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestParseDialErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string // « marks the expected offset
	}{
		{"not well-formed", "<Response><Dial><Sip>sip:a@b?x=1«&y=2</Sip></Dial></Response>"},
		{"other root", "<«response><Dial/></response>"},
		{"Response attribute", "<Response «a=\"1\"><Dial/></Response>"},
		{"no Dial", "<«Response></Response>"},
		{"a verb before Dial", "<Response>«<Say>x</Say><Dial/></Response>"},
		{"two Dials", "<Response><Dial/>«<Dial/></Response>"},
		{"text in Response", "<Response>«hi<Dial/></Response>"},
		{"unknown Dial attribute", "<Response><Dial «statusCallback=\"x\"/></Response>"},
		{"text in Dial", "<Response><Dial> «+1555</Dial></Response>"},
		{"Number noun", "<Response><Dial><«Number>1</Number></Dial></Response>"},
		{"unknown Sip attribute", "<Response><Dial><Sip «foo=\"x\">sip:a@b.c</Sip></Dial></Response>"},
		{"element in Sip", "<Response><Dial><Sip>sip:a@b.c«<x/></Sip></Dial></Response>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, spans := marked(tt.src + "»")
			require.Len(t, spans, 1)
			_, err := ParseDial(src)
			var pe *ParseError
			require.ErrorAs(t, err, &pe, src)
			assert.Equal(t, spans[0][0], pe.Offset, "%q: %s", src, pe.Msg)
			assert.Contains(t, err.Error(), pe.Msg)
		})
	}
}

func TestPosition(t *testing.T) {
	src := "ab\ncd\r\n\nx"
	tests := []struct{ offset, line, col int }{
		{-5, 1, 1}, {0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {4, 2, 2}, {5, 2, 3}, {6, 2, 4},
		{7, 3, 1}, {8, 4, 1}, {9, 4, 2}, {99, 4, 2},
	}
	for _, tt := range tests {
		line, col := Position(src, tt.offset)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "offset %d", tt.offset)
	}
	line, col := Position("", 0)
	assert.Equal(t, [2]int{1, 1}, [2]int{line, col})
}
