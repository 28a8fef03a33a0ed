package calls

import (
	"strings"
	"unicode/utf8"
)

// shellQuote returns s as one bash/zsh word that expands to exactly s (s
// must not hold a NUL byte, which no argument can carry).
//
// Printable text goes in single quotes, where nothing is special: not $,
// `, \, ! nor a newline; a single quote is written \' between quoted runs,
// so two quoted runs never touch and zsh's RC_QUOTES cannot join them.
// A value with a byte that would be unsafe or invisible when pasted into a
// terminal (controls, invalid UTF-8, line and paragraph separators,
// bidirectional and zero-width marks) is written whole as a $'...' word, in
// which \ ' and ! are escaped and those bytes are written \n, \t, \r or
// \xHH; bash and zsh both read it as raw bytes.
func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	writeQuoted(&b, "", s)
	return b.String()
}

// writeQuoted writes the shellQuote word for key=s, or for s alone when
// key is "", to b without joining them first. key must be plain ASCII with
// no quote; the word must not be empty.
func writeQuoted(b *strings.Builder, key, s string) {
	if !needsANSI(s) {
		// Quoted runs, with \' between them for each single quote.
		open := key != ""
		if open {
			b.WriteByte('\'')
			b.WriteString(key)
			b.WriteByte('=')
		}
		for s != "" {
			i := strings.IndexByte(s, '\'')
			if i < 0 {
				i = len(s)
			}
			if i > 0 && !open {
				b.WriteByte('\'')
				open = true
			}
			b.WriteString(s[:i])
			if i == len(s) {
				break
			}
			if open {
				b.WriteByte('\'')
				open = false
			}
			b.WriteString(`\'`)
			s = s[i+1:]
		}
		if open {
			b.WriteByte('\'')
		}
		return
	}
	b.WriteString("$'")
	if key != "" {
		b.WriteString(key)
		b.WriteByte('=')
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		e := s[i : i+n]
		switch {
		case r == '\\' || r == '\'':
			e = "\\" + e
		case r == '\n':
			e = `\n`
		case r == '\t':
			e = `\t`
		case r == '\r':
			e = `\r`
		case r == '!' || r == utf8.RuneError && n == 1 || hiddenRune(r):
			e = ""
			for j := i; j < i+n; j++ {
				e += hexByte(s[j])
			}
		}
		b.WriteString(e)
		i += n
	}
	b.WriteByte('\'')
}

// needsANSI reports whether s holds invalid UTF-8 or a hidden rune.
func needsANSI(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: only controls and DEL are hidden
			if c < 0x20 || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || hiddenRune(r) {
			return true
		}
		i += n
	}
	return false
}

// hiddenRune reports whether r is a control or a mark that a terminal
// paste could act on or hide: C0 and C1 controls, DEL, and the Unicode
// format characters that reorder, join or break text.
func hiddenRune(r rune) bool {
	switch {
	case r < 0x20, 0x7f <= r && r < 0xa0:
		return true
	case 0x200b <= r && r <= 0x200f, 0x2028 <= r && r <= 0x202e, 0x2060 <= r && r <= 0x2069,
		r == 0xfeff, r == 0xad, r == 0x061c:
		return true
	}
	return false
}
