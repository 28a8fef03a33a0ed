package main

import (
	"os"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/highlight"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCSSIsCurrent fails when web/highlight.css is not what gencss writes.
func TestCSSIsCurrent(t *testing.T) {
	var b strings.Builder
	require.NoError(t, write(&b))
	got, err := os.ReadFile("../../../web/highlight.css")
	require.NoError(t, err)
	assert.Equal(t, b.String(), string(got), "web/highlight.css is stale: run go run ./highlight/internal/gencss > web/highlight.css")
}

func TestScopes(t *testing.T) {
	var b strings.Builder
	require.NoError(t, write(&b))
	css := b.String()
	for _, want := range []string{
		".chroma .nt { color: #116329 }",
		"[data-theme=dark] .chroma .nt { color: #7ee787 }",
		"@media (prefers-color-scheme: dark) {\n:root:not([data-theme=light]) .bg {",
		":root:not([data-theme=light]) .chroma .nt { color: #7ee787 }",
		".chroma .diag-error { text-decoration-color: #cf222e; }",
	} {
		assert.Contains(t, css, want)
	}
}

// TestEveryClassIsStyled highlights samples of every language and checks
// that each token class in the output has a light and a dark rule.
func TestEveryClassIsStyled(t *testing.T) {
	var b strings.Builder
	require.NoError(t, write(&b))
	css := b.String()
	outs := []string{
		highlight.TwiML(`<?xml version="1.0"?><!-- c --><Response><Dial a="1&amp;" b='2'><Sip>sips:u:p@h.com:5061;transport=tls?X-a=1&amp;b=2&x</Sip></Dial><![CDATA[x]]>&lt;</Response>`, nil),
		highlight.URI("sip:u:p@[::1]:5060;lr;a=b?h=v&i=j", nil),
		highlight.Bash("curl -u \"$A:${B}\" --data-urlencode 'x' $'y' \\\n `z` # c"),
		highlight.JSON(`{"a": [1, "s", true, null]} ?`),
	}
	seen := map[string]bool{}
	for _, out := range outs {
		for _, part := range strings.Split(out, `class="`)[1:] {
			class := part[:strings.IndexByte(part, '"')]
			if strings.HasPrefix(class, "diag") || seen[class] {
				continue
			}
			seen[class] = true
			assert.True(t, strings.Contains(css, "\n.chroma ."+class+" {"), "no light rule for %s", class)
			assert.True(t, strings.Contains(css, "\n[data-theme=dark] .chroma ."+class+" {"), "no dark rule for %s", class)
		}
	}
	assert.Greater(t, len(seen), 20, "classes seen: %v", seen)
}
