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
		e := escapeRune(r, r == utf8.RuneError && n == 1, s[i], dialect)
		if e == "" {
			e = s[i : i+n]
		}
		b.WriteString(e)
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

// escapeRune returns the escape of r (or of the invalid byte c when bad)
// in a double-quoted literal of the dialect, or "" when r stays as it is.
func escapeRune(r rune, bad bool, c byte, dialect int) string {
	php, ruby := dialect == dialectPHP, dialect == dialectRuby
	switch {
	case r == '"' || r == '\\' || r == '$' && php || r == '#' && ruby:
		return "\\" + string(r)
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r == '\t':
		return `\t`
	case bad && php:
		return hexByte(c)
	case bad:
		return `\uFFFD`
	case !hiddenRune(r):
		return ""
	case dialect == dialectJava && r < 0x100:
		return string([]byte{'\\', byte('0' + r>>6), byte('0' + r>>3&7), byte('0' + r&7)})
	case (php || ruby) && r < 0x80:
		return hexByte(byte(r))
	case php || ruby:
		return `\u{` + strconv.FormatInt(int64(r), 16) + `}`
	}
	h := strconv.FormatInt(int64(r), 16) // hidden runes are below U+10000
	return `\u` + "000"[:4-len(h)] + h
}

// hexByte returns \xHH for c.
func hexByte(c byte) string {
	return string([]byte{'\\', 'x', upperHex[c>>4], upperHex[c&15]})
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
