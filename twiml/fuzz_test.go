package twiml

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func FuzzCheck(f *testing.F) {
	for _, ex := range vendorExamples {
		f.Add(ex.xml)
	}
	f.Add(sipDoc(` statusCallbackEvent="initiated,ringing" method="get"`, "sip:a@b.c?x-a=1&x-b=2"))
	f.Add(doc(`<dial Timeout="3"><Sip>&lt;sip:a@b.c&gt;</Sip><sip/></dial>`))
	f.Add("<Response><Dial><Sip><![CDATA[ sip:a@b.c;transport=TLS ]]>&#x20;</Sip>")
	f.Add(sipDoc("", "&lt;sip:a@b.c;transport=TCP&gt;"))
	f.Add(sipDoc("", "\n a@b.c;region=xx1?y=1&amp;amp;z=2&#x20;\n"))
	f.Fuzz(func(t *testing.T, src string) {
		ds := Check(src)
		for i, d := range ds {
			require.True(t, 0 <= d.Start && d.Start <= d.End && d.End <= len(src), "span %d-%d of %s out of bounds in %q", d.Start, d.End, d.Code, src)
			if i > 0 {
				require.LessOrEqual(t, ds[i-1].Start, d.Start, "not sorted: %q", src)
			}
			if d.Fix == nil {
				continue
			}
			require.True(t, 0 <= d.Fix.Start && d.Fix.Start <= d.Fix.End && d.Fix.End <= len(src), "fix of %s out of bounds in %q", d.Code, src)
			if _, own := severities[d.Code]; !own {
				checkMovedFix(t, src, d)
				continue
			}
			after := d.Fix.Apply(src)
			for _, e := range Check(after) {
				require.False(t, e.Code == d.Code && e.Start == d.Start && e.Message == d.Message,
					"the fix %q leaves %s at %d: %q -> %q", d.Fix.NewText, d.Code, d.Start, src, after)
			}
		}
		line, col := Position(src, len(src))
		require.Positive(t, line)
		require.Positive(t, col)
	})
}

// checkedSips returns the <Sip> elements whose bodies Check hands to
// sipuri, in document order, with their trimmed URIs.
func checkedSips(src string) (sips []*element, uris []string, bodies []*decoded, starts []int) {
	doc := parseXML(src)
	if doc.Root == nil {
		return
	}
	for _, dial := range doc.Root.Children {
		if dial.Name != "Dial" || !dial.Closed {
			continue
		}
		for _, e := range dial.Children {
			if e.Name == "Sip" && len(e.Children) == 0 {
				body := decodeText(src, e)
				a, b := body.trim(src)
				sips = append(sips, e)
				uris = append(uris, string(body.s[a:b]))
				bodies = append(bodies, body)
				starts = append(starts, a)
			}
		}
	}
	return
}

// checkMovedFix checks that sipuri finding d, moved into src, carries a fix
// that changes the <Sip> body exactly as sipuri's fix changes the URI.
func checkMovedFix(t *testing.T, src string, d Diagnostic) {
	sips, uris, bodies, starts := checkedSips(src)
	k := -1
	for i, e := range sips {
		if e.Start <= d.Start && d.End <= e.End {
			k = i
		}
	}
	require.GreaterOrEqual(t, k, 0, "%s at %d is in no <Sip> of %q", d.Code, d.Start, src)
	var want string
	found := false
	for _, sd := range sipuri.Check(uris[k]) {
		if sd.Code != d.Code || sd.Message != d.Message || sd.Fix == nil || found {
			continue
		}
		if start, end := bodies[k].span(starts[k]+sd.Start, starts[k]+sd.End); start == d.Start && end == d.End {
			want, found = sd.Fix.Apply(uris[k]), true
		}
	}
	require.True(t, found, "%s at %d-%d is not a sipuri finding of %q", d.Code, d.Start, d.End, uris[k])
	after := d.Fix.Apply(src)
	sips2, uris2, _, _ := checkedSips(after)
	require.Len(t, sips2, len(sips), "the fix changed the elements: %q -> %q", src, after)
	// Whitespace that a fix writes at either end of the URI is literal, so
	// the body loses it.
	if got := uris2[k]; got != strings.Trim(xmlSafe(want), " \t\r\n") {
		assert.Equal(t, xmlSafe(want), got, "fix of %s: %q -> %q", d.Code, src, after)
	}
}

// xmlSafe is what a string becomes in an XML document: characters XML 1.0
// cannot carry are replaced by U+FFFD.
func xmlSafe(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func FuzzRender(f *testing.F) {
	f.Add("sip:alice@example.com", "sip:bob@example.com?x-a=1&x-b=2", "https://example.com/a?b=1&c=2", "a\"b<c>\t\n\r", uint16(0))
	f.Add(" \t", "", "]]>&amp;", "'", uint16(77))
	f.Add("\x00\xff\uFFFE", "&#x20;", "", "x", uint16(279))
	f.Fuzz(func(t *testing.T, uri1, uri2, v1, v2 string, pick uint16) {
		var d Dial
		*DialAttributes[int(pick)%len(DialAttributes)].Field(&d) = v1
		d.Sips = []Sip{{URI: uri1}, {URI: uri2}}
		*SipAttributes[int(pick/32)%len(SipAttributes)].Field(&d.Sips[pick%2]) = v2
		out := Render(d)
		for _, diag := range Check(out) {
			assert.NotContains(t, []string{CodeXMLSyntax, CodeUnknownElement, CodeUnknownAttribute}, diag.Code,
				"%s at %d (%s) in\n%s", diag.Code, diag.Start, diag.Message, out)
		}
		got, err := ParseDial(out)
		require.NoError(t, err, out)
		want := d
		want.Sips = nil
		for _, f := range DialAttributes {
			*f.Field(&want) = xmlSafe(*f.Field(&d))
		}
		for _, s := range d.Sips {
			w := Sip{URI: xmlSafe(s.URI)}
			for _, f := range SipAttributes {
				*f.Field(&w) = xmlSafe(*f.Field(&s))
			}
			want.Sips = append(want.Sips, w)
		}
		assert.Equal(t, want, got, "ParseDial of\n%s", out)
	})
}
