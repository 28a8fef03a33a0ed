package calls

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// The codes of Import's findings. Their spans are byte offsets into the
// imported text.
const (
	CodeImportUnreadable = "import-unreadable"
	CodeImportSyntax     = "import-syntax"
	CodeImportEndpoint   = "import-endpoint"
	CodeImportOption     = "import-option"
	CodeImportVariable   = "import-variable"
	CodeImportParameter  = "import-parameter"
	CodeImportDuplicate  = "import-duplicate"
	CodeImportFile       = "import-file"
	CodeImportEncoding   = "import-encoding"
	CodeImportCommand    = "import-command"
	CodeImportSecret     = "import-secret"
)

// importCodeDocs is the help of Import's finding codes; Codes includes it.
var importCodeDocs = []CodeDoc{
	{Code: CodeImportUnreadable, Severity: sipuri.Error, Source: callsCreate,
		Summary: "The pasted text is neither a curl command, a twilio api:core:calls:create command nor a form body.",
		Why:     "Only those three carry a Calls create request whose parameters can be read back."},
	{Code: CodeImportSyntax, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A quote is not closed or a flag has no value, so the command cannot be split into its words the way a shell would.",
		Why:     "The shell would wait for more input or the command would fail before it sent anything."},
	{Code: CodeImportEndpoint, Severity: sipuri.Error, Source: callsCreate,
		Summary: "The command does not POST to https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Calls.json (or run api:core:calls:create).",
		Why:     "Only that request creates a call; another endpoint or method does something else."},
	{Code: CodeImportOption, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "An option or word of the command is not read: it was left out of the import.",
		Why:     "Options that change what is sent (another content type, a form upload, a query string) make a different request."},
	{Code: CodeImportVariable, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "A value holds a shell expansion ($NAME, ${…}, $(…) or `…`), which the shell would replace; it was imported as written.",
		Why:     "The value Twilio receives is whatever the variable holds when the command runs, which the page cannot know."},
	{Code: CodeImportParameter, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "A form field or flag is not a parameter of the Calls create request; it was left out.",
		Why:     "Twilio ignores or rejects unknown parameters, and keys are case-sensitive."},
	{Code: CodeImportDuplicate, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "A single-valued parameter is given more than once; the last value was kept.",
		Why:     "Which of the repeated values Twilio uses is not documented."},
	{Code: CodeImportFile, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A value is read from a file (curl's @file), which the page cannot open; it was left out.",
		Why:     "curl sends the file's content, which is not in the pasted text."},
	{Code: CodeImportEncoding, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "A form value holds a % that does not start a %XX escape (imported as written), or a + before a number, which a form body reads as a space (imported as that space).",
		Why:     "Servers decode a broken escape differently, and a + written raw reaches Twilio as a space (To=+1415… becomes \" 1415…\"), so the value Twilio receives is not the one meant."},
	{Code: CodeImportCommand, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "The text holds more than one command, a pipe or a redirection; only the curl or twilio command (the first, when none is) was read.",
		Why:     "The rest does not change the request that command sends."},
	{Code: CodeImportSecret, Severity: sipuri.Info, Source: "https://www.twilio.com/docs/usage/secure-credentials",
		Summary: "The pasted text holds a credential: an auth token (read, and not kept) or a SipAuthPassword (imported, and kept out of links unless you opt in).",
		Why:     "Anyone who has the auth token can use the account; it belongs in the environment, not in a command or a link."},
}

// Import reads a Calls create request from text a person pasted: a curl
// command (ours, or the vendor docs' style: -d / --data / --data-urlencode,
// -u, line continuations, single/double/$” quoting; a Windows shell's ^ or `
// continuations are read as bash's), a twilio CLI
// `api:core:calls:create` command, or a raw form body.
// What it cannot read (unknown flags, shell variables, a different endpoint)
// comes back as findings with spans into text; secrets are read but reported.
func Import(text string) (Request, []Diagnostic) {
	im := importer{text: text}
	if read, sign, at := windowsContinuations(text); at >= 0 {
		// The same length, so that every span read from it is one in text.
		im.text = read
		shell := "Windows (cmd)"
		if sign == '`' {
			shell = "PowerShell"
		}
		im.report(at, at+1, "", sipuri.Info, CodeImportSyntax,
			"The lines that end with "+string(sign)+" continue a "+shell+" command: each was read as bash's \\.")
	}
	im.read()
	sort.SliceStable(im.diags, func(i, j int) bool { return im.diags[i].Start < im.diags[j].Start })
	return im.r, im.diags
}

// windowsContinuations returns text with the line continuations of a
// Windows shell (a ^ for cmd, a ` for PowerShell, after a blank at the end
// of a line) written as bash's \, with the sign and the offset of the
// first; at is -1 when text has none, or already continues a line as bash
// does.
func windowsContinuations(text string) (read string, sign byte, at int) {
	var b []byte
	at = -1
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			break // the last line continues nothing
		}
		line := strings.TrimSuffix(text[start:start+end], "\r")
		i := start + len(line) - 1 // the line's last byte
		start += end + 1
		if len(line) < 2 {
			continue
		}
		c := line[len(line)-1]
		if c == '\\' {
			return text, 0, -1
		}
		if (c != '^' && c != '`') || (sign != 0 && c != sign) || (line[len(line)-2] != ' ' && line[len(line)-2] != '\t') {
			continue
		}
		if b == nil {
			b, sign, at = []byte(text), c, i
		}
		b[i] = '\\'
	}
	if b == nil {
		return text, 0, -1
	}
	return string(b), sign, at
}

