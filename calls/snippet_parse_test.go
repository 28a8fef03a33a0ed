package calls

// Small, independent readers of the string literals of C#, Java, PHP and
// Ruby, for checking that the snippets escape every value so that the
// language reads it back exactly. Each returns the decoded literals in
// order and fails on anything it does not understand, such as an unknown
// escape, an unterminated literal, a raw line break in a literal, or (PHP,
// Ruby) an unescaped interpolation.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanLiterals walks src, skipping line comments that start with one of
// comments, and calls lit at each quote character in quotes; lit returns
// the decoded literal and the index after it.
func scanLiterals(src string, comments []string, quotes string, lit func(i int) (string, int, error)) ([]string, error) {
	var out []string
	for i := 0; i < len(src); {
		skipped := false
		for _, c := range comments {
			if strings.HasPrefix(src[i:], c) {
				j := strings.IndexByte(src[i:], '\n')
				if j < 0 {
					return out, nil
				}
				i += j
				skipped = true
				break
			}
		}
		if skipped {
			continue
		}
		if strings.IndexByte(quotes, src[i]) < 0 {
			i++
			continue
		}
		s, next, err := lit(i)
		if err != nil {
			return nil, fmt.Errorf("literal at %d: %w", i, err)
		}
		out = append(out, s)
		i = next
	}
	return out, nil
}

func hexDigits(s string, i, n int) (rune, error) {
	if i+n > len(s) {
		return 0, fmt.Errorf("short hex escape")
	}
	v, err := strconv.ParseUint(s[i:i+n], 16, 32)
	return rune(v), err
}

// parseCSharpStrings reads C# regular string literals.
func parseCSharpStrings(src string) ([]string, error) {
	return scanLiterals(src, []string{"//"}, `"`, func(i int) (string, int, error) {
		var b strings.Builder
		for j := i + 1; j < len(src); {
			c := src[j]
			switch {
			case c == '"':
				return b.String(), j + 1, nil
			case c == '\n' || c == '\r':
				return "", 0, fmt.Errorf("raw line break")
			case c != '\\':
				b.WriteByte(c)
				j++
				continue
			}
			if j+1 >= len(src) {
				return "", 0, fmt.Errorf("unterminated")
			}
			e := src[j+1]
			j += 2
			if r, ok := map[byte]rune{'\'': '\'', '"': '"', '\\': '\\', '0': 0, 'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}[e]; ok {
				b.WriteRune(r)
				continue
			}
			switch e {
			case 'u':
				r, err := hexDigits(src, j, 4)
				if err != nil {
					return "", 0, err
				}
				b.WriteRune(r)
				j += 4
			default:
				return "", 0, fmt.Errorf("unknown escape \\%c", e)
			}
		}
		return "", 0, fmt.Errorf("unterminated")
	})
}

// javaUnicode applies Java's first translation step: a \uXXXX whose
// backslash is preceded by an even number of backslashes becomes its char.
func javaUnicode(src string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] != '\\' {
			b.WriteByte(src[i])
			continue
		}
		n := 0
		for j := i - 1; j >= 0 && src[j] == '\\'; j-- {
			n++
		}
		if n%2 == 1 || i+1 >= len(src) || src[i+1] != 'u' {
			b.WriteByte('\\')
			continue
		}
		j := i + 1
		for j < len(src) && src[j] == 'u' {
			j++
		}
		r, err := hexDigits(src, j, 4)
		if err != nil {
			return "", err
		}
		b.WriteRune(r)
		i = j + 3
	}
	return b.String(), nil
}

