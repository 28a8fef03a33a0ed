package calls_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/e2e/sdk"
)

// FuzzImport holds that Import reads any text without panicking, in work
// bounded by the text's length (one pass; the fuzzer's corpus is in
// testdata/fuzz/FuzzImport), with every finding's span inside the text, and
// that whatever it reads comes back unchanged through Curl.
func FuzzImport(f *testing.F) {
	for _, r := range sdk.Requests(false) {
		f.Add(calls.Curl(r))
		f.Add(calls.Snippet(r, "cli"))
		f.Add(calls.FormBody(r))
	}
	for _, tt := range importFindings {
		f.Add(tt.text)
	}
	f.Add("curl $'\\x41\\u00e9\\U0001F600\\101\\c[' \"${a:-$(b \"c\")}\" `d` $ \\")
	f.Fuzz(func(t *testing.T, text string) {
		r, ds := calls.Import(text)
		for _, d := range ds {
			require.True(t, 0 <= d.Start && d.Start <= d.End && d.End <= len(text), "span %d-%d of %+v in %q", d.Start, d.End, d, text)
			assert.NotEmpty(t, d.Message, "%+v", d)
			assert.NotEmpty(t, d.Code, "%+v", d)
		}
		curl := calls.Curl(r)
		again, _ := calls.Import(curl)
		assert.Equal(t, normal(r), again, "Import(Curl(Import(%q))):\n%s", text, curl)
		assert.False(t, strings.Contains(curl, "\x00"), "Curl never writes a NUL byte")
	})
}
