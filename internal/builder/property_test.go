package builder

import (
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The property: for random documents and random builder edits, the
// patched document reads back as the intended model (the edit applied to
// the Dial struct, an oracle independent of the patch code), what the
// builder leaves alone is still there byte for byte, and the patch lies
// within the element it edits. Documents without extras are also read
// with twiml.ParseDial, the strict reader, as a second oracle.
func TestPatchProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 2026))
	for i := range 4000 {
		g := &gen{r: r, extras: r.IntN(3) > 0, crlf: r.IntN(8) == 0}
		model := g.dial()
		src := g.document(model)
		d, err := Read(src)
		require.NoError(t, err, "case %d: %q", i, src)
		require.Equal(t, model, d.Dial, "case %d reads back wrong: %q", i, src)

		e := g.edit(len(model.Sips))
		p, err := e.apply(d)
		require.NoError(t, err, "case %d: %s on %q", i, e.name, src)
		want := cloneDial(model)
		e.model(&want)
		want = normalize(want)

		out := p.Apply(src)
		require.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(src), "case %d: %s: patch %+v out of bounds", i, e.name, p)
		d2, err := Read(out)
		require.NoError(t, err, "case %d: %s on %q gives %q", i, e.name, src, out)
		assert.Equal(t, want, d2.Dial, "case %d: %s on %q gives %q", i, e.name, src, out)
		if !g.extras {
			strict, err := twiml.ParseDial(out)
			require.NoError(t, err, "case %d: %q", i, out)
			assert.Equal(t, want, normalize(strict), "case %d: %s gives %q", i, e.name, out)
		}

		// Bytes outside the edited element stay: the patch lies within it.
		lo, hi := e.bounds(d)
		noop := p.Start == p.End && p.NewText == ""
		assert.True(t, noop || lo <= p.Start && p.End <= hi, "case %d: %s: patch %+v outside [%d,%d) in %q", i, e.name, p, lo, hi, src)
		// What the builder leaves alone is kept, apart from the removed
		// noun's own attributes.
		assert.Equal(t, keptParts(src, d, e), keptParts(out, d2, edit{removes: -1}), "case %d: %s: %q -> %q", i, e.name, src, out)
		if t.Failed() {
			return
		}
	}
}

// keptParts returns the sorted texts of the parts d leaves alone, without
// those inside the noun that e removes.
func keptParts(src string, d *Doc, e edit) []string {
	var out []string
	for _, p := range d.LeftAlone {
		if e.removes >= 0 && e.removes < len(d.sips) && d.sips[e.removes].Start <= p.Start && p.End <= d.sips[e.removes].End {
			continue
		}
		out = append(out, src[p.Start:p.End])
	}
	slices.Sort(out)
	return out
}

func normalize(d twiml.Dial) twiml.Dial {
	if len(d.Sips) == 0 {
		d.Sips = nil
	}
	return d
}

func cloneDial(d twiml.Dial) twiml.Dial {
	d.Sips = slices.Clone(d.Sips)
	return d
}

// gen writes random documents in random styles.
type gen struct {
	r      *rand.Rand
	extras bool // other verbs, nouns, attributes and comments
	crlf   bool
}

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }

// value returns a random attribute or URI value, with characters that
// need escaping now and then.
func (g *gen) value() string {
	var b strings.Builder
	for range 1 + g.r.IntN(8) {
		b.WriteString(g.pick("a", "sip:", "@", "x.y", "&", "<", ">", `"`, "'", "é", "☎", "1", "-", ";", "?", "=", "\t", " "))
	}
	return b.String()
}

// uri is a random <Sip> body: without outer whitespace, which a document
// cannot carry literally.
func (g *gen) uri() string {
	if g.r.IntN(6) == 0 {
		return ""
	}
	return strings.TrimSpace(g.value()) // the test's oracle trims, the package trims literal whitespace
}

