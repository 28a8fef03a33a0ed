package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPkgOf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"github.com_sipplay_sipplay_sipuri.Parse", "github.com_sipplay_sipplay_sipuri"},
		{"github.com_sipplay_sipplay_twiml.__checker_.dial", "github.com_sipplay_sipplay_twiml"},
		{"encoding_binary.encodeFast", "encoding_binary"},
		{"runtime.mallocgc", "runtime"},
		{"type_.eq._3_github.com_x.T", "type_"},
	} {
		assert.Equal(t, tc.want, pkgOf(tc.in), "input %q", tc.in)
	}
}

func TestParseRejectsNonWasm(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("hello world!"), []byte("\x00asm\x01\x00\x00\x00\x0a\xff")} {
		_, err := parse(in)
		assert.Error(t, err, "input %q", in)
	}
}

func TestParseReadsCodeAndNames(t *testing.T) {
	// A module with one imported function, two bodies (3 and 2 bytes) and
	// a name section naming function indices 1 and 2.
	mod := []byte("\x00asm\x01\x00\x00\x00" +
		"\x02\x07\x01\x01m\x01f\x00\x00" + // import m.f, func type 0
		"\x0a\x08\x02\x03\x00\x01\x0b\x02\x00\x0b" + // code: bodies of 3 and 2 bytes
		"\x00\x10\x04name\x01\x09\x02\x01\x03p.a\x02\x01b") // names: 1 → "p.a", 2 → "b"
	fs, err := parse(mod)
	assert.NoError(t, err)
	assert.Equal(t, []function{{"p.a", 3}, {"b", 2}}, fs)
}