// parseJavaStrings reads Java string literals, after unicode translation.
func parseJavaStrings(src string) ([]string, error) {
	src, err := javaUnicode(src)
	if err != nil {
		return nil, err
	}
	return scanLiterals(src, []string{"//"}, `"`, func(i int) (string, int, error) {
		var b strings.Builder
		for j := i + 1; j < len(src); {
			c := src[j]
			switch {
			case c == '"':
				return b.String(), j + 1, nil
			case c == '\n' || c == '\r':
				return "", 0, fmt.Errorf("raw line break (a \\u000a or \\u000d escape?)")
			case c != '\\':
				b.WriteByte(c)
				j++
				continue
			}
			if j+1 >= len(src) {
				return "", 0, fmt.Errorf("unterminated")
			}
			e := src[j+1]
			j += 2
			if r, ok := map[byte]rune{'\'': '\'', '"': '"', '\\': '\\', 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 's': ' '}[e]; ok {
				b.WriteRune(r)
				continue
			}
			if e < '0' || e > '7' {
				return "", 0, fmt.Errorf("unknown escape \\%c", e)
			}
			// Octal: up to three digits when the first is 0-3, else two.
			v, max := rune(e-'0'), 2
			if e > '3' {
				max = 1
			}
			for k := 0; k < max && j < len(src) && src[j] >= '0' && src[j] <= '7'; k++ {
				v = v*8 + rune(src[j]-'0')
				j++
			}
			b.WriteRune(v)
		}
		return "", 0, fmt.Errorf("unterminated")
	})
}

// parsePHPStrings reads PHP double-quoted strings (bytes, not runes).
func parsePHPStrings(src string) ([]string, error) {
	return scanLiterals(src, []string{"//", "#"}, `"`, func(i int) (string, int, error) {
		var b strings.Builder
		for j := i + 1; j < len(src); {
			c := src[j]
			switch {
			case c == '"':
				return b.String(), j + 1, nil
			case c == '$' && j+1 < len(src) && (src[j+1] == '{' || src[j+1] == '_' || isAlnum(src[j+1]) || src[j+1] >= 0x80):
				return "", 0, fmt.Errorf("unescaped interpolation at %d", j)
			case c == '{' && j+1 < len(src) && src[j+1] == '$':
				return "", 0, fmt.Errorf("unescaped {$ interpolation at %d", j)
			case c != '\\':
				b.WriteByte(c)
				j++
				continue
			}
			if j+1 >= len(src) {
				return "", 0, fmt.Errorf("unterminated")
			}
			e := src[j+1]
			if r, ok := map[byte]byte{'n': 10, 't': 9, 'r': 13, 'v': 11, 'e': 27, 'f': 12, '\\': '\\', '$': '$', '"': '"'}[e]; ok {
				b.WriteByte(r)
				j += 2
				continue
			}
			if next, ok, err := hexOrBraceEscape(src, j, &b); err != nil {
				return "", 0, err
			} else if ok {
				j = next
				continue
			}
			switch {
			case e >= '0' && e <= '7':
				return "", 0, fmt.Errorf("octal escapes are not expected")
			default:
				b.WriteByte('\\') // PHP keeps an unknown escape as written
				j++
			}
		}
		return "", 0, fmt.Errorf("unterminated")
	})
}

// hexOrBraceEscape reads the \xH[H] and \u{H…} escapes that PHP and Ruby
// double-quoted strings share; src[j] is the backslash. ok is false for any
// other escape, which the caller reads by its language's own rules.
func hexOrBraceEscape(src string, j int, b *strings.Builder) (next int, ok bool, err error) {
	e := src[j+1]
	switch {
	case e == 'x' && j+2 < len(src) && isHex(src[j+2]):
		n := 1
		if j+3 < len(src) && isHex(src[j+3]) {
			n = 2
		}
		v, _ := hexDigits(src, j+2, n)
		b.WriteByte(byte(v))
		return j + 2 + n, true, nil
	case e == 'u' && j+2 < len(src) && src[j+2] == '{':
		end := strings.IndexByte(src[j:], '}')
		if end < 0 {
			return 0, false, fmt.Errorf("unterminated \\u{")
		}
		v, err := strconv.ParseUint(src[j+3:j+end], 16, 32)
		if err != nil {
			return 0, false, err
		}
		b.WriteRune(rune(v))
		return j + end + 1, true, nil
	}
	return j, false, nil
}

