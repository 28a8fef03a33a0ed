package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sipplay/sipplay/twiml"
)

var lintCommand = &command{
	name:    "lint",
	args:    "[flags] PATH…",
	summary: "check TwiML files, directories or - (standard input)",
	about: `Lint checks TwiML documents: well-formed XML, the TwiML voice schema, the
<Dial> and <Sip> attribute values and every SIP URI in a <Sip>.

A file named on the command line is always checked, once however often it
is named. A directory (or a link to one) is walked for *.xml files;
directories whose name starts with a dot and links inside are skipped, and
a file found there is checked only when its root element is <Response>; any
other XML file is skipped and the skip is reported on standard error, as is
a directory where no TwiML file is found.
"-" reads one document from standard input. With --only-twiml a named file
is skipped like a found one when its root element is not <Response> (for
hooks that pass every *.xml file).

Files that cannot be read, are not UTF-8 or are larger than 1 MiB are
reported on standard error; the run goes on with the other files and ends
with exit status 2.

--fix rewrites each file with every safe fix applied (through a temporary
file and a rename, so a file is either rewritten whole or not at all; a link
is kept, and the file it points to is rewritten; a read-only file is
reported, not rewritten). A fix
is safe when it clears its finding without adding an error; the others are
left out and reported. So are the fixes that would change what the call does
rather than how the text is written (delete a password from a URI, add
secure=true, rename a header, guess a region, keep one of two differing
repetitions): the playground offers them one click at a time. --diff prints the same changes as a unified diff
(apply it with patch -p0) and changes no file. Either way the findings
printed and the exit status are those of the fixed text.
`,
	flags: func(fs *flag.FlagSet, e env) func([]string) int {
		out := addOutputFlags(fs)
		fix := fs.Bool("fix", false, "apply every safe fix to the files in place")
		diff := fs.Bool("diff", false, "print the fixes as a unified diff instead of the findings; change no file")
		onlyTwiML := fs.Bool("only-twiml", false, "skip named files whose root element is not <Response>, as in a directory")
		return func(paths []string) int {
			if len(paths) == 0 {
				return usageError(e, "lint", "name at least one file or directory (- reads standard input)")
			}
			if *fix && *diff {
				return usageError(e, "lint", "--fix and --diff exclude each other")
			}
			l := linter{e: e, fix: *fix, diff: *diff, onlyTwiML: *onlyTwiML, rep: &report{stderr: e.stderr}}
			for _, p := range paths {
				l.path(p)
			}
			if l.diff {
				e.stdout.Write(l.diffs.Bytes())
			} else if err := l.rep.write(e.stdout, out.format, e.terminal); err != nil {
				l.rep.trouble("writing the findings: %v", err)
			}
			return l.rep.status(out.failOn)
		}
	},
}

// A linter checks the TwiML documents of one lint run.
type linter struct {
	e         env
	fix, diff bool
	onlyTwiML bool // skip named files that are not TwiML, as found ones are
	rep       *report
	diffs     bytes.Buffer // the unified diffs, with --diff
	stdinRead bool
	seen      map[string]bool // the files met, by the path they resolve to: whether each was linted
}

// path lints one command-line argument: a file, a directory or "-".
func (l *linter) path(p string) {
	if p == "-" {
		if l.stdinRead {
			l.rep.trouble("-: standard input can be read only once")
			return
		}
		l.stdinRead = true
		text, err := readText(l.e.stdin)
		if err != nil {
			l.rep.trouble("<stdin>: %v", err)
			return
		}
		if l.fix {
			l.rep.trouble("<stdin>: --fix rewrites files; use --diff for standard input")
			return
		}
		l.document(&document{name: "<stdin>", text: text}, "")
		return
	}
	fi, err := os.Stat(p)
	if err != nil {
		l.rep.fileTrouble(p, ioError(err))
		return
	}
	if !fi.IsDir() {
		l.file(p, l.onlyTwiML)
		return
	}
	found := false
	walkXML(p, func(path string, err error) {
		if err != nil {
			l.rep.fileTrouble(path, ioError(err))
			return
		}
		found = l.file(path, true) || found
	})
	if !found {
		// Not a trouble (a tree may hold no TwiML yet), but a wrong path
		// in a CI configuration would otherwise pass in silence.
		l.rep.note("%s: no TwiML file found (a *.xml file whose root element is <Response>)", quoteName(p))
	}
}

