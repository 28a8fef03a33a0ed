package state

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxDecodeAlloc bounds what one Decode may allocate, whatever the input:
// a 16 KiB fragment, at most 64 KiB unpacked, the strings cut from it, and
// the XML rendered from a builder that may hold it all (escaping can grow
// text six-fold). The worst case measured is about 2.2 MB.
const maxDecodeAlloc = 4 << 20

// allocated returns the bytes allocated while f ran.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// checkDecode holds Decode's promises for any fragment: no panic, bounded
// allocation, the default state and an *Error on damage, and on success a
// sane state that a new link carries exactly.
func checkDecode(t *testing.T, frag string) {
	var s State
	var err error
	n := allocated(func() { s, err = Decode(frag) })
	assert.LessOrEqual(t, n, uint64(maxDecodeAlloc), "allocation for %q", frag)
	if err != nil {
		var e *Error
		require.True(t, errors.As(err, &e), "error type for %q: %T", frag, err)
		assert.NotEmpty(t, e.Msg, frag)
		assert.Equal(t, Default(), s, "damage leaves the default state: %q", frag)
		return
	}
	assert.Contains(t, panes, s.Pane, frag)
	assert.Contains(t, []TwiMLMode{ModeBuilder, ModeXML}, s.Mode, frag)
	assert.Contains(t, []Source{SourceURL, SourceTwiml, SourceApplication}, s.Source, frag)
	assert.LessOrEqual(t, len(s.Dial.Sips), 10, frag)
	assert.True(t, utf8.ValidString(s.URI) && utf8.ValidString(s.XML), frag)
	again, err := Decode(Encode(s, true))
	require.NoError(t, err, "re-encoding the state of %q", frag)
	assert.Equal(t, s, again, "re-encoding the state of %q", frag)
}

func FuzzDecode(f *testing.F) {
	golden, _ := filepath.Glob("testdata/golden/v1/*.txt")
	for _, g := range golden {
		if b, err := os.ReadFile(g); err == nil {
			link := strings.TrimSpace(string(b))
			f.Add(link)
			f.Add(link[:len(link)/2])
		}
	}
	// Links as compress/flate writes them, next to the older ones above.
	for _, s := range roundTripStates() {
		f.Add(Encode(s, true))
	}
	f.Add("")
	f.Add("v1.")
	f.Fuzz(func(t *testing.T, frag string) {
		checkDecode(t, frag)
	})
}

func TestDecodeAllocationIsBounded(t *testing.T) {
	// The worst cases on purpose: a link that unpacks past the cap, one that
	// unpacks to just under it with text that escaping grows in the XML,
	// and a fragment at the size limit.
	bigAmp := strings.Repeat("\"", maxRaw-64)
	tests := map[string]string{
		"bomb":           pack(t, rec(4, strings.Repeat("x", 4*maxRaw))),
		"escaping":       pack(t, cat(rec(17, "sip:a@b"), rec(32, bigAmp))),
		"longest":        "v1." + strings.Repeat("A", MaxFragment-3),
		"just too long":  "v1." + strings.Repeat("A", MaxFragment),
		"random letters": "v1." + strings.Repeat("Zm9v", MaxFragment/4-1),
	}
	for name, frag := range tests {
		n := allocated(func() { _, _ = Decode(frag) })
		assert.LessOrEqual(t, n, uint64(maxDecodeAlloc), "%s: %d bytes", name, n)
	}
	s, err := Decode(tests["escaping"])
	require.NoError(t, err, "a state just under the cap opens")
	assert.Equal(t, twiml.Render(s.Dial), s.XML)
}
