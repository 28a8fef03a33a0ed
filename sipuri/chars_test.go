package sipuri

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClasses lists, for each class, every byte in it, as RFC 3261 §25.1
// allows it literally.
func TestClasses(t *testing.T) {
	const alphanum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	want := map[uint8]string{
		cUser:     "!$&'()*+,-./" + alphanum + ";=?_~",
		cPassword: "!$&'()*+,-." + alphanum + "=_~",
		cParam:    "!$&'()*+-./" + alphanum + ":[]_~",
		cHeader:   "!$'()*+-./" + alphanum + ":?[]_~",
		cHost:     "-." + alphanum,
		cAlnum:    alphanum,
	}
	for class, members := range want {
		for c := 0; c < 256; c++ {
			in := false
			for i := 0; i < len(members); i++ {
				in = in || members[i] == byte(c)
			}
			assert.Equal(t, in, is(byte(c), class), "class %d, byte %q", class, rune(c))
		}
	}
}
