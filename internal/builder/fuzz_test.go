package builder

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzEdits: on any input, Read does not panic, and on a document it reads,
// every edit gives a patch within the document whose result reads again.
func FuzzEdits(f *testing.F) {
	f.Add(mixed)
	f.Add("<Response><Dial/></Response>")
	f.Add("<Response/>")
	f.Add("<Response><Dial><Sip><![CDATA[sip:a@b.c]]></Sip><Sip>\r\n x \r\n</Sip></Dial><Dial/></Response>")
	f.Add("<Response>\r\n\t<Dial a='1'\r\n\t\tb=\"2\">\r\n\t\t<Sip/>\r\n\t</Dial>\r\n</Response>")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Read(src)
		if err != nil {
			return
		}
		edits := []func() (Patch, error){
			func() (Patch, error) { return d.SetDialAttr("timeout", "1&\"'<") },
			func() (Patch, error) { return d.SetDialAttr("timeout", "") },
			func() (Patch, error) { return d.AddSip(" sip:a@b.c ") },
		}
		for n := range d.Dial.Sips {
			edits = append(edits,
				func() (Patch, error) { return d.SetSipAttr(n, "username", "\t") },
				func() (Patch, error) { return d.SetSipAttr(n, "username", "") },
				func() (Patch, error) { return d.SetSipURI(n, "sip:x]]>&") },
				func() (Patch, error) { return d.RemoveSip(n) },
				func() (Patch, error) { return d.MoveSip(n, 1) },
			)
		}
		for i, edit := range edits {
			p, err := edit()
			if err != nil {
				continue
			}
			require.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(src), "edit %d: patch %+v out of %q", i, p, src)
			out := p.Apply(src)
			_, err = Read(out)
			require.NoError(t, err, "edit %d on %q gives %q", i, src, out)
		}
	})
}
