package state

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inflateWith is compress/flate's reading of z with dict: the reference
// decoder the links are read with.
func inflateWith(t *testing.T, dict string, z []byte) string {
	t.Helper()
	r := flate.NewReaderDict(bytes.NewReader(z), []byte(dict))
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	return string(out)
}

func TestDeflateIsReadByCompressFlate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	randomText := func(n int, alphabet string) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	allBytes := make([]byte, 256)
	for i := range allBytes {
		allBytes[i] = byte(i)
	}
	tests := map[string]struct{ dict, src string }{
		"empty":                   {"", ""},
		"one byte":                {"", "x"},
		"every byte value":        {"", string(allBytes) + string(allBytes)},
		"run of 258":              {"", strings.Repeat("a", 259)},
		"run of 1000":             {"", strings.Repeat("ab", 500)},
		"every match length":      {"", lengthsText()},
		"matches from the dict":   {dictV1, "sip:kate@example.com http://www.example.com/sipdial.xml"},
		"dict only match at 0":    {"abcdef", "abcdef"},
		"far matches":             {"", randomText(40000, "ab") + randomText(30000, "abcdefgh")},
		"beyond the window":       {"", randomText(33000, "0123456789abcdef") + randomText(33000, "0123456789abcdef")},
		"random text":             {dictV1, randomText(5000, "sip:@.;=?&<>\" /abcdefghij")},
		"incompressible":          {"", randomText(3000, string(allBytes))},
		"dict longer than source": {dictV1, "s"},
	}
	for name, tt := range tests {
		got := inflateWith(t, tt.dict, deflate(tt.dict, tt.src))
		assert.Equal(t, tt.src, got, name)
	}
	for i := range 300 {
		src := randomText(r.IntN(2000), "abc\x00\xff")
		assert.Equal(t, src, inflateWith(t, dictV1, deflate(dictV1, src)), "random input %d", i)
	}
}

// lengthsText repeats a unique block at every length from 3 to 258, so the
// compressor writes each length code with each extra-bits value.
func lengthsText() string {
	var b strings.Builder
	for n := 3; n <= 258; n++ {
		block := strings.Repeat(string(rune('a'+n%26)), 1) + strings.Repeat("xyz", 100)[:n-1]
		b.WriteString(block)
		b.WriteString("|")
		b.WriteString(block)
		b.WriteString("#")
	}
	return b.String()
}

func TestDeflateCompresses(t *testing.T) {
	// The dictionary must do its job: a vendor URI costs a few bytes.
	z := deflate(dictV1, "sip:kate@example.com")
	assert.Less(t, len(z), 8, "a URI from the dictionary")
	z = deflate("", strings.Repeat("sip:alice@example.com;", 100))
	assert.Less(t, len(z), 60, "a repeated text")
}

func FuzzDeflate(f *testing.F) {
	f.Add("")
	f.Add("sip:kate@example.com")
	f.Add(strings.Repeat("ab", 300))
	f.Add(lengthsText())
	f.Fuzz(func(t *testing.T, src string) {
		assert.Equal(t, src, inflateWith(t, dictV1, deflate(dictV1, src)), "input %q", src)
		assert.Equal(t, src, inflateWith(t, "", deflate("", src)), "input %q without a dictionary", src)
	})
}
