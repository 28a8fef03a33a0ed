package calls

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A buf is output being written. Its one method stays out of line, so that
// each piece written costs a call rather than an inlined append.
type buf []byte

//go:noinline
func (b *buf) s(parts ...string) {
	for _, p := range parts {
		*b = append(*b, p...)
	}
}

// A dialect is one way of writing a quoted string: a snippet language's
// double-quoted literal, Ruby's single-quoted one, or bash's $'...'.
type dialect struct {
	open, close string
	slashed     string // ASCII bytes written with a backslash before them
	hexed       string // ASCII bytes written as \xHH
	badHex      bool   // invalid UTF-8 as \xHH, not \uFFFD
	hidden      byte   // how a hidden rune is written: see the hid constants
}

// How a dialect writes a hidden rune (see hiddenRune).
const (
	hidU4     = iota // \uXXXX
	hidOctal         // \ooo below U+0100, else \uXXXX (Java turns \u000a into a line break before lexing)
	hidBraces        // \xHH below U+0080, else \u{…}
	hidBytes         // \xHH for each byte
)

// The dialects. JavaScript, Python and C# share dC.
var (
	dC          = dialect{`"`, `"`, `"\`, "", false, hidU4}
	dJava       = dialect{`"`, `"`, `"\`, "", false, hidOctal}
	dPHP        = dialect{`"`, `"`, `"\$`, "", true, hidBraces}
	dRuby       = dialect{`"`, `"`, `"\#`, "", false, hidBraces}
	dRubySingle = dialect{`'`, `'`, `'\`, "", false, hidU4} // only for text without controls or hidden runes
	dShell      = dialect{`$'`, `'`, `\'`, "!", true, hidBytes}
)

// quoted writes s as a literal of dialect d, with key= before it inside the
// quotes when key is not "". Quotes, backslashes, controls and hidden runes
// are escaped; other text, emoji included, stays as written.
func (b *buf) quoted(d *dialect, key, s string) {
	b.s(d.open)
	if key != "" {
		b.s(key, "=")
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		e, pre, post, base, add := s[i:i+n], "", "", 0, 0
		bad, hid := r == utf8.RuneError && n == 1, hiddenRune(r)
		switch {
		case r < utf8.RuneSelf && strings.IndexByte(d.slashed, byte(r)) >= 0:
			pre = `\`
		case r == '\n':
			e = `\n`
		case r == '\r':
			e = `\r`
		case r == '\t':
			e = `\t`
		case bad && !d.badHex:
			e = `\uFFFD`
		case bad, d.hidden == hidBytes && (hid || r < utf8.RuneSelf && strings.IndexByte(d.hexed, byte(r)) >= 0),
			hid && d.hidden == hidBraces && r < utf8.RuneSelf:
			for j := i; j < i+n; j++ {
				b.s(`\x`, upperHex[s[j]>>4:s[j]>>4+1], upperHex[s[j]&15:s[j]&15+1])
			}
			e = ""
		case !hid:
		case d.hidden == hidOctal && r < 0x100:
			pre, base, add = `\`, 8, 01000
		case d.hidden == hidBraces:
			pre, post, base = `\u{`, `}`, 16
		default: // hidden runes are below U+10000
			pre, base, add = `\u`, 16, 0x10000
		}
		if base != 0 { // add, when set, pads to a width: its leading 1 is dropped
			e = strconv.FormatInt(int64(r)+int64(add), base)[min(add, 1):]
		}
		b.s(pre, e, post)
		i += n
	}
	b.s(d.close)
}

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
	var b buf
	b.shellWord("", s)
	return string(b)
}

// shellWord writes the shellQuote word for key=s, or for s alone when key
// is "", without joining them first. key must be plain ASCII with no
// quote; the word must not be empty.
func (b *buf) shellWord(key, s string) {
	if needsANSI(s) {
		b.quoted(&dShell, key, s)
		return
	}
	open := key != ""
	if open {
		b.s("'", key, "=")
	}
	for s != "" {
		i := strings.IndexByte(s, '\'')
		if i < 0 {
			i = len(s)
		}
		if i > 0 && !open {
			b.s("'")
			open = true
		}
		b.s(s[:i])
		if i == len(s) {
			break
		}
		if open {
			b.s("'")
			open = false
		}
		b.s(`\'`)
		s = s[i+1:]
	}
	if open {
		b.s("'")
	}
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
