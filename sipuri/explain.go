package sipuri

// STUB: replaced by the real implementation (issue 2).

// A Part is one labelled span of a URI, for the explanation panel.
type Part struct {
	Kind    string // "scheme", "user", "password", "host", "port", "param" or "header"
	Start   int    // byte offsets into the explained text, End exclusive
	End     int
	Name    string // a param's or header's name; the host's kind ("hostname", "IPv4", "IPv6")
	Value   string // the part as written
	Meaning string // what Twilio does with it, in a plain sentence
}

// Explain breaks s into labelled parts. For a URI with errors it returns
// the parts it could read.
func Explain(s string) []Part { return nil }
