package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Columns count characters: a tab, an é (2 bytes) and a 😀 (4 bytes) are one
// column each; a byte order mark is none.
func TestPositionOf(t *testing.T) {
	tests := []struct {
		text      string
		off       int
		line, col int
	}{
		{"abc", 0, 1, 1},
		{"abc", 2, 1, 3},
		{"abc", 3, 1, 4}, // the end of the text
		{"abc", 99, 1, 4},
		{"abc", -5, 1, 1},
		{"a\nbc", 2, 2, 1},
		{"a\r\nbc", 3, 2, 1},
		{"a\r\nbc", 2, 1, 3}, // the \r is a character of line 1
		{"\tx", 1, 1, 2},
		{"café=1", 5, 1, 5}, // after é, at the =
		{"café=1", 4, 1, 5}, // inside é: the part of it before the offset counts as one column
		{"😀x", 4, 1, 2},
		{"\uFEFFabc", 3, 1, 1},
		{"\uFEFFabc", 4, 1, 2},
		{"\uFEFFa\n\uFEFFb", 8, 2, 2}, // only the first line's mark is skipped
	}
	for _, tt := range tests {
		p := positionOf(tt.text, tt.off)
		assert.Equal(t, position{tt.line, tt.col}, p, "%q at %d", tt.text, tt.off)
	}
}

func TestLineAt(t *testing.T) {
	tests := []struct {
		text  string
		off   int
		line  string
		start int
	}{
		{"ab\ncd\n", 4, "cd", 3},
		{"ab\r\ncd", 1, "ab", 0},
		{"ab\n", 3, "", 3},
		{"\uFEFFab", 4, "ab", 3},
	}
	for _, tt := range tests {
		line, start := lineAt(tt.text, tt.off)
		assert.Equal(t, tt.line, line, "%q at %d", tt.text, tt.off)
		assert.Equal(t, tt.start, start, "%q at %d", tt.text, tt.off)
	}
}

// On a terminal the caret lies under the span however wide the characters
// before it are: two columns for a CJK character or an emoji, none for a
// combining accent, a tab for a tab; the ~ cover the span's own width.
func TestCaretUnderWideText(t *testing.T) {
	// The <Say> text comes before region=eu1 on the line; the ASCII around
	// it, "<Response><Say>" and "</Say><Dial><Sip>sip:a@example.com;region=",
	// is 15 and 42 columns.
	dial := "</Say><Dial><Sip>sip:a@example.com;region=eu1</Sip></Dial></Response>\n"
	sp := func(n int) string { return strings.Repeat(" ", n) }
	tests := []struct {
		say, caret string
	}{
		{"hello", sp(15+5+42) + "^~~"},
		{"日本語", sp(15+6+42) + "^~~"},
		{"こんにちは。", sp(15+12+42) + "^~~"},
		{"e\u0301t\u00e9", sp(15+3+42) + "^~~"},
		{"😀!", sp(15+3+42) + "^~~"},
		{"\t", sp(15) + "\t" + sp(42) + "^~~"},
	}
	for _, tt := range tests {
		text := "<Response><Say>" + tt.say + dial
		stdout, _, _ := runCLI(t, text, true, "lint", "-")
		lines := strings.Split(stdout, "\n")
		if assert.GreaterOrEqual(t, len(lines), 3, "%q: %s", text, stdout) {
			assert.Equal(t, tt.caret, lines[2], "%q:\n%s", text, stdout)
		}
	}
	// A wide character in the span: two columns of caret.
	stdout, _, _ := runCLI(t, "<Response><Dial><Sip>sip:a@example.com;region=日本</Sip></Dial></Response>\n", true, "lint", "-")
	assert.Contains(t, stdout, "\n"+sp(21+25)+"^~\n")
}
