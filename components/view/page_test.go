package view

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/highlight"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func field(fs []Field, name string) (Field, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

func TestPageDefault(t *testing.T) {
	var d Deriver
	p := d.Page(state.Default(), "")

	assert.Equal(t, "valid", p.URI.Status, "the default URI is valid")
	assert.Empty(t, p.URI.Items)
	require.NotEmpty(t, p.Explain)
	assert.Equal(t, Row{Part: "scheme", Value: "sip", Meaning: p.Explain[0].Meaning}, p.Explain[0])

	assert.Equal(t, "valid", p.XML.Status, "the default document checks clean")
	assert.Empty(t, p.ParseNote)
	require.Len(t, p.Sips, 1)
	assert.Equal(t, "sip:alice@example.sip.twilio.com", p.Sips[0].URI.Text)

	assert.Equal(t, "To=sip%3Aalice%40example.sip.twilio.com&From=%2B15005550006&Url=https%3A%2F%2Fexample.com%2Ftwiml%2Fdial-sip.xml", p.FormBody)
	assert.Contains(t, p.Curl, "--data-urlencode")
	assert.Equal(t, "valid", p.Call.Status)
	assert.Equal(t, "SIP URI: valid. TwiML: valid. Call request: valid.", p.Announce)

	require.NotEmpty(t, p.DialCommon)
	assert.Equal(t, "callerId", p.DialCommon[0].Name, "common <Dial> attributes come first")
	assert.Len(t, append(p.DialCommon, p.DialMore...), len(attributeFields(twiml.Dial{})), "every <Dial> attribute")
	assert.Len(t, append(p.CallCommon, p.CallMore...), len(requestFields())-3, "every parameter but the three sources")
	to, ok := field(p.CallCommon, "To")
	require.True(t, ok)
	assert.Equal(t, "sip:alice@example.sip.twilio.com", to.Value)
	require.Len(t, p.Sources, 3)
	assert.Equal(t, p.State.XML, p.Sources[1].Value, "the Twiml source shows pane 2's document")
}

func TestPageFindings(t *testing.T) {
	var d Deriver
	s := SetURI(state.Default(), "sip:al ice@example.com")
	s = SetCall(s, "From", "bad from!")
	p := d.Page(s, "")

	require.NotEmpty(t, p.URI.Items)
	assert.Equal(t, "syntax", p.URI.Items[0].Code)
	assert.Equal(t, "error", p.URI.Items[0].Severity)
	assert.Equal(t, "col 7", p.URI.Items[0].Where, "the space is the 7th byte")
	assert.NotEqual(t, "valid", p.URI.Status)
	assert.Equal(t, "error", p.URI.Level)

	from, ok := field(p.CallCommon, "From")
	require.True(t, ok)
	assert.True(t, from.Invalid, "a From with a space and ! is an error for a SIP call")
	codes := map[string]string{}
	for _, it := range p.Call.Items {
		codes[it.Code] = it.Where
	}
	assert.Equal(t, "From", codes["from"], "the from finding names its parameter")
	assert.True(t, strings.HasPrefix(p.Announce, "SIP URI: "+p.URI.Status+"."))
}

func TestPageXMLMode(t *testing.T) {
	var d Deriver
	s := SetXML(state.Default(), "<Response><Say>hi</Say></Response>")
	s.Mode = state.ModeXML
	p := d.Page(s, "")
	assert.Equal(t, "The builder edits the first <Dial> and its <Sip> nouns, and leaves the rest as written: <Say>. Edit those in the XML.", p.ParseNote)
	assert.False(t, p.BuilderReadOnly)
	assert.Equal(t, "<Response><Say>hi</Say></Response>", p.XML.Text)

	s.Mode = state.ModeBuilder
	assert.Equal(t, p.ParseNote, d.Page(s, "").ParseNote, "the builder says the same in its own mode")

	s = SetXML(s, "<Response><Say>hi</Say>")
	p = d.Page(s, "")
	assert.True(t, p.BuilderReadOnly, "a broken document leaves the builder read-only")
	assert.Equal(t, "The XML does not parse (line 1, column 24: the document ends before </Response>), so the builder is read-only until it does.", p.ParseNote)
}

