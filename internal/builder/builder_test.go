package builder

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mixed is the document of the report: a <Say>, a <Dial> with a
// <Number> and a <Sip>, a <Hangup>, with a comment and odd formatting.
const mixed = `<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Say>Connecting you now</Say>
  <!-- keep me -->
  <Dial   timeout='20' foo="bar">
    <Number>+15551234567</Number>
    <Sip username="alice">
      sip:alice@example.com
    </Sip>
  </Dial>
  <Hangup/>
</Response>
`

func TestReadMixed(t *testing.T) {
	d, err := Read(mixed)
	require.NoError(t, err)
	assert.True(t, d.HasDial)
	assert.Equal(t, "20", d.Dial.Timeout)
	require.Len(t, d.Dial.Sips, 1)
	assert.Equal(t, twiml.Sip{URI: "sip:alice@example.com", Username: "alice"}, d.Dial.Sips[0])
	var what []string
	for _, p := range d.LeftAlone {
		what = append(what, p.What)
	}
	assert.Equal(t, []string{"<Say>", "attribute foo on <Dial>", "<Number>", "<Hangup>"}, what)
}

func TestEditsMixed(t *testing.T) {
	d, err := Read(mixed)
	require.NoError(t, err)
	tests := []struct {
		name string
		edit func() (Patch, error)
		want string // the document after the edit
	}{
		{"set URI", func() (Patch, error) { return d.SetSipURI(0, "sip:bob@example.com") },
			replace(mixed, "sip:alice@example.com", "sip:bob@example.com")},
		{"set single-quoted attribute", func() (Patch, error) { return d.SetDialAttr("timeout", `3"0'`) },
			replace(mixed, `timeout='20'`, `timeout="3&quot;0&apos;"`)},
		{"add attribute after the last", func() (Patch, error) { return d.SetDialAttr("record", "do-not-record") },
			replace(mixed, `foo="bar">`, `foo="bar" record="do-not-record">`)},
		{"remove attribute", func() (Patch, error) { return d.SetDialAttr("timeout", "") },
			replace(mixed, `<Dial   timeout='20' foo`, `<Dial foo`)},
		{"set Sip attribute", func() (Patch, error) { return d.SetSipAttr(0, "password", "p&<w") },
			replace(mixed, `username="alice">`, `username="alice" password="p&amp;&lt;w">`)},
		{"add a noun", func() (Patch, error) { return d.AddSip("sip:b@c.d") },
			replace(mixed, "    </Sip>\n", "    </Sip>\n    <Sip>sip:b@c.d</Sip>\n")},
		{"remove the noun with its line", func() (Patch, error) { return d.RemoveSip(0) },
			replace(mixed, "\n    <Sip username=\"alice\">\n      sip:alice@example.com\n    </Sip>", "")},
		{"URI with outer whitespace", func() (Patch, error) { return d.SetSipURI(0, " a&b ") },
			replace(mixed, "sip:alice@example.com", "&#x20;a&amp;b&#x20;")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.edit()
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.Apply(mixed))
		})
	}
}

// replace replaces the one occurrence of old in s with new.
func replace(s, old, new string) string {
	if strings.Count(s, old) != 1 {
		panic("replace: " + old + " is not in the document once")
	}
	return strings.Replace(s, old, new, 1)
}

func TestReadOnly(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"<Response><Dial><Sip>sip:a@b.c</Sip></Dial>", "The XML does not parse (line 1, column 44: the document ends before </Response>), so the builder is read-only until it does."},
		{"<Response><Dial a='<'/></Response>", "The XML does not parse (line 1, column 20: < must be written &lt; in an attribute value), so the builder is read-only until it does."},
		{"<Dial/>", "The root element is <Dial>, not <Response>, so the builder is read-only. Edit the XML."},
		{"", "The XML does not parse (line 1, column 1: the document has no root element; expected <Response>), so the builder is read-only until it does."},
	}
	for _, tt := range tests {
		d, err := Read(tt.src)
		assert.Nil(t, d, "%q", tt.src)
		var e *Error
		require.ErrorAs(t, err, &e, "%q", tt.src)
		assert.Equal(t, tt.want, e.Msg, "%q", tt.src)
	}
}

