package components

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUTF16Offset(t *testing.T) {
	tests := []struct {
		s    string
		off  int
		want int
	}{
		{"sip:a@b", 4, 4},
		{"sip:é@b", 6, 5}, // é is 2 bytes, 1 unit
		{"sip:☎@b", 7, 5}, // ☎ is 3 bytes, 1 unit
		{"sip:😀@b", 8, 6}, // 😀 is 4 bytes, 2 units (a surrogate pair)
		{"abc", 99, 3},
		{"abc", -1, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, utf16Offset(tt.s, tt.off), "utf16Offset(%q, %d)", tt.s, tt.off)
	}
}

func TestTabKey(t *testing.T) {
	tabs := []string{"uri", "twiml", "call"}
	tests := []struct {
		cur, key, want string
		ok             bool
	}{
		{"uri", "ArrowRight", "twiml", true},
		{"call", "ArrowRight", "uri", true},
		{"uri", "ArrowLeft", "call", true},
		{"twiml", "ArrowLeft", "uri", true},
		{"twiml", "Home", "uri", true},
		{"uri", "End", "call", true},
		{"twiml", "a", "twiml", false},
		{"twiml", "Enter", "twiml", false},
	}
	for _, tt := range tests {
		got, ok := tabKey(tabs, tt.cur, tt.key)
		assert.Equal(t, tt.ok, ok, "%s from %s", tt.key, tt.cur)
		assert.Equal(t, tt.want, got, "%s from %s", tt.key, tt.cur)
	}
}
