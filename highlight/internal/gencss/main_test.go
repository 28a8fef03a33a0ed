package main

import (
	"os"
	"strings"
	"testing"

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
