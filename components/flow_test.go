package components

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestClip(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"example.com:5061/tls", "example.com:5061/tls"},
		{strings.Repeat("a", 26), strings.Repeat("a", 26)},
		{strings.Repeat("a", 27), strings.Repeat("a", 25) + "…"},
		{strings.Repeat("é", 30), strings.Repeat("é", 25) + "…"},
		{"ab☎" + strings.Repeat("x", 30), "ab☎" + strings.Repeat("x", 22) + "…"},
	} {
		got := clip(c.in, 26)
		assert.Equal(t, c.want, got, "clip(%q, 26)", c.in)
		assert.True(t, utf8.ValidString(got), "clip(%q, 26) is valid UTF-8", c.in)
	}
}