// read reads im.text into im.r, reporting into im.diags.
func (im *importer) read() {
	text := im.text
	words, rest := im.command(0)
	// In a script the curl or twilio command may come after others (set -e,
	// export, echo): those are left out, and said so.
	if len(words) > 0 && !isRequestCommand(words[0].val) {
		var before []span
		saved := len(im.diags)
		at, w, r := rest, words, rest
		for len(w) > 0 && !isRequestCommand(w[0].val) && r < len(text) {
			before = append(before, span{w[0].start, w[len(w)-1].end})
			at = r
			w, r = im.command(at)
		}
		if len(w) > 0 && isRequestCommand(w[0].val) {
			words, rest = w, r
			for _, b := range before {
				im.report(b.start, b.end, "", sipuri.Warning, CodeImportCommand,
					"This command sends no request; it was left out, and the "+w[0].val+" command after it was read.")
			}
		} else {
			im.diags = im.diags[:saved] // no request command follows: read the text as before
		}
	}
	switch {
	case len(words) > 0 && isCurl(words[0].val):
		im.curl(words[1:])
	case len(words) > 0 && words[0].val == "twilio":
		im.cli(words[0], words[1:])
	case strings.Contains(text, "="):
		im.diags = nil // the text is no command: what the shell reader found does not apply
		im.form(text, 0)
		return
	default:
		im.diags = nil
		im.report(0, len(text), "", sipuri.Error, CodeImportUnreadable,
			"This is not a curl command, a twilio api:core:calls:create command or a form body like To=sip%3Aalice%40example.com&From=Jack.")
		return
	}
	if rest < len(text) && strings.TrimSpace(text[rest:]) != "" {
		im.report(rest, len(text), "", sipuri.Warning, CodeImportCommand,
			"Only the first command was read; what follows it was left out.")
	}
}

// An importer is one Import in progress.
type importer struct {
	text  string
	r     Request
	diags []Diagnostic
	seen  map[string]bool // the single-valued keys set so far
}

func (im *importer) report(start, end int, field string, sev sipuri.Severity, code, msg string) {
	im.diags = append(im.diags, Diagnostic{Start: start, End: end, Field: field, Severity: sev, Code: code, Message: msg})
}

// A word is one shell word of the text: its value once quotes and escapes
// are removed, where it is, and the expansions in it, which are kept as
// written.
type word struct {
	val        string
	start, end int
	exps       []span
}

