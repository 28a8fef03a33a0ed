package components

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEsc(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{`"><img src=x onerror=window.__pwned=1>`, `&#34;&gt;&lt;img src=x onerror=window.__pwned=1&gt;`},
		{"a & b", "a &amp; b"},
		{"it's", "it&#39;s"},
		{"<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"},
		{"ünïcødé & ☎", "ünïcødé &amp; ☎"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, esc(tt.in), "esc(%q)", tt.in)
	}
}

func TestItoa(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 10: "10", 4096: "4096", -3: "0"} {
		assert.Equal(t, want, itoa(n), "itoa(%d)", n)
	}
}
