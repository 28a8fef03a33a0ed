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

// compressFlate is compress/flate's compression of src with dictV1 at this
// level, after each of the writes that split src at the cuts.
func compressFlate(t *testing.T, level int, src string, cuts ...int) []byte {
	t.Helper()
	var z bytes.Buffer
	w, err := flate.NewWriterDict(&z, level, []byte(dictV1))
	require.NoError(t, err)
	from := 0
	for _, c := range append(cuts, len(src)) {
		_, err = w.Write([]byte(src[from:c]))
		require.NoError(t, err)
		require.NoError(t, w.Flush()) // ends a block, then an empty stored one
		from = c
	}
	require.NoError(t, w.Close())
	return z.Bytes()
}

// inflateOK is inflate's reading of z, which must succeed.
func inflateOK(t *testing.T, z []byte) string {
	t.Helper()
	out, msg := inflate(z)
	require.Empty(t, msg, "% x", z)
	return string(out)
}

func TestInflateReadsEveryBlockType(t *testing.T) {
	// Stored, fixed-Huffman and dynamic blocks, several in one stream,
	// matches into the dictionary, with or without the final flateTail.
	long := strings.Repeat("sip:kate@example.com;transport=tls ", 3000) // > 64 KiB: stored blocks are at most 65535 bytes
	tests := []struct {
		name  string
		level int
		src   string
		cuts  []int
	}{
		{"stored, empty", flate.NoCompression, "", nil},
		{"stored", flate.NoCompression, "sip:kate@example.com", nil},
		{"stored, several blocks", flate.NoCompression, long[:maxRaw], []int{1, 40000}},
		{"fixed", flate.BestCompression, "sip:kate@example.com", nil},
		{"fixed, every code length", flate.BestCompression, "\x00\x01\x8f\x90\xfe\xff\x00\x01\x8f\x90\xfe\xff", nil},
		{"fixed, dictionary matches", flate.BestCompression, "http://www.example.com/sipdial.xml Jack sip:jack@example.com", nil},
		{"fixed, several blocks", flate.BestCompression, "sip:a@b sip:a@b sip:a@b <Dial> </Dial>", []int{8, 20}},
		{"fixed, long match", flate.BestCompression, strings.Repeat("x", 600), nil},
		{"dynamic", flate.BestCompression, long[:20000], nil},
		{"at the cap", flate.BestCompression, long[:maxRaw], nil},
	}
	for _, tt := range tests {
		z := compressFlate(t, tt.level, tt.src, tt.cuts...)
		assert.Equal(t, tt.src, inflateOK(t, z), tt.name)
		assert.Equal(t, tt.src, inflateOK(t, z[:len(z)-len(flateTail)]), "%s: without the tail", tt.name)
	}
}

func TestInflateRefuses(t *testing.T) {
	tests := []struct {
		name string
		z    []byte
		msg  string
	}{
		{"reserved block type", []byte{0x07}, "does not unpack"},
		{"empty", nil, "cut short"},
		{"stored, wrong NLEN", []byte{0x01, 0x01, 0x00, 0x00, 0x00, 'x'}, "does not unpack"},
		{"stored, cut", []byte{0x01, 0x10, 0x00, 0xef, 0xff, 'x'}, "cut short"}, // flateTail makes 5 of the 16 bytes
		{"cut inside the tail", []byte{0x00, 0x00, 0x00}, "cut short"},          // a non-final empty stored block whose NLEN is cut
		{"extra bytes", append(compressFlate(t, flate.BestCompression, "sip:kate@example.com"), 0, 0, 0, 0, 0), "extra characters"},
		{"more than maxRaw", compress(bytes.Repeat([]byte("y"), maxRaw+1)), "more than 64 KiB"},
		{"a bomb", compress(bytes.Repeat([]byte("y"), 100*maxRaw)), "more than 64 KiB"},
	}
	for _, tt := range tests {
		out, msg := inflate(tt.z)
		assert.Nil(t, out, tt.name)
		assert.Contains(t, msg, tt.msg, "%s: % x", tt.name, tt.z)
	}
}

func TestCompressIsReadByCompressFlate(t *testing.T) {
	// compress writes a stream any DEFLATE decoder reads with dictV1 once
	// flateTail is back.
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		src := make([]byte, r.IntN(3000))
		for j := range src {
			const alphabet = "sip:@.;=?&<>\" /abc\x00\xff"
			src[j] = alphabet[r.IntN(len(alphabet))]
		}
		z := append(compress(src), flateTail...)
		got, err := io.ReadAll(flate.NewReaderDict(bytes.NewReader(z), []byte(dictV1)))
		require.NoError(t, err, "input %d: %q", i, src)
		assert.Equal(t, src, got, "input %d", i)
	}
}

func TestCompressUsesTheDictionary(t *testing.T) {
	// The dictionary must do its job: a vendor URI costs a few bytes.
	assert.Less(t, len(compress([]byte("sip:kate@example.com"))), 8, "a URI from the dictionary")
}

func FuzzCompress(f *testing.F) {
	f.Add("")
	f.Add("sip:kate@example.com")
	f.Add(strings.Repeat("ab", 300))
	f.Fuzz(func(t *testing.T, src string) {
		out, msg := inflate(compress([]byte(src)))
		if len(src) > maxRaw {
			assert.Contains(t, msg, "more than 64 KiB", "input of %d bytes", len(src))
			return
		}
		require.Empty(t, msg, "input %q", src)
		assert.Equal(t, src, string(out), "input %q", src)
	})
}
