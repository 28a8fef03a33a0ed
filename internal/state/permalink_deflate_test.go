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
		// The most output per input byte, which inflate sizes its buffer by.
		"densest, 259":   {dictV1, strings.Repeat("x", 259)},
		"densest, 1000":  {dictV1, strings.Repeat("x", 1000)},
		"densest, 10000": {dictV1, strings.Repeat("x", 10000)},
		"densest, limit": {dictV1, strings.Repeat("x", maxRaw)},
	}
	for name, tt := range tests {
		z := deflate(tt.dict, tt.src)
		assert.Equal(t, tt.src, inflateWith(t, tt.dict, z), name)
		if tt.dict == dictV1 {
			assert.Equal(t, tt.src, ownInflate(t, z), "%s: read by inflate", name)
		}
	}
	for i := range 300 {
		src := randomText(r.IntN(2000), "abc\x00\xff")
		z := deflate(dictV1, src)
		assert.Equal(t, src, inflateWith(t, dictV1, z), "random input %d", i)
		assert.Equal(t, src, ownInflate(t, z), "random input %d read by inflate", i)
	}
}

// ownInflate is inflate's reading of z, which must succeed.
func ownInflate(t *testing.T, z []byte) string {
	t.Helper()
	out, msg := inflate(z)
	require.Empty(t, msg)
	return string(out)
}

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

func TestInflateReadsCompressFlate(t *testing.T) {
	// compress/flate writes stored blocks at NoCompression and, for short
	// texts, fixed-Huffman blocks: inflate reads both, with matches into
	// the dictionary, with or without the final flateTail.
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
	}
	for _, tt := range tests {
		z := compressFlate(t, tt.level, tt.src, tt.cuts...)
		if tt.level != flate.NoCompression {
			require.Equal(t, byte(1), z[0]>>1&3, "%s: compress/flate wrote a fixed-Huffman block first", tt.name)
		}
		assert.Equal(t, tt.src, ownInflate(t, z), tt.name)
		assert.Equal(t, tt.src, ownInflate(t, z[:len(z)-len(flateTail)]), "%s: without the tail", tt.name)
	}
}

func TestInflateRefuses(t *testing.T) {
	long := strings.Repeat("sip:kate@example.com;transport=tls;region=ie1 ", 2000)
	dynamic := compressFlate(t, flate.BestCompression, long[:20000])
	require.Equal(t, byte(2), dynamic[0]>>1&3, "compress/flate wrote a dynamic block")
	fixed := deflate(dictV1, "sip:kate@example.com")
	tests := []struct {
		name string
		z    []byte
		msg  string
	}{
		{"dynamic codes", dynamic, "does not unpack"},
		{"reserved block type", []byte{0x07}, "does not unpack"},
		{"empty", nil, "cut short"},
		{"stored, wrong NLEN", []byte{0x01, 0x01, 0x00, 0x00, 0x00, 'x'}, "does not unpack"},
		{"stored, cut", []byte{0x01, 0x10, 0x00, 0xef, 0xff, 'x'}, "cut short"}, // flateTail makes 5 of the 16 bytes
		{"length symbol 286", fixedBlock(func(w *bitWriter) { w.symbol(286) }), "does not unpack"},
		{"distance code 30", fixedBlock(func(w *bitWriter) { w.symbol(0); w.symbol(257); w.code(30, 5) }), "does not unpack"},
		{"distance before the dictionary", fixedBlock(func(w *bitWriter) { w.match(3, len(dictV1)+1) }), "does not unpack"},
		{"extra bytes", append(fixed, 0, 0, 0), "extra characters"},
		{"more than maxRaw", deflate(dictV1, strings.Repeat("y", maxRaw+1)), "more than 64 KiB"},
	}
	for _, tt := range tests {
		out, msg := inflate(tt.z)
		assert.Nil(t, out, tt.name)
		assert.Contains(t, msg, tt.msg, "%s: % x", tt.name, tt.z)
	}
	out, msg := inflate(fixedBlock(func(w *bitWriter) { w.match(3, len(dictV1)) }))
	assert.Empty(t, msg, "a match from the dictionary's first byte")
	assert.Equal(t, dictV1[:3], string(out))
}

// fixedBlock is a final fixed-Huffman block holding what f writes.
func fixedBlock(f func(w *bitWriter)) []byte {
	var w bitWriter
	w.bits(1|1<<1, 3)
	f(&w)
	w.symbol(256)
	return w.flush()
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
		z := deflate(dictV1, src)
		assert.Equal(t, src, inflateWith(t, dictV1, z), "input %q", src)
		if len(src) <= maxRaw {
			assert.Equal(t, src, ownInflate(t, z), "input %q read by inflate", src)
		}
		assert.Equal(t, src, inflateWith(t, "", deflate("", src)), "input %q without a dictionary", src)
	})
}