// parseRubyStrings reads Ruby single- and double-quoted strings.
func parseRubyStrings(src string) ([]string, error) {
	var lit func(i int) (string, int, error)
	lit = func(i int) (string, int, error) {
		var b strings.Builder
		if src[i] == '\'' {
			for j := i + 1; j < len(src); j++ {
				switch c := src[j]; {
				case c == '\'':
					return b.String(), j + 1, nil
				case c == '\\' && j+1 < len(src) && (src[j+1] == '\\' || src[j+1] == '\''):
					b.WriteByte(src[j+1])
					j++
				default:
					b.WriteByte(c)
				}
			}
			return "", 0, fmt.Errorf("unterminated")
		}
		for j := i + 1; j < len(src); {
			c := src[j]
			switch {
			case c == '"':
				s := b.String()
				if !utf8.ValidString(s) {
					return "", 0, fmt.Errorf("invalid UTF-8 in a Unicode language's literal")
				}
				return s, j + 1, nil
			case c == '#' && j+1 < len(src) && (src[j+1] == '{' || src[j+1] == '@' || src[j+1] == '$'):
				return "", 0, fmt.Errorf("unescaped interpolation at %d", j)
			case c != '\\':
				b.WriteByte(c)
				j++
				continue
			}
			if j+1 >= len(src) {
				return "", 0, fmt.Errorf("unterminated")
			}
			e := src[j+1]
			if r, ok := map[byte]byte{'n': 10, 't': 9, 'r': 13, 'v': 11, 'e': 27, 'f': 12, 'a': 7, 'b': 8, 's': ' ', '\\': '\\', '"': '"', '#': '#', '\'': '\''}[e]; ok {
				b.WriteByte(r)
				j += 2
				continue
			}
			if next, ok, err := hexOrBraceEscape(src, j, &b); err != nil {
				return "", 0, err
			} else if ok {
				j = next
				continue
			}
			switch {
			case e == 'u':
				v, err := hexDigits(src, j+2, 4)
				if err != nil {
					return "", 0, err
				}
				b.WriteRune(v)
				j += 6
			default:
				return "", 0, fmt.Errorf("unexpected escape \\%c", e)
			}
		}
		return "", 0, fmt.Errorf("unterminated")
	}
	return scanLiterals(src, []string{"#"}, `'"`, lit)
}

// parseShellWords splits a bash command into its words as bash would for
// the quoting ShellQuote and the CLI snippet's flag values produce: bare words, '...', $'...'
// (with \n \t \r \\ \' and \xHH), \' outside quotes, and a backslash-newline
// between words. Lines starting with # are comments. Anything else that a
// shell would treat specially is an error.
func parseShellWords(src string) ([]string, error) {
	var words []string
	var w strings.Builder
	in := false // inside a word
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case !in && c == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				return words, nil
			}
			i += j
		case c == ' ' || c == '\n':
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
			i++
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			if in {
				return nil, fmt.Errorf("line continuation inside a word at %d", i)
			}
			i += 2
		case c == '\\' && i+1 < len(src) && src[i+1] == '\'':
			w.WriteByte('\'')
			in = true
			i += 2
		case c == '\'':
			j := strings.IndexByte(src[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated '")
			}
			w.WriteString(src[i+1 : i+1+j])
			in = true
			i += j + 2
		case c == '$' && i+1 < len(src) && src[i+1] == '\'':
			in = true
			for i += 2; ; {
				if i >= len(src) {
					return nil, fmt.Errorf("unterminated $'")
				}
				if src[i] == '\'' {
					i++
					break
				}
				if src[i] != '\\' {
					w.WriteByte(src[i])
					i++
					continue
				}
				if i+1 >= len(src) {
					return nil, fmt.Errorf("unterminated $'")
				}
				e := src[i+1]
				if r, ok := map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', '\'': '\''}[e]; ok {
					w.WriteByte(r)
					i += 2
					continue
				}
				if e != 'x' {
					return nil, fmt.Errorf("unexpected escape \\%c in $'", e)
				}
				v, err := hexDigits(src, i+2, 2)
				if err != nil {
					return nil, err
				}
				w.WriteByte(byte(v))
				i += 4
			}
		case isAlnum(c) || strings.IndexByte("+-_./:@,=", c) >= 0 || c >= 0x80:
			w.WriteByte(c)
			in = true
			i++
		default:
			return nil, fmt.Errorf("unquoted %q at %d", c, i)
		}
	}
	if in {
		words = append(words, w.String())
	}
	return words, nil
}