func TestPageRemembers(t *testing.T) {
	var d Deriver
	s := SetSip(state.Default(), 0, "uri", "sip:other@example.com") // not linked to pane 1
	a := d.Page(s, "")
	b := d.Page(s, "")
	assert.Equal(t, a, b, "the same state gives the same page")
	c := d.Page(SetURI(s, "sip:x@example.com"), "")
	assert.Equal(t, a.XML, c.XML, "a URI edit leaves pane 2's document view as it was")
	assert.NotEqual(t, a.URI, c.URI)
}

func TestHighlightWaitsForPauseOnLongTexts(t *testing.T) {
	var d Deriver
	short := state.Default()
	p := d.Page(short, "")
	assert.NotEmpty(t, p.URI.HTML, "a short URI is highlighted at once")
	assert.NotEmpty(t, p.XML.HTML, "a short document is highlighted at once")
	assert.Empty(t, p.CurlHTML, "curl waits for a pause")

	long := SetURI(short, "sip:alice@example.com?X-Pad="+strings.Repeat("p", 1100))
	long = SetSip(long, 0, "uri", long.URI)
	p = d.Page(long, "")
	assert.Empty(t, p.URI.HTML, "a long URI shows plain while typing")
	assert.Empty(t, p.Sips[0].URI.HTML, "a long noun URI shows plain while typing")
	assert.Empty(t, p.XML.HTML, "a long document shows plain while typing")
	require.Len(t, p.URI.Items, 1, "its findings are not delayed")
	assert.Equal(t, "headers-too-long", p.URI.Items[0].Code, "a 1106-byte headers part is too long")

	require.True(t, d.HighlightPending(), "something was pending")
	p = d.Page(long, "")
	for name, html := range map[string]string{"uri": p.URI.HTML, "noun": p.Sips[0].URI.HTML, "xml": p.XML.HTML, "curl": p.CurlHTML} {
		assert.NotEmpty(t, html, "%s highlighted after the pause", name)
	}
	assert.False(t, d.HighlightPending(), "nothing left")
}

func TestDeferHighlightLeavesEveryTextForHighlightNext(t *testing.T) {
	s := SetURI(state.Default(), "sip:alice@")
	s = SetSip(AddSip(s), 1, "uri", "sips:bob@example.com;transport=tls")
	d := Deriver{DeferHighlight: true}
	p := d.Page(s, "")
	for name, html := range map[string]string{"uri": p.URI.HTML, "noun 0": p.Sips[0].URI.HTML, "noun 1": p.Sips[1].URI.HTML, "xml": p.XML.HTML, "curl": p.CurlHTML} {
		assert.Empty(t, html, "%s is plain while highlighting is deferred", name)
	}
	require.NotEmpty(t, p.URI.Items, "findings are not deferred: %q", s.URI)

	// One text per call, pane 1 first; what each gets is what highlight
	// makes of the text and its findings.
	want := []struct {
		name string
		html func(Page) string
		is   string
	}{
		{"uri", func(p Page) string { return p.URI.HTML }, highlight.URI(s.URI, sipuri.Check(s.URI))},
		{"xml", func(p Page) string { return p.XML.HTML }, highlight.TwiML(s.XML, twiml.Check(s.XML))},
		{"noun 0", func(p Page) string { return p.Sips[0].URI.HTML }, highlight.URI(s.Dial.Sips[0].URI, sipuri.Check(s.Dial.Sips[0].URI))},
		{"noun 1", func(p Page) string { return p.Sips[1].URI.HTML }, highlight.URI(s.Dial.Sips[1].URI, sipuri.Check(s.Dial.Sips[1].URI))},
		{"curl", func(p Page) string { return p.CurlHTML }, highlight.Bash(p.Curl)},
	}
	for i, w := range want {
		require.True(t, d.HighlightNext(), "step %d (%s) had something to highlight", i, w.name)
		p = d.Page(s, "")
		assert.Equal(t, w.is, w.html(p), "step %d highlights %s", i, w.name)
		for _, later := range want[i+1:] {
			assert.Empty(t, later.html(p), "step %d leaves %s for later", i, later.name)
		}
	}
	assert.False(t, d.HighlightNext(), "nothing left after %d steps", len(want))

	d.DeferHighlight = false
	p = d.Page(SetURI(s, "sip:carol@example.com"), "")
	assert.NotEmpty(t, p.URI.HTML, "once the start is over, a keystroke's URI is highlighted at once")
}