func TestNoDial(t *testing.T) {
	tests := []struct {
		src  string
		edit func(d *Doc) (Patch, error)
		want string
	}{
		{"<Response/>", func(d *Doc) (Patch, error) { return d.AddSip("sip:a@b.c") },
			"<Response>\n    <Dial>\n        <Sip>sip:a@b.c</Sip>\n    </Dial>\n</Response>"},
		{"<Response>\n  <Say>hi</Say>\n</Response>", func(d *Doc) (Patch, error) { return d.SetDialAttr("timeout", "9") },
			"<Response>\n  <Say>hi</Say>\n  <Dial timeout=\"9\"/>\n</Response>"},
		{"<Response></Response>", func(d *Doc) (Patch, error) { return d.SetDialAttr("timeout", "9") },
			"<Response>\n    <Dial timeout=\"9\"/>\n</Response>"},
		{"<Response>\n</Response>", func(d *Doc) (Patch, error) { return d.SetDialAttr("timeout", "") },
			"<Response>\n</Response>"},
		{"<Response><Dial><Number>1</Number></Dial></Response>", func(d *Doc) (Patch, error) { return d.AddSip("") },
			"<Response><Dial><Number>1</Number><Sip/></Dial></Response>"},
		{"<Response><Dial/></Response>", func(d *Doc) (Patch, error) { return d.AddSip("s") },
			"<Response><Dial>\n    <Sip>s</Sip>\n</Dial></Response>"},
		{"<Response><Dial><Sip/></Dial></Response>", func(d *Doc) (Patch, error) { return d.SetSipURI(0, "s") },
			"<Response><Dial><Sip>s</Sip></Dial></Response>"},
	}
	for _, tt := range tests {
		d, err := Read(tt.src)
		require.NoError(t, err, "%q", tt.src)
		p, err := tt.edit(d)
		require.NoError(t, err, "%q", tt.src)
		assert.Equal(t, tt.want, p.Apply(tt.src), "%q", tt.src)
	}
}

// Clearing a URI and typing another keeps the body's layout.
func TestClearThenTypeKeepsLayout(t *testing.T) {
	for _, nl := range []string{"\n", "\r\n"} {
		src := "<Response><Dial><Sip>" + nl + "      sip:a@b.c" + nl + "    </Sip></Dial></Response>"
		d, err := Read(src)
		require.NoError(t, err)
		p, err := d.SetSipURI(0, "")
		require.NoError(t, err)
		cleared := p.Apply(src)
		d, err = Read(cleared)
		require.NoError(t, err)
		p, err = d.SetSipURI(0, "sip:x@y.z")
		require.NoError(t, err)
		assert.Equal(t, strings.Replace(src, "sip:a@b.c", "sip:x@y.z", 1), p.Apply(cleared), "%q", src)
	}
}

func TestRefusals(t *testing.T) {
	src := "<Response><Dial><Sip><!-- c -->sip:a@b.c</Sip></Dial></Response>"
	d, err := Read(src)
	require.NoError(t, err)
	assert.Equal(t, []bool{false}, d.URIEditable)
	assert.Equal(t, []Part{{Start: 21, End: 40, What: "the body of <Sip> 1"}}, d.LeftAlone)
	_, err = d.SetSipURI(0, "x")
	assert.EqualError(t, err, "The body of <Sip> 1 holds more than a URI (a comment, CDATA or an element); edit it in the XML.")
	_, err = d.SetSipURI(1, "x")
	assert.EqualError(t, err, "There is no <Sip> 2.")
	_, err = d.MoveSip(0, 1)
	assert.EqualError(t, err, "There is no <Sip> 2.")
	_, err = d.SetDialAttr("statusCallbackEvent", "x")
	assert.EqualError(t, err, "<Dial> has no attribute statusCallbackEvent.")
	_, err = d.SetSipAttr(0, "timeout", "x")
	assert.EqualError(t, err, "<Sip> has no attribute timeout.")
}

// The builder's patches agree with the renderer: editing a rendered
// document gives the rendered edited document.
func TestPatchesMatchRender(t *testing.T) {
	base := twiml.Dial{Timeout: "20", Sips: []twiml.Sip{{URI: "sip:a@b.c"}, {URI: "sip:d@e.f", Username: "u"}}}
	tests := []struct {
		name string
		edit func(d *Doc) (Patch, error)
		want func(d *twiml.Dial)
	}{
		{"URI", func(d *Doc) (Patch, error) { return d.SetSipURI(1, "sip:x@y.z") }, func(d *twiml.Dial) { d.Sips[1].URI = "sip:x@y.z" }},
		{"move", func(d *Doc) (Patch, error) { return d.MoveSip(1, -1) }, func(d *twiml.Dial) { d.Sips[0], d.Sips[1] = d.Sips[1], d.Sips[0] }},
		{"remove", func(d *Doc) (Patch, error) { return d.RemoveSip(0) }, func(d *twiml.Dial) { d.Sips = d.Sips[1:] }},
		{"add", func(d *Doc) (Patch, error) { return d.AddSip("sip:n@m.o") }, func(d *twiml.Dial) { d.Sips = append(d.Sips, twiml.Sip{URI: "sip:n@m.o"}) }},
	}
	for _, tt := range tests {
		src := twiml.Render(base)
		d, err := Read(src)
		require.NoError(t, err)
		p, err := tt.edit(d)
		require.NoError(t, err, tt.name)
		want := base
		want.Sips = append([]twiml.Sip(nil), base.Sips...)
		tt.want(&want)
		assert.Equal(t, twiml.Render(want), p.Apply(src), tt.name)
	}
}
