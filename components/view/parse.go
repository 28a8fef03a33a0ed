package view

import (
	"sync"

	"github.com/sipplay/sipplay/internal/builder"
)

// lastRead remembers the last builder.Read, which a keystroke needs more
// than once (to edit, to show the builder, to tell whether <Sip> 1 is
// linked).
var lastRead struct {
	sync.Mutex
	src string
	doc *builder.Doc
	err error
	ok  bool
}

// readDoc is builder.Read with a one-entry memory. Docs are read-only
// views; edits return patches.
func readDoc(src string) (*builder.Doc, error) {
	lastRead.Lock()
	defer lastRead.Unlock()
	if !lastRead.ok || lastRead.src != src {
		lastRead.doc, lastRead.err = builder.Read(src)
		lastRead.src, lastRead.ok = src, true
	}
	return lastRead.doc, lastRead.err
}