// A span is a part of the text.
type span struct{ start, end int }

// isRequestCommand reports whether a command named name can carry a Calls
// create request.
func isRequestCommand(name string) bool { return isCurl(name) || name == "twilio" }

// isCurl reports whether name runs curl: curl, or curl.exe on Windows (in
// PowerShell, curl alone is another command).
func isCurl(name string) bool { return name == "curl" || strings.EqualFold(name, "curl.exe") }

// command splits the first command of the text from offset i on into words
// the way bash would, and returns them and the offset where the text after
// that command starts. Blank and comment lines before it are skipped, and a
// backslash at the end of a line continues the command. On a syntax error
// it reports and returns the words read so far.
func (im *importer) command(i int) ([]word, int) {
	t := im.text
	var words []word
	for i < len(t) {
		c := t[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\\' && strings.HasPrefix(t[i+1:], "\n"):
			i += 2
		case c == '\\' && strings.HasPrefix(t[i+1:], "\r\n"):
			i += 3
		case c == '#':
			for i < len(t) && t[i] != '\n' {
				i++
			}
		case c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')':
			if len(words) > 0 {
				return words, i
			}
			i++
		default:
			w, next, ok := im.word(i)
			words = append(words, w)
			if !ok {
				return words, len(t)
			}
			i = next
		}
	}
	return words, len(t)
}

// word reads the shell word that starts at i: it returns the word, the
// offset after it, and false when a quote is left open.
func (im *importer) word(i int) (word, int, bool) {
	t := im.text
	w := word{start: i}
	var b strings.Builder
	for i < len(t) {
		c := t[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || strings.IndexByte(";&|<>()", c) >= 0:
			w.val, w.end = b.String(), i
			return w, i, true
		case c == '\\':
			switch {
			case strings.HasPrefix(t[i+1:], "\n"):
				i += 2
			case strings.HasPrefix(t[i+1:], "\r\n"):
				i += 3
			case i+1 < len(t):
				_, n := utf8.DecodeRuneInString(t[i+1:])
				b.WriteString(t[i+1 : i+1+n])
				i += 1 + n
			default:
				i++
			}
		case c == '\'':
			end := strings.IndexByte(t[i+1:], '\'')
			if end < 0 {
				return im.unclosed(w, &b, i, "single quote")
			}
			b.WriteString(t[i+1 : i+1+end])
			i += end + 2
		case c == '"' || c == '$' && strings.HasPrefix(t[i+1:], `"`):
			if c == '$' {
				i++
			}
			next, ok := im.doubleQuoted(&w, &b, i+1)
			if !ok {
				return im.unclosed(w, &b, i, "double quote")
			}
			i = next
		case c == '$' && strings.HasPrefix(t[i+1:], "'"):
			next, ok := ansiQuoted(t, &b, i+2)
			if !ok {
				return im.unclosed(w, &b, i, "$' quote")
			}
			i = next
		case expansionStarts(t, i):
			i = w.expansion(&b, t, i)
		default:
			b.WriteByte(c)
			i++
		}
	}
	w.val, w.end = b.String(), i
	return w, i, true
}

// unclosed reports a quote left open at i and ends the word at the end of
// the text.
func (im *importer) unclosed(w word, b *strings.Builder, i int, what string) (word, int, bool) {
	im.report(i, len(im.text), "", sipuri.Error, CodeImportSyntax,
		"This "+what+" is never closed, so a shell would wait for more input; close it where the value ends.")
	b.WriteString(im.text[i:])
	w.val, w.end = b.String(), len(im.text)
	return w, len(im.text), false
}