// file lints the file at path; found says it was found in a directory walk
// (or --only-twiml is set), where files whose root element is not
// <Response> are skipped. It reports whether the file is linted, now or
// earlier in the run (false when it is skipped or cannot be read).
func (l *linter) file(path string, found bool) bool {
	// A file named twice (as itself and inside a named directory, or
	// through a link) is linted once: twice, its findings would be
	// reported twice and its diff would not apply.
	key, err := filepath.EvalSymlinks(path)
	if err != nil {
		key = path
	}
	if abs, err := filepath.Abs(key); err == nil {
		key = abs
	}
	if linted, ok := l.seen[key]; ok {
		return linted
	}
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	l.seen[key] = false
	text, err := readFile(path)
	if err != nil {
		l.rep.fileTrouble(path, err)
		return false
	}
	if found {
		if root := rootElement(text); !isTwiML(root) {
			if root == "" {
				l.rep.note("%s: skipped: no root element could be read, so it is not taken for TwiML", quoteName(path))
			} else {
				l.rep.note("%s: skipped: its root element is <%s>, not <Response>", quoteName(path), visible(root))
			}
			return false
		}
	}
	l.seen[key] = true
	l.document(&document{name: filepath.Clean(path), text: text}, path)
	return true
}

// document checks doc, first applying the fixes when asked to; path is the
// file to rewrite ("" for standard input).
func (l *linter) document(doc *document, path string) {
	if !l.fix && !l.diff {
		l.rep.add(doc, twiml.Check(doc.text))
		return
	}
	res := applyFixes(doc.text, twiml.Check)
	for _, u := range res.left {
		p := positionOf(res.text, u.Start)
		l.rep.note("%s:%d:%d: the fix for [%s] is not applied: %s", quoteName(doc.name), p.line, p.col, u.Code, u.why)
	}
	if res.text != doc.text {
		if l.diff {
			l.diffs.WriteString(unifiedDiff(doc.name, doc.text, res.text))
		} else if err := writeAtomic(path, res.text); err != nil {
			l.rep.fileTrouble(path, fmt.Errorf("not fixed: %w", err))
			l.rep.add(doc, twiml.Check(doc.text))
			return
		}
	}
	fixed := &document{name: doc.name, text: res.text}
	l.rep.add(fixed, res.findings)
}

// writeAtomic replaces the file at path with text: it writes a temporary
// file next to it, with the same permissions, and renames it over path.
// When path is a symbolic link, the file it points to is replaced and the
// link is kept. A file whose mode lets no one write it is not replaced,
// though its directory would allow the rename.
func writeAtomic(path, text string) (err error) {
	path, err = filepath.EvalSymlinks(path)
	if err != nil {
		return ioError(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return ioError(err)
	}
	if fi.Mode().Perm()&0o222 == 0 {
		return errors.New("the file is read-only")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".sipplay-*")
	if err != nil {
		return ioError(err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.WriteString(text); err != nil {
		tmp.Close()
		return ioError(err)
	}
	if err = tmp.Chmod(fi.Mode().Perm()); err != nil {
		tmp.Close()
		return ioError(err)
	}
	if err = tmp.Sync(); err != nil {
		tmp.Close()
		return ioError(err)
	}
	if err = tmp.Close(); err != nil {
		return ioError(err)
	}
	return ioError(os.Rename(tmp.Name(), path))
}
