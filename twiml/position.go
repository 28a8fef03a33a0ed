package twiml

import "strings"

// Position turns a byte offset into src into a 1-based line and column
// (column counted in bytes). Lines end at '\n'; an offset outside src is
// clamped to it.
func Position(src string, offset int) (line, col int) {
	offset = max(0, min(offset, len(src)))
	before := src[:offset]
	line = 1 + strings.Count(before, "\n")
	col = offset - strings.LastIndexByte(before, '\n')
	return line, col
}
