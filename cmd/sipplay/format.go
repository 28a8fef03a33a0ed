package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// writeText prints one line per finding, file:line:col: severity: message
// [code]. On a terminal the source line follows, with a caret under the span
// (to the end of the line when the span goes on). Control characters are
// shown as U+FFFD so that no input can drive the terminal.
func writeText(w io.Writer, fs []finding, terminal bool) error {
	bw := bufio.NewWriter(w)
	for i := range fs {
		f := &fs[i]
		start, end := f.span()
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", visible(f.doc.name), start.line, start.col, f.Severity, visible(f.Message), visible(f.Code))
		if !terminal {
			continue
		}
		line, lineStart := lineAt(f.doc.text, f.Start)
		bw.WriteString(visible(line) + "\n")
		// The span on this line, in bytes of line: to its end when the span
		// goes on past it.
		from := max(0, min(f.Start-lineStart, len(line)))
		to := len(line)
		if end.line == start.line {
			to = max(from, min(f.End-lineStart, len(line)))
		}
		width := max(1, cells(line[from:to]))
		bw.WriteString(caretIndent(line, from) + "^" + strings.Repeat("~", width-1) + "\n")
	}
	return bw.Flush()
}

// caretIndent returns the blanks that put a caret under byte offset off of
// line: a tab for each tab, and as many spaces as a terminal gives each
// other character (see cells).
func caretIndent(line string, off int) string {
	var b strings.Builder
	for _, r := range line[:max(0, min(off, len(line)))] {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", runeCells(r)))
		}
	}
	return b.String()
}

// cells is the number of terminal columns s takes (tabs count one).
func cells(s string) int {
	n := 0
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}

// runeCells is the number of terminal columns r takes: none for a combining
// mark or a format character, two for a wide character (Unicode's East
// Asian Width W or F: the CJK scripts and wideBlocks), else one.
func runeCells(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, wideBlocks):
		return 2
	}
	return 1
}

// wideBlocks are the blocks of wide characters outside the CJK scripts
// that text in TwiML holds (UAX #11, East Asian Width W and F).
var wideBlocks = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x3000, Hi: 0x303F, Stride: 1}, // CJK Symbols and Punctuation: 、。「」 and the ideographic space
		{Lo: 0xFF01, Hi: 0xFF60, Stride: 1}, // Fullwidth ASCII variants
		{Lo: 0xFFE0, Hi: 0xFFE6, Stride: 1}, // Fullwidth currency signs
	},
	R32: []unicode.Range32{
		{Lo: 0x1F300, Hi: 0x1F64F, Stride: 1}, // Miscellaneous Symbols and Pictographs, Emoticons
		{Lo: 0x1F680, Hi: 0x1F6FF, Stride: 1}, // Transport and Map Symbols
		{Lo: 0x1F900, Hi: 0x1F9FF, Stride: 1}, // Supplemental Symbols and Pictographs
	},
}

// visible replaces control characters other than tab, and invalid UTF-8,
// with U+FFFD, one for one, so columns stay where they were.
func visible(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != '\t' && unicode.IsControl(r) || r == utf8.RuneError }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r != '\t' && unicode.IsControl(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// jsonFinding is one finding in --format json.
type jsonFinding struct {
	File      string   `json:"file"`
	Field     string   `json:"field,omitempty"` // request findings: the Calls parameter
	Start     int      `json:"start"`           // byte offset, inclusive
	End       int      `json:"end"`             // byte offset, exclusive
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"endLine"`
	EndColumn int      `json:"endColumn"` // the column after the span
	Severity  string   `json:"severity"`
	Code      string   `json:"code"`
	Message   string   `json:"message"`
	Fix       *jsonFix `json:"fix"`
}

type jsonFix struct {
	Title   string `json:"title"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	NewText string `json:"newText"`
	Choice  string `json:"choice,omitempty"` // set when the fix is a choice for a person, not a correction: what it would change
}

// writeJSON prints a JSON array with one object per finding, one per line.
func writeJSON(w io.Writer, fs []finding) error {
	var b bytes.Buffer
	b.WriteString("[")
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i := range fs {
		f := &fs[i]
		start, end := f.span()
		jf := jsonFinding{
			File: f.doc.name, Field: f.doc.field,
			Start: f.Start, End: f.End,
			Line: start.line, Column: start.col, EndLine: end.line, EndColumn: end.col,
			Severity: f.Severity.String(), Code: f.Code, Message: f.Message,
		}
		if x := f.Fix; x != nil {
			jf.Fix = &jsonFix{Title: x.Title, Start: x.Start, End: x.End, NewText: x.NewText, Choice: x.Choice}
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n")
		if err := enc.Encode(jf); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1) // Encode ends the object with a newline
	}
	if len(fs) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// githubLevels maps a severity to its workflow command.
var githubLevels = map[string]string{"error": "error", "warning": "warning", "info": "notice"}

// writeGitHub prints one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the file and line (a finding about
// a request parameter names the parameter and no file), and an error
// annotation on each file that could not be checked or fixed, so that the
// failed run says why where the findings are shown.
func writeGitHub(w io.Writer, fs []finding, troubles []fileTrouble) error {
	bw := bufio.NewWriter(w)
	for _, t := range troubles {
		fmt.Fprintf(bw, "::error file=%s,title=%s::%s\n", githubProperty(repoPath(t.name)), githubProperty("sipplay"), githubData(t.message))
	}
	for i := range fs {
		f := &fs[i]
		title := githubProperty("sipplay " + f.Code)
		if f.doc.field != "" {
			// A request parameter is no file: the annotation is the job's.
			fmt.Fprintf(bw, "::%s title=%s::%s\n", githubLevels[f.Severity.String()], title,
				githubData(f.doc.field+": "+f.Message+" ["+f.Code+"]"))
			continue
		}
		start, end := f.span()
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevels[f.Severity.String()], githubProperty(repoPath(f.doc.name)),
			start.line, start.col, end.line, end.col,
			title, githubData(f.Message+" ["+f.Code+"]"))
	}
	return bw.Flush()
}

// The escapes of a workflow command: its message (data), and its property
// values, which also may not hold the : and , that separate them.
var (
	githubDataEscapes     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscapes = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubData escapes the message of a workflow command.
func githubData(s string) string { return githubDataEscapes.Replace(s) }

// githubProperty escapes a property value of a workflow command.
func githubProperty(s string) string { return githubPropertyEscapes.Replace(s) }

// quoteName is a file name as an error message shows it: quoted when it has
// blanks or characters that are not printable.
func quoteName(name string) string {
	if strings.ContainsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }) {
		return strconv.Quote(name)
	}
	return name
}
