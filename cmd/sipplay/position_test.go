package main

import (
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