// TestPaneFirst checks Pane against an independent Deriver's Page: the
// typed pane shows what Page would, every other pane what it showed
// before, and the Page after it is the one a fresh Deriver computes.
func TestPaneFirst(t *testing.T) {
	base := state.Default()
	xmlMode := SetSource(base, state.SourceTwiml)
	xmlMode, _ = Apply(xmlMode, Action{Kind: ActXML}, twiml.Render(twiml.Dial{Sips: []twiml.Sip{{URI: "sip:a@example.com"}}}))
	cases := []struct {
		name   string
		before state.State
		act    Action
		text   string
		pane   state.Pane
	}{
		{"URI typed", base, Action{Kind: ActURI}, "sip:bob@example.com;transport=tls", state.PaneURI},
		{"URI typed into an error", base, Action{Kind: ActURI}, "sip:bob@@example.com", state.PaneURI},
		{"document typed", xmlMode, Action{Kind: ActXML}, strings.Replace(xmlMode.XML, "sip:a@", "sip:b@", 1), state.PaneTwiML},
		{"document typed into an error", xmlMode, Action{Kind: ActXML}, strings.Replace(xmlMode.XML, "</Dial>", "</Dail>", 1), state.PaneTwiML},
		{"builder field typed", base, Action{Kind: ActDial, Name: "timeout"}, "45", state.PaneTwiML},
		{"call field typed", base, Action{Kind: ActCall, Name: "Timeout"}, "45", state.PaneCall},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var d Deriver
			last := d.Page(c.before, "")
			s, ok := Apply(c.before, c.act, c.text)
			require.True(t, ok, "Apply(%+v, %q)", c.act, c.text)

			var fresh Deriver
			want := fresh.Page(s, "")
			got := d.Pane(s, c.pane, last)
			switch c.pane {
			case state.PaneURI:
				assert.Equal(t, want.URI, got.URI, "pane 1 after typing %q", c.text)
				assert.Equal(t, want.Explain, got.Explain, "pane 1 after typing %q", c.text)
				assert.Equal(t, last.XML, got.XML, "pane 2 waits after typing %q", c.text)
				assert.Equal(t, last.Sips, got.Sips, "pane 2 waits after typing %q", c.text)
			case state.PaneTwiML:
				assert.Equal(t, want.XML, got.XML, "pane 2 after typing %q", c.text)
				assert.Equal(t, want.DialCommon, got.DialCommon, "pane 2 after typing %q", c.text)
				assert.Equal(t, want.Sips, got.Sips, "pane 2 after typing %q", c.text)
				assert.Equal(t, last.URI, got.URI, "pane 1 waits after typing %q", c.text)
			default:
				assert.Equal(t, want, got, "the call pane derives the whole page after typing %q", c.text)
			}
			if c.pane != state.PaneCall {
				assert.Equal(t, last.State, got.State, "the other panes keep the state they show")
				assert.Equal(t, last.Call, got.Call, "pane 3 waits after typing %q", c.text)
				assert.Equal(t, last.Curl, got.Curl, "pane 3 waits after typing %q", c.text)
			}
			assert.Contains(t, got.Announce, "SIP URI: "+got.URI.Status+".", "the announcement follows the typed pane")
			assert.Equal(t, want, d.Page(s, ""), "the Page after Pane is a fresh Deriver's")
		})
	}
}

// A document with more nouns than a <Dial> holds keeps them all, but the
// builder shows a form for the first MaxSips only and counts the rest.
func TestPageBuilderShowsAtMostMaxSips(t *testing.T) {
	for _, n := range []int{1, MaxSips, MaxSips + 1, 600} {
		s := state.Default()
		s.Dial.Sips = make([]twiml.Sip, n)
		for i := range s.Dial.Sips {
			s.Dial.Sips[i].URI = "sip:user" + strconv.Itoa(i) + "@example.com"
		}
		s.XML = twiml.Render(s.Dial)
		var d Deriver
		p := d.Page(s, "")
		shown := min(n, MaxSips)
		require.Len(t, p.Sips, shown, "%d nouns", n)
		assert.Equal(t, n-shown, p.SipsHidden, "%d nouns", n)
		assert.Equal(t, "sip:user"+strconv.Itoa(shown-1)+"@example.com", p.Sips[shown-1].URI.Text, "%d nouns: the builder's last form", n)
	}
}
