package calls

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The string literal dialects of the snippet languages.
const (
	dialectC    = iota // JavaScript, Python, C#: \uXXXX for hidden runes
	dialectJava        // octal escapes below U+0100: Java turns \u000a into a line break before lexing
	dialectPHP         // bytes: \xHH, \u{…}, and $ escaped
	dialectRuby        // \xHH below U+0080, \u{…}, and # escaped
)

// quote returns s as a double-quoted string literal of the dialect.
// Quotes, backslashes, controls and hidden runes are escaped; other text,
// emoji included, stays as written. Invalid UTF-8 becomes U+FFFD, except
// in PHP, whose strings are bytes.
func quote(s string, dialect int) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\\' || r == '$' && dialect == dialectPHP || r == '#' && dialect == dialectRuby:
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError && n == 1:
			if dialect == dialectPHP {
				writeHexByte(&b, `\x`, s[i])
			} else {
				b.WriteString(`\uFFFD`)
			}
		case hiddenRune(r):
			switch {
			case dialect == dialectJava && r < 0x100:
				b.WriteByte('\\')
				b.WriteByte(byte('0' + r>>6))
				b.WriteByte(byte('0' + r>>3&7))
				b.WriteByte(byte('0' + r&7))
			case (dialect == dialectPHP || dialect == dialectRuby) && r < 0x80:
				writeHexByte(&b, `\x`, byte(r))
			case dialect == dialectPHP || dialect == dialectRuby:
				b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
			default:
				b.WriteString(`\u`)
				h := strconv.FormatInt(int64(r), 16)
				b.WriteString(strings.Repeat("0", 4-len(h)) + h)
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

func writeHexByte(b *strings.Builder, prefix string, c byte) {
	b.WriteString(prefix)
	b.WriteByte(upperHex[c>>4])
	b.WriteByte(upperHex[c&15])
}

// quoteRuby returns s as a Ruby literal: single-quoted, as Twilio's Ruby
// samples write strings, unless s needs an escape only double quotes have.
func quoteRuby(s string) string {
	if needsANSI(s) {
		return quote(s, dialectRuby)
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('\'')
	return b.String()
}

// shellArg returns s as a shell word for the twilio CLI: bare when it only
// holds characters no shell treats specially, else shellQuote'd.
func shellArg(s string) string {
	if s == "" {
		return "''"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) && strings.IndexByte("+-_./:@,", c) < 0 {
			return shellQuote(s)
		}
	}
	return s
}
