package view

import (
	"sync"

	"github.com/sipplay/sipplay/internal/builder"
	"github.com/sipplay/sipplay/twiml"
)

// lastParse remembers the last twiml.ParseDial, which a keystroke in the
// XML editor needs twice: to refill the builder and to say why it could not.
var lastParse struct {
	sync.Mutex
	src  string
	dial twiml.Dial
	err  error
	ok   bool
}

// parseDial is twiml.ParseDial with a one-entry memory. The Dial it returns
// shares its nouns with the memory; transitions copy before they modify.
func parseDial(src string) (twiml.Dial, error) {
	lastParse.Lock()
	defer lastParse.Unlock()
	if !lastParse.ok || lastParse.src != src {
		lastParse.dial, lastParse.err = twiml.ParseDial(src)
		lastParse.src, lastParse.ok = src, true
	}
	return lastParse.dial, lastParse.err
}

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
