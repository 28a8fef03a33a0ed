package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
)

// A document is one checked text: a file, standard input, a URI given as an
// argument, or one field of a Calls request.
type document struct {
	name  string // a path, or <stdin>, <argN>, or the request field's name
	text  string
	field string // the Calls parameter, for a request finding
}

// A finding is a Diagnostic about a document; its offsets are into doc.text.
type finding struct {
	doc *document
	sipuri.Diagnostic
}

// A position is a 1-based line and column. The column counts Unicode code
// points from the start of the line, so a tab or an é is one column.
type position struct{ line, col int }

// positionOf returns the position of byte offset off in text, clamped to it.
// Lines end at '\n'; an offset inside a multi-byte character counts it
// whole, so the column stays on the character; a byte order mark is not a
// column.
func positionOf(text string, off int) position {
	off = max(0, min(off, len(text)))
	before := text[:off]
	start := strings.LastIndexByte(before, '\n') + 1
	if start == 0 {
		start = bomLen(before)
	}
	return position{
		line: 1 + strings.Count(before, "\n"),
		col:  1 + utf8.RuneCountInString(before[start:]),
	}
}

// bomLen is the length of the byte order mark text starts with, if any: an
// editor shows none, so it is not counted as a column.
func bomLen(text string) int {
	if strings.HasPrefix(text, "\uFEFF") {
		return len("\uFEFF")
	}
	return 0
}

// span returns where f starts and ends (the end is the position of the
// first byte after it).
func (f *finding) span() (start, end position) {
	return positionOf(f.doc.text, f.Start), positionOf(f.doc.text, max(f.Start, f.End))
}

// lineAt returns the line of text holding byte offset off, without its line
// ending, and the offset where that line starts.
func lineAt(text string, off int) (line string, start int) {
	off = max(0, min(off, len(text)))
	start = strings.LastIndexByte(text[:off], '\n') + 1
	if start == 0 {
		start = min(bomLen(text), off)
	}
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text) - start
	}
	return strings.TrimSuffix(text[start:start+end], "\r"), start
}

// A report collects the findings of one run and counts the input troubles,
// which it prints to stderr as they happen.
type report struct {
	findings     []finding
	troubles     int
	fileTroubles []fileTrouble // the troubles about one file, for --format github
	stderr       io.Writer
}

// A fileTrouble is an input or I/O problem with one file: it cannot be
// read, is not UTF-8, is too large, or could not be fixed.
type fileTrouble struct {
	name, message string
}

// add records the diagnostics ds about doc.
func (r *report) add(doc *document, ds []sipuri.Diagnostic) {
	for _, d := range ds {
		r.findings = append(r.findings, finding{doc: doc, Diagnostic: d})
	}
}

// trouble prints one input or I/O problem; the run goes on, and ends with
// exit status 2.
func (r *report) trouble(format string, args ...any) {
	r.troubles++
	fmt.Fprintf(r.stderr, "sipplay: "+format+"\n", args...)
}

// fileTrouble prints an input or I/O problem with the file at path, as
// trouble does, and keeps it for the formats that show it on the file.
func (r *report) fileTrouble(path string, err error) {
	r.trouble("%s: %v", quoteName(path), err)
	r.fileTroubles = append(r.fileTroubles, fileTrouble{name: path, message: err.Error()})
}

// note prints something the user should know that is not a problem, such
// as a skipped file.
func (r *report) note(format string, args ...any) {
	fmt.Fprintf(r.stderr, "sipplay: "+format+"\n", args...)
}

// status is the exit status the run ends with.
func (r *report) status(failOn failLevel) int {
	if r.troubles > 0 {
		return exitTrouble
	}
	for _, f := range r.findings {
		if failOn.fails(f.Severity) {
			return exitFindings
		}
	}
	return exitClean
}

// write prints the findings to w in the chosen format.
func (r *report) write(w io.Writer, format string, terminal bool) error {
	switch format {
	case "json":
		return writeJSON(w, r.findings)
	case "sarif":
		return writeSARIF(w, r.findings, r.fileTroubles)
	case "github":
		return writeGitHub(w, r.findings, r.fileTroubles)
	default:
		return writeText(w, r.findings, terminal)
	}
}
