package calls

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A dialect is one way of writing a quoted string: a snippet language's
// double-quoted literal, Ruby's single-quoted one, or bash's $'...'.
type dialect struct {
	open, close string
	slashed     string      // ASCII bytes written with a backslash before them
	hexed       string      // ASCII bytes written as \xHH
	badHex      bool        // invalid UTF-8 as \xHH, not \uFFFD
	hidden      hiddenStyle // how a hidden rune (see hiddenRune) is written
}

// A hiddenStyle is how a dialect writes a hidden rune.
type hiddenStyle uint8

const (
	hiddenU4     hiddenStyle = iota // \uXXXX
	hiddenOctal                     // \ooo below U+0100, else \uXXXX (Java turns \u000a into a line break before lexing)
	hiddenBraces                    // \xHH below U+0080, else \u{…}
	hiddenBytes                     // \xHH for each byte
)

// The dialects. JavaScript, Python and C# share cString.
var (
	cString    = dialect{open: `"`, close: `"`, slashed: `"\`, hidden: hiddenU4}
	javaString = dialect{open: `"`, close: `"`, slashed: `"\`, hidden: hiddenOctal}
	phpString  = dialect{open: `"`, close: `"`, slashed: `"\$`, badHex: true, hidden: hiddenBraces}
	rubyString = dialect{open: `"`, close: `"`, slashed: `"\#`, hidden: hiddenBraces}
	rubySingle = dialect{open: `'`, close: `'`, slashed: `'\`, hidden: hiddenU4} // only for text without controls or hidden runes
	shellANSIC = dialect{open: `$'`, close: `'`, slashed: `\'`, hexed: "!", badHex: true, hidden: hiddenBytes}
)

// quote returns s as a literal of dialect d.
func (d *dialect) quote(s string) string {
	var b strings.Builder
	d.write(&b, "", s)
	return b.String()
}

// write writes s as a literal of dialect d, with key= before it inside the
// quotes when key is not "". Quotes, backslashes, controls and hidden runes
// are escaped; other text, emoji included, stays as written.
func (d *dialect) write(b *strings.Builder, key, s string) {
	b.WriteString(d.open)
	if key != "" {
		b.WriteString(key)
		b.WriteByte('=')
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		bad, hid := r == utf8.RuneError && n == 1, hiddenRune(r)
		switch {
		case r < utf8.RuneSelf && strings.IndexByte(d.slashed, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case bad && !d.badHex:
			b.WriteString(`\uFFFD`)
		case bad, d.hidden == hiddenBytes && (hid || r < utf8.RuneSelf && strings.IndexByte(d.hexed, byte(r)) >= 0),
			hid && d.hidden == hiddenBraces && r < utf8.RuneSelf:
			for _, c := range []byte(s[i : i+n]) {
				b.WriteString(`\x`)
				b.WriteByte(upperHex[c>>4])
				b.WriteByte(upperHex[c&15])
			}
		case !hid:
			b.WriteString(s[i : i+n])
		case d.hidden == hiddenOctal && r < 0x100:
			b.WriteString(`\` + leftPad(strconv.FormatInt(int64(r), 8), 3))
		case d.hidden == hiddenBraces:
			b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
		default: // hidden runes are below U+10000
			b.WriteString(`\u` + leftPad(strconv.FormatInt(int64(r), 16), 4))
		}
		i += n
	}
	b.WriteString(d.close)
}

// leftPad returns digits with zeros before them to make width bytes.
func leftPad(digits string, width int) string {
	return strings.Repeat("0", max(width-len(digits), 0)) + digits
}

// ShellQuote returns s as one bash/zsh word that expands to exactly s, with
// the paste-safety rules of Curl; callflow's replay commands use it (s
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
func ShellQuote(s string) string {
	if s == "" {
		return "''"
	}
	var b strings.Builder
	writeShellWord(&b, "", s)
	return b.String()
}

// writeShellWord writes the ShellQuote word for key=s, or for s alone when
// key is "", without joining them first. key must be plain ASCII with no
// quote; the word must not be empty.
func writeShellWord(b *strings.Builder, key, s string) {
	if needsANSI(s) {
		shellANSIC.write(b, key, s)
		return
	}
	open := key != ""
	if open {
		b.WriteString("'" + key + "=")
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