func (g *gen) dial() twiml.Dial {
	var d twiml.Dial
	for _, a := range twiml.DialAttributes {
		if g.r.IntN(6) == 0 {
			*a.Field(&d) = g.value()
		}
	}
	for range g.r.IntN(5) {
		var s twiml.Sip
		for _, a := range twiml.SipAttributes {
			if g.r.IntN(8) == 0 {
				*a.Field(&s) = g.value()
			}
		}
		s.URI = g.uri()
		d.Sips = append(d.Sips, s)
	}
	return d
}

// escape escapes s with encoding/xml's escaper, an independent oracle of
// twiml's own.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (g *gen) space() string { return g.pick(" ", "  ", "\n\t", "\n    ") }

func (g *gen) nl() string {
	if g.crlf {
		return "\r\n"
	}
	return "\n"
}

// attrs writes set attribute values in a random order, with unknown
// attributes among them when extras.
func (g *gen) attrs(names []string, values []string) string {
	type kv struct{ k, v string }
	var list []kv
	for i, n := range names {
		if values[i] != "" {
			list = append(list, kv{n, values[i]})
		}
	}
	if g.extras && g.r.IntN(3) == 0 {
		list = append(list, kv{g.pick("foo", "data-x", "Timeout"), g.value()})
	}
	g.r.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	var b strings.Builder
	for _, a := range list {
		q := g.pick(`"`, "'")
		fmt.Fprintf(&b, "%s%s%s=%s%s%s%s", g.space(), a.k, g.pick("", " "), g.pick("", " "), q, escape(a.v), q)
	}
	if g.r.IntN(4) == 0 {
		b.WriteString(g.space())
	}
	return b.String()
}

// extra returns another verb, a comment or a processing instruction, or
// nothing. A second <Dial> comes only after the builder's.
func (g *gen) extra(level string, after bool) string {
	if !g.extras || g.r.IntN(2) == 0 {
		return ""
	}
	verbs := []string{"<Say>hi &amp; bye</Say>", "<!-- a comment -->", "<Hangup/>", "<Pause length='1'/>", "<?pi x?>"}
	if after {
		verbs = append(verbs, "<Dial><Number>+15551230000</Number></Dial>")
	}
	return g.nl() + level + g.pick(verbs...)
}

func (g *gen) noun(level string) string {
	if !g.extras || g.r.IntN(3) > 0 {
		return ""
	}
	return g.nl() + level + g.pick("<Number>+15551234567</Number>", "<!-- noun -->", "<Client>bob</Client>")
}

func (g *gen) document(d twiml.Dial) string {
	nl := g.nl()
	var b strings.Builder
	if g.r.IntN(2) == 0 {
		b.WriteString(twiml.Declaration + nl)
	}
	b.WriteString("<Response>")
	b.WriteString(g.extra("  ", false))
	b.WriteString(nl + "  <Dial")
	var names, values []string
	for _, a := range twiml.DialAttributes {
		names = append(names, a.Name)
		values = append(values, *a.Field(&d))
	}
	b.WriteString(g.attrs(names, values))
	b.WriteString(">")
	for i := range d.Sips {
		s := &d.Sips[i]
		b.WriteString(g.noun("    "))
		b.WriteString(nl + "    <Sip")
		names, values = names[:0], values[:0]
		for _, a := range twiml.SipAttributes {
			names = append(names, a.Name)
			values = append(values, *a.Field(s))
		}
		b.WriteString(g.attrs(names, values))
		switch {
		case s.URI == "" && g.r.IntN(2) == 0:
			b.WriteString("/>")
		default:
			pad := g.pick("", "", nl+"      ", " ")
			b.WriteString(">" + pad + escape(s.URI) + strings.TrimPrefix(pad, "\r") + "</Sip>")
		}
	}
	b.WriteString(g.noun("    "))
	b.WriteString(nl + "  </Dial>")
	b.WriteString(g.extra("  ", true))
	b.WriteString(nl + "</Response>" + g.pick("", nl))
	return b.String()
}

