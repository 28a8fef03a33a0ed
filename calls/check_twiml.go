package calls

import (
	"strconv"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// maxTwiml is the most characters Twilio accepts in the Twiml parameter.
const maxTwiml = 4000

// twiml checks the Twiml parameter: its length, whether Url overrides it,
// and every twiml.Check finding about it.
func (c *checker) twiml(r Request) {
	v := r.Twiml
	if v == "" {
		return
	}
	if n := utf8.RuneCountInString(v); n > maxTwiml {
		c.err("Twiml", runeOffset(v, maxTwiml), len(v), "twiml-too-long",
			"Twiml is "+strconv.Itoa(n)+" characters; Twilio accepts at most 4000, so host the document and pass its Url instead.", nil)
	}
	if r.Url != "" {
		c.add("Twiml", 0, len(v), sipuri.Warning, "twiml-ignored",
			"Twilio ignores Twiml when Url is also given; remove one of them.",
			&sipuri.Fix{Title: "Remove Twiml", Start: 0, End: len(v)})
	}
	c.pass("Twiml", twiml.Check(v))
}
