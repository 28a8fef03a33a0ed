package view

import (
	"testing"

	"github.com/sipplay/sipplay/internal/state"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageSnippetTab(t *testing.T) {
	var d Deriver
	s := state.Default()
	p := d.Page(s, "no-such-language")
	require.NotEmpty(t, p.Langs, "calls offers snippet languages")
	assert.Equal(t, p.Langs[0].ID, p.Lang, "an unknown tab falls back to the first")
	first := p.Snippet
	assert.NotEmpty(t, first)

	last := p.Langs[len(p.Langs)-1].ID
	p2 := d.Page(s, last)
	assert.Equal(t, last, p2.Lang)
	assert.NotEqual(t, first, p2.Snippet, "another tab shows another language")

	p3 := d.Page(SetURI(s, "sip:zoe@example.com"), last)
	assert.Contains(t, p3.Snippet, "sip:zoe@example.com", "the visible snippet follows the request")
}