// An edit is one builder edit with its effect on the model.
type edit struct {
	name    string
	apply   func(d *Doc) (Patch, error)
	model   func(m *twiml.Dial)
	bounds  func(d *Doc) (lo, hi int) // where the patch may lie
	removes int                       // the noun it removes, or -1
}

func (g *gen) edit(nouns int) edit {
	v := g.value()
	if g.r.IntN(4) == 0 {
		v = ""
	}
	n := g.r.IntN(max(nouns, 1))
	dialTag := func(d *Doc) (int, int) { return d.dial.Start, d.dial.OpenEnd }
	noun := func(d *Doc) (int, int) { return d.sips[n].Start, d.sips[n].End }
	kinds := []string{"dial-attr", "add"}
	if nouns > 0 {
		kinds = append(kinds, "sip-attr", "uri", "remove")
	}
	if nouns > 1 {
		kinds = append(kinds, "move")
	}
	switch g.pick(kinds...) {
	case "dial-attr":
		a := twiml.DialAttributes[g.r.IntN(len(twiml.DialAttributes))]
		return edit{name: "set <Dial " + a.Name + "=" + v + ">", removes: -1,
			apply:  func(d *Doc) (Patch, error) { return d.SetDialAttr(a.Name, v) },
			model:  func(m *twiml.Dial) { *a.Field(m) = v },
			bounds: dialTag}
	case "sip-attr":
		a := twiml.SipAttributes[g.r.IntN(len(twiml.SipAttributes))]
		return edit{name: fmt.Sprintf("set <Sip %d %s=%s>", n, a.Name, v), removes: -1,
			apply:  func(d *Doc) (Patch, error) { return d.SetSipAttr(n, a.Name, v) },
			model:  func(m *twiml.Dial) { *a.Field(&m.Sips[n]) = v },
			bounds: noun}
	case "uri":
		if g.r.IntN(4) == 0 {
			v = " " + v + "\n" // outer whitespace is kept, as references
		}
		return edit{name: fmt.Sprintf("set URI %d to %q", n, v), removes: -1,
			apply:  func(d *Doc) (Patch, error) { return d.SetSipURI(n, v) },
			model:  func(m *twiml.Dial) { m.Sips[n].URI = v },
			bounds: noun}
	case "remove":
		return edit{name: fmt.Sprintf("remove %d", n), removes: n,
			apply: func(d *Doc) (Patch, error) { return d.RemoveSip(n) },
			model: func(m *twiml.Dial) { m.Sips = slices.Delete(m.Sips, n, n+1) },
			bounds: func(d *Doc) (int, int) {
				// the noun and the whitespace around it
				lo, hi := d.sips[n].Start, d.sips[n].End
				for lo > 0 && isSpace(d.src[lo-1]) {
					lo--
				}
				for hi < len(d.src) && (d.src[hi] == ' ' || d.src[hi] == '\t') {
					hi++
				}
				return lo, hi
			}}
	case "move":
		delta := 1
		if n == nouns-1 || (n > 0 && g.r.IntN(2) == 0) {
			delta = -1
		}
		return edit{name: fmt.Sprintf("move %d by %d", n, delta), removes: -1,
			apply: func(d *Doc) (Patch, error) { return d.MoveSip(n, delta) },
			model: func(m *twiml.Dial) { m.Sips[n], m.Sips[n+delta] = m.Sips[n+delta], m.Sips[n] },
			bounds: func(d *Doc) (int, int) {
				return d.sips[min(n, n+delta)].Start, d.sips[max(n, n+delta)].End
			}}
	}
	uri := g.uri()
	return edit{name: "add " + uri, removes: -1,
		apply: func(d *Doc) (Patch, error) { return d.AddSip(uri) },
		model: func(m *twiml.Dial) { m.Sips = append(m.Sips, twiml.Sip{URI: uri}) },
		bounds: func(d *Doc) (int, int) {
			return d.dial.OpenEnd, max(d.dial.CloseStart, d.dial.OpenEnd)
		}}
}
