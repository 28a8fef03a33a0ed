package view

import (
	"sync"

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
