package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxInput is the largest input sipplay reads: TwiML documents and URI
// lists are far smaller, and a bigger file is most likely not one.
const maxInput = 1 << 20

// readText reads all of r as a UTF-8 text of at most maxInput bytes. The
// error says what is wrong and where; the caller adds the name.
func readText(r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", err
	}
	return checkText(b)
}

// checkText returns b as a string when it is UTF-8 and at most maxInput
// bytes long.
func checkText(b []byte) (string, error) {
	if len(b) > maxInput {
		return "", errors.New("larger than 1 MiB; sipplay reads files up to 1 MiB")
	}
	if !utf8.Valid(b) {
		off := invalidUTF8(b)
		p := positionOf(string(b[:off]), off)
		return "", fmt.Errorf("not UTF-8: byte 0x%02X at line %d, column %d (byte offset %d) is not part of a UTF-8 character", b[off], p.line, p.col, off)
	}
	return string(b), nil
}

// invalidUTF8 returns the offset of the first byte of b that is not part of
// a valid UTF-8 encoding.
func invalidUTF8(b []byte) int {
	for off := 0; off < len(b); {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			return off
		}
		off += n
	}
	return len(b)
}

// readFile reads the text file at path.
func readFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", ioError(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return "", errors.New("is a directory")
	}
	return readText(f)
}

// ioError drops the operation and path from a *fs.PathError, which the
// caller's message already names.
func ioError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// rootElement returns the name of the root element of the XML document
// text, or "" when the document has none that can be read (it is empty or
// broken before its first element).
func rootElement(text string) string {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = true
	// The text is UTF-8 already; a declared encoding is only a label here.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
}

// isTwiML reports whether a file found in a directory is linted: its root
// element is <Response>, in any case (a <response> is a TwiML mistake to
// report, not a file to skip).
func isTwiML(root string) bool {
	return strings.EqualFold(root, "Response")
}

// walkXML calls visit for every *.xml file under dir, in lexical order,
// skipping directories whose name starts with a dot (.git and the like). A
// directory that cannot be read is passed to visit with its error. dir may
// be a symbolic link to a directory, which is walked (the paths start with
// dir); links found inside are not followed.
func walkXML(dir string, visit func(path string, err error)) {
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err := filepath.EvalSymlinks(dir); err == nil {
			root = target
		}
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		top := path == root
		if rel, relErr := filepath.Rel(root, path); root != dir && relErr == nil {
			path = filepath.Join(dir, rel) // the name under dir, as given
		}
		if err != nil {
			visit(path, err)
			return nil
		}
		if d.IsDir() {
			if !top && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(filepath.Ext(path), ".xml") && d.Type().IsRegular() {
			visit(path, nil)
		}
		return nil
	})
}
