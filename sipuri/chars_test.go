package sipuri

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClasses derives the character classes from RFC 3261 §25.1 and
// compares them with the written-out table.
func TestClasses(t *testing.T) {
	var want [256]uint8
	const unreserved = cUser | cPassword | cParam | cHeader
	for c := 'a'; c <= 'z'; c++ {
		want[c] = unreserved | cHost
		want[c-'a'+'A'] = unreserved | cHost
	}
	for c := '0'; c <= '9'; c++ {
		want[c] = unreserved | cHost
	}
	set := func(chars string, cl uint8) {
		for i := 0; i < len(chars); i++ {
			want[chars[i]] |= cl
		}
	}
	set("-_.!~*'()", unreserved) // mark
	set("-.", cHost)
	set("&=+$,;?/", cUser)  // user-unreserved
	set("&=+$,", cPassword) // password
	set("[]/:&+$", cParam)  // param-unreserved
	set("[]/?:+$", cHeader) // hnv-unreserved
	for c := 0; c < 256; c++ {
		assert.Equal(t, want[c], classes[c], "classes[%q]", rune(c))
	}
}
