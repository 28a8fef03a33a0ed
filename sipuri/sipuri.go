// Package sipuri parses, prints and checks SIP and SIPS URIs as defined by
// RFC 3261 §25.1, with the extra rules Twilio applies when dialling them.
package sipuri

// STUB: replaced by the real implementation (issue 2).

// A SyntaxError reports where a URI stops matching the grammar.
type SyntaxError struct {
	Offset int    // byte index of the first offending byte
	Msg    string // what was expected there
}

func (e *SyntaxError) Error() string { return "sipuri: " + e.Msg }

// URI is a parsed SIP or SIPS URI.
type URI struct {
	Scheme   string
	User     string
	Password string
	Host     string
	Port     int
	Params   []Param
	Headers  []Header
}

// Param is one URI parameter.
type Param struct{ Name, Value string }

// Header is one URI header.
type Header struct{ Name, Value string }

// Parse parses s strictly.
func Parse(s string) (*URI, error) { return nil, &SyntaxError{Msg: "not implemented"} }

// String re-escapes u.
func (u *URI) String() string { return "" }

// Check reports every finding about s.
func Check(s string) []Diagnostic { return nil }