// doubleQuoted reads the inside of a double-quoted string from i, after its
// opening quote, into b; it returns the offset after the closing quote.
// A backslash escapes only $ ` " \ and a line break there.
func (im *importer) doubleQuoted(w *word, b *strings.Builder, i int) (int, bool) {
	t := im.text
	for i < len(t) {
		c := t[i]
		switch {
		case c == '"':
			return i + 1, true
		case c == '\\' && i+1 < len(t) && strings.IndexByte("$`\"\\\n", t[i+1]) >= 0:
			if t[i+1] != '\n' {
				b.WriteByte(t[i+1])
			}
			i += 2
		case expansionStarts(t, i):
			i = w.expansion(b, t, i)
		default:
			b.WriteByte(c)
			i++
		}
	}
	return i, false
}

// The escapes of a $'...' string that stand for one fixed text, and the
// most hex digits of \x, \u and \U.
var (
	ansiEscapes = map[byte]string{'a': "\a", 'b': "\b", 'e': "\x1b", 'E': "\x1b", 'f': "\f", 'n': "\n", 'r': "\r",
		't': "\t", 'v': "\v", '\\': "\\", '\'': "'", '"': "\"", '?': "?"}
	ansiHexWidth = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

// ansiQuoted reads the inside of a $'...' string from i, decoding bash's
// backslash escapes into b; it returns the offset after the closing quote.
func ansiQuoted(t string, b *strings.Builder, i int) (int, bool) {
	for i < len(t) {
		c := t[i]
		if c == '\'' {
			return i + 1, true
		}
		if c != '\\' || i+1 == len(t) {
			b.WriteByte(c)
			i++
			continue
		}
		e := t[i+1]
		i += 2
		if s, ok := ansiEscapes[e]; ok {
			b.WriteString(s)
			continue
		}
		switch e {
		case 'x', 'u', 'U':
			width := ansiHexWidth[e]
			n := 0
			for n < width && i+n < len(t) && hexDigit(t[i+n]) {
				n++
			}
			if n == 0 {
				b.WriteString(`\` + string(e))
				continue
			}
			v, _ := strconv.ParseUint(t[i:i+n], 16, 32)
			i += n
			if e == 'x' {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n := 1
			for n < 3 && i-1+n < len(t) && '0' <= t[i-1+n] && t[i-1+n] <= '7' {
				n++
			}
			v, _ := strconv.ParseUint(t[i-1:i-1+n], 8, 16)
			b.WriteByte(byte(v))
			i += n - 1
		case 'c':
			if i < len(t) {
				b.WriteByte(t[i] & 0x1f)
				i++
			}
		default:
			b.WriteString(t[i-2 : i])
		}
	}
	return i, false
}

// expansionEnd returns the end of the shell expansion that starts at i
// (a $ or a backquote): $NAME, $1, $?, ${…}, $(…) or `…`. A lone $ is
// one byte. Nested brackets are counted in one pass.
func expansionEnd(t string, i int) int {
	if t[i] == '`' {
		if end := strings.IndexByte(t[i+1:], '`'); end >= 0 {
			return i + end + 2
		}
		return len(t)
	}
	j := i + 1
	switch {
	case j == len(t):
		return j
	case t[j] == '{' || t[j] == '(':
		open, close := t[j], byte('}')
		if open == '(' {
			close = ')'
		}
		depth := 0
		for ; j < len(t); j++ {
			switch t[j] {
			case open:
				depth++
			case close:
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(t)
	case isNameStart(t[j]):
		for j < len(t) && (isNameStart(t[j]) || '0' <= t[j] && t[j] <= '9') {
			j++
		}
		return j
	case strings.IndexByte("0123456789@*#?$!-", t[j]) >= 0:
		return j + 1
	}
	return j
}

func isNameStart(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func hexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// set sets the parameter key to v (a List gets v appended), reporting an
// unknown key and a single-valued key given twice. at is the span the
// value came from.
func (im *importer) set(key, v string, at span) {
	p := byKey[key]
	if p == nil || p.Path {
		im.report(at.start, at.end, "", sipuri.Warning, CodeImportParameter,
			strconv.Quote(key)+" is not a parameter of the Calls create request (keys are case-sensitive); it was left out.")
		return
	}
	if p.Kind == List {
		l := p.list(&im.r)
		*l = append(*l, v)
		return
	}
	if im.seen[key] {
		im.report(at.start, at.end, key, sipuri.Warning, CodeImportDuplicate,
			key+" is given more than once; the last value was kept.")
	}
	if im.seen == nil {
		im.seen = map[string]bool{}
	}
	im.seen[key] = true
	*p.text(&im.r) = v
	if p.Secret && v != "" {
		im.report(at.start, at.end, key, sipuri.Info, CodeImportSecret,
			key+" was imported; it is a secret, so it stays out of links unless you opt in.")
	}
}

// variables reports the expansions in w, which were imported as written.
func (im *importer) variables(w word, field string) {
	for _, e := range w.exps {
		im.report(e.start, e.end, field, sipuri.Warning, CodeImportVariable,
			im.text[e.start:e.end]+" is a shell expansion; it was imported as written, not as the value it would have.")
	}
}

// form reads a form body: key=value pairs joined by & (or line breaks),
// percent-encoded with + for a space. at is the offset of body in the
// text, for the spans; a body inside a shell word has at -1 and its
// findings take the word's span from where.
func (im *importer) form(body string, at int) { im.formIn(body, at, span{}) }

func (im *importer) formIn(body string, at int, where span) {
	start := 0
	for start <= len(body) {
		end := strings.IndexAny(body[start:], "&\n")
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		piece := strings.TrimSpace(body[start:end])
		sp := where
		if at >= 0 {
			sp = span{at + start, at + end}
		}
		if piece != "" {
			k, v, ok := strings.Cut(piece, "=")
			key, kerr := formUnescape(k)
			val, verr := formUnescape(v)
			if kerr || verr {
				im.report(sp.start, sp.end, key, sipuri.Warning, CodeImportEncoding,
					"This field holds a % that does not start a %XX escape; it was imported as written.")
			}
			if rawPlusNumber(v) {
				im.report(sp.start, sp.end, key, sipuri.Warning, CodeImportEncoding,
					"A form body reads + as a space, so Twilio receives "+key+" as "+strconv.Quote(val)+
						"; write the + as %2B, or send the field with --data-urlencode.")
			}
			if !ok {
				im.report(sp.start, sp.end, "", sipuri.Warning, CodeImportParameter,
					strconv.Quote(key)+" has no = and value; it was left out.")
			} else {
				im.set(key, val, sp)
			}
		}
		start = end + 1
	}
}

// rawPlusNumber reports whether the form value v, as written, has a + in
// front of a digit at its start or after "sip:" or "sips:": a phone number
// whose + was not encoded, which an encoder would have written %2B.
func rawPlusNumber(v string) bool {
	for _, prefix := range []string{"", "sip:", "sips:"} {
		if rest, ok := strings.CutPrefix(v, prefix); ok && len(rest) > 1 && rest[0] == '+' && '0' <= rest[1] && rest[1] <= '9' {
			return true
		}
	}
	return false
}

// formUnescape decodes a form-encoded string: %XX escapes and + for a
// space. A % that starts no escape stays as it is, and bad is true.
func formUnescape(s string) (string, bool) {
	if !strings.ContainsAny(s, "%+") {
		return s, false
	}
	var b strings.Builder
	bad := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && hexDigit(s[i+1]) && hexDigit(s[i+2]):
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b.WriteByte(byte(v))
			i += 2
		case c == '%':
			bad = true
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), bad
}

// The curl options Import knows. Those that change nothing Twilio
// receives are read and dropped; the rest are read into the request.
var (
	curlIgnored    = []string{"-s", "--silent", "-S", "--show-error", "-i", "--include", "-v", "--verbose", "-L", "--location", "-f", "--fail", "--fail-with-body", "-g", "--globoff", "--compressed", "--basic", "-#", "--progress-bar", "-N", "--no-buffer"}
	curlIgnoredArg = []string{"-o", "--output", "-w", "--write-out", "-m", "--max-time", "--connect-timeout", "--retry", "-A", "--user-agent", "-e", "--referer"}
	curlReadArg    = []string{"-X", "--request", "-d", "--data", "--data-ascii", "--data-binary", "--data-raw", "--data-urlencode", "-u", "--user", "-H", "--header", "--url"}
	// Options that take an argument and change what is sent, which Import
	// does not read: left out with their argument, and reported.
	curlUnreadArg = []string{"-F", "--form", "--form-string", "-T", "--upload-file", "-b", "--cookie", "-x", "--proxy", "-K", "--config", "--json"}
)

// A curlOption is one option of a curl command with its argument.
type curlOption struct {
	name string
	arg  word
	at   span // the option and its argument
}

// curl reads the words of a curl command after "curl".
func (im *importer) curl(words []word) {
	var opts []curlOption
	var urls []word
	options := true
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !options || !strings.HasPrefix(w.val, "-") || w.val == "-" {
			urls = append(urls, w)
			continue
		}
		if w.val == "--" {
			options = false
			continue
		}
		name, attached := w.val, ""
		if !strings.HasPrefix(name, "--") && len(name) > 2 {
			// A cluster of short options: no-argument ones, then maybe
			// one that takes the rest of the word or the next word.
			j := 1
			for j < len(name) && slices.Contains(curlIgnored, "-"+name[j:j+1]) {
				j++
			}
			if j == len(name) {
				continue
			}
			name, attached = "-"+name[j:j+1], name[j+1:]
		}
		switch {
		case slices.Contains(curlIgnored, name):
		case slices.Contains(curlReadArg, name) || slices.Contains(curlIgnoredArg, name) || slices.Contains(curlUnreadArg, name):
			arg := word{val: attached, start: w.start, end: w.end}
			if attached == "" {
				if i+1 == len(words) {
					im.report(w.start, w.end, "", sipuri.Error, CodeImportSyntax, name+" needs a value after it.")
					continue
				}
				i++
				arg = words[i]
			}
			switch {
			case slices.Contains(curlReadArg, name):
				opts = append(opts, curlOption{name, arg, span{w.start, arg.end}})
			case slices.Contains(curlUnreadArg, name):
				im.report(w.start, arg.end, "", sipuri.Warning, CodeImportOption,
					name+" is not an option Import reads; it was left out with its value, and the request it sends may differ.")
			}
		default:
			at := span{w.start, w.end}
			// An unknown long option takes the next word when that is
			// neither an option nor a URL.
			if strings.HasPrefix(name, "--") && !strings.Contains(name, "=") && i+1 < len(words) &&
				!strings.HasPrefix(words[i+1].val, "-") && !strings.Contains(words[i+1].val, "://") {
				i++
				at.end = words[i].end
			}
			im.report(at.start, at.end, "", sipuri.Warning, CodeImportOption,
				name+" is not an option Import reads; it was left out, and the request it sends may differ.")
		}
	}
	for _, o := range opts {
		if o.name == "--url" {
			urls = append(urls, o.arg)
		}
	}
	im.curlURL(urls)
	for _, o := range opts {
		im.curlOption(o)
	}
}

// curlOption reads one option that Import reads.
func (im *importer) curlOption(o curlOption) {
	a := o.arg
	switch o.name {
	case "-X", "--request":
		if a.val != "POST" {
			im.report(o.at.start, o.at.end, "", sipuri.Error, CodeImportEndpoint,
				"The method is "+strconv.Quote(a.val)+"; a call is created with POST.")
		}
	case "-H", "--header":
		name, val, _ := strings.Cut(a.val, ":")
		if strings.EqualFold(strings.TrimSpace(name), "Content-Type") &&
			!strings.EqualFold(strings.TrimSpace(val), "application/x-www-form-urlencoded") {
			im.report(o.at.start, o.at.end, "", sipuri.Warning, CodeImportOption,
				"The body is sent as "+strings.TrimSpace(val)+"; Twilio reads application/x-www-form-urlencoded.")
		}
	case "-u", "--user":
		_, token, _ := strings.Cut(a.val, ":")
		if token != "" && !isPlaceholder(token) {
			im.report(o.at.start, o.at.end, "", sipuri.Info, CodeImportSecret,
				"The auth token after the colon was left out of the import, so that it goes no further: the curl made from the request reads $TWILIO_AUTH_TOKEN unless you give the token yourself.")
		}
	case "--data-urlencode":
		im.variables(a, "")
		at := span{o.at.start, o.at.end}
		eq, file := strings.IndexByte(a.val, '='), strings.IndexByte(a.val, '@')
		switch {
		case file >= 0 && (eq < 0 || file < eq):
			im.report(at.start, at.end, "", sipuri.Error, CodeImportFile,
				"This value is read from the file "+strconv.Quote(a.val[file+1:])+", which is not in the pasted text; it was left out.")
		case eq <= 0:
			im.report(at.start, at.end, "", sipuri.Warning, CodeImportParameter,
				"This value has no name= before it, so Twilio would not know its parameter; it was left out.")
		default:
			im.set(a.val[:eq], a.val[eq+1:], at)
		}
	case "-d", "--data", "--data-ascii", "--data-binary", "--data-raw":
		im.variables(a, "")
		if o.name != "--data-raw" && strings.HasPrefix(a.val, "@") {
			im.report(o.at.start, o.at.end, "", sipuri.Error, CodeImportFile,
				"This body is read from the file "+strconv.Quote(a.val[1:])+", which is not in the pasted text; it was left out.")
			return
		}
		im.formIn(a.val, -1, o.at)
	}
}

// isPlaceholder reports whether s is only a shell variable, as in
// $TWILIO_AUTH_TOKEN or ${TWILIO_AUTH_TOKEN}, or a {Name} placeholder.
func isPlaceholder(s string) bool {
	if strings.HasPrefix(s, "${") && strings.HasSuffix(s, "}") {
		s = "$" + s[2:len(s)-1]
	} else if strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
		s = "$" + s[1:len(s)-1]
	}
	return len(s) > 1 && s[0] == '$' && expansionEnd(s, 0) == len(s) && isNameStart(s[1])
}

// The Calls create URL, around the AccountSid.
const (
	callsPrefix = "https://api.twilio.com/2010-04-01/Accounts/"
	callsSuffix = "/Calls.json"
)

// curlURL reads the AccountSid from the command's one URL.
func (im *importer) curlURL(urls []word) {
	if len(urls) == 0 {
		im.report(0, len(im.text), "", sipuri.Error, CodeImportEndpoint,
			"The command has no URL; a call is created at "+callsPrefix+"{AccountSid}"+callsSuffix+".")
		return
	}
	for _, u := range urls[1:] {
		im.report(u.start, u.end, "", sipuri.Warning, CodeImportOption,
			"Only the first URL was read; curl would send the request to this one too.")
	}
	u := urls[0]
	sid, ok := strings.CutPrefix(u.val, callsPrefix)
	if ok {
		sid, ok = strings.CutSuffix(sid, callsSuffix)
		if !ok {
			sid, ok = strings.CutSuffix(strings.TrimSuffix(sid, "/"), "/Calls") // the vendor's older samples
		}
	}
	if !ok || strings.ContainsAny(sid, "/?#") {
		im.report(u.start, u.end, "", sipuri.Error, CodeImportEndpoint,
			"This URL is not the Calls create URL "+callsPrefix+"{AccountSid}"+callsSuffix+".")
		return
	}
	if isPlaceholder(sid) {
		// The account comes from the environment, which is what an empty
		// AccountSid means.
		if sid != "$TWILIO_ACCOUNT_SID" && sid != "${TWILIO_ACCOUNT_SID}" && sid != "{AccountSid}" {
			for _, e := range u.exps {
				im.report(e.start, e.end, "AccountSid", sipuri.Warning, CodeImportVariable,
					im.text[e.start:e.end]+" is a shell variable; the AccountSid was left empty, which means $TWILIO_ACCOUNT_SID.")
			}
		}
		return
	}
	for _, e := range u.exps {
		im.report(e.start, e.end, "AccountSid", sipuri.Warning, CodeImportVariable,
			im.text[e.start:e.end]+" is a shell expansion; the AccountSid was imported as written.")
	}
	v, bad := pathUnescape(sid)
	if bad {
		im.report(u.start, u.end, "AccountSid", sipuri.Warning, CodeImportEncoding,
			"The AccountSid in the URL holds a % that does not start a %XX escape; it was imported as written.")
	}
	im.r.AccountSid = v
}

// pathUnescape decodes %XX escapes (but not +) in a URL path segment.
func pathUnescape(s string) (string, bool) {
	v, bad := formUnescape(strings.ReplaceAll(s, "+", "%2B"))
	return v, bad
}

// The twilio CLI's own flags, which change nothing Twilio receives.
var (
	cliIgnored    = []string{"--silent", "--skip-parameter-validation", "--no-header"}
	cliIgnoredArg = []string{"-o", "--output", "-l", "--log-level", "-p", "--profile", "--properties"}
)

// cli reads the words of a twilio CLI command after "twilio".
func (im *importer) cli(twilio word, words []word) {
	if len(words) == 0 || words[0].val != "api:core:calls:create" {
		at := span{twilio.start, twilio.end}
		if len(words) > 0 {
			at.end = words[0].end
		}
		im.report(at.start, at.end, "", sipuri.Error, CodeImportEndpoint,
			"This twilio command does not create a call; that is twilio api:core:calls:create.")
		return
	}
	flags := map[string]*Parameter{}
	for i := range parameters {
		flags["--"+separated(parameters[i].Key, '-')] = &parameters[i]
	}
	for i := 1; i < len(words); i++ {
		w := words[i]
		name, val, hasVal := strings.Cut(w.val, "=")
		p := flags[name]
		switch {
		case slices.Contains(cliIgnored, name):
		case slices.Contains(cliIgnoredArg, name):
			if !hasVal {
				i++
			}
		case p == nil:
			im.report(w.start, w.end, "", sipuri.Warning, CodeImportOption,
				strconv.Quote(w.val)+" is not a flag of api:core:calls:create that Import reads; it was left out.")
		case p.Kind == Bool && hasVal:
			im.report(w.start, w.end, p.Key, sipuri.Warning, CodeImportOption,
				name+" takes no value (it alone means true); it was left out.")
		case p.Kind == Bool:
			im.set(p.Key, "true", span{w.start, w.end})
		default:
			at := span{w.start, w.end}
			if !hasVal {
				if i+1 == len(words) {
					im.report(w.start, w.end, p.Key, sipuri.Error, CodeImportSyntax, name+" needs a value after it.")
					continue
				}
				i++
				val, at.end = words[i].val, words[i].end
				im.variables(words[i], p.Key)
			} else {
				im.variables(w, p.Key)
			}
			if p.Path {
				im.r.AccountSid = val
				continue
			}
			im.set(p.Key, val, at)
			// A list flag takes the words after it up to the next flag.
			for p.Kind == List && i+1 < len(words) && !strings.HasPrefix(words[i+1].val, "-") {
				i++
				im.variables(words[i], p.Key)
				im.set(p.Key, words[i].val, span{words[i].start, words[i].end})
			}
		}
	}
}

// expansionStarts reports whether a shell expansion ($name, ${…}, $(…),
// $1, $@ … or a backquote) starts at t[i].
func expansionStarts(t string, i int) bool {
	if t[i] == '`' {
		return true
	}
	return t[i] == '$' && i+1 < len(t) && (isNameStart(t[i+1]) || strings.IndexByte("{(0123456789@*#?$!-", t[i+1]) >= 0)
}

// expansion copies the expansion starting at t[i] into b as written,
// records its span in w, and returns the offset after it.
func (w *word) expansion(b *strings.Builder, t string, i int) int {
	end := expansionEnd(t, i)
	w.exps = append(w.exps, span{i, end})
	b.WriteString(t[i:end])
	return end
}
