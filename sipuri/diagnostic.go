package sipuri

// Severity ranks a Diagnostic.
type Severity int

// The severities, most serious first.
const (
	Error Severity = iota
	Warning
	Info
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	if uint(s) < uint(len(severityNames)) {
		return severityNames[s]
	}
	return "unknown"
}

var severityNames = [...]string{Error: "error", Warning: "warning", Info: "info"}

// A Diagnostic is one finding about a checked text. It is shared by the
// sipuri, twiml and calls packages, which alias it.
type Diagnostic struct {
	Start, End int      // byte offsets into the checked text, End exclusive
	Field      string   // calls only: the API parameter the finding is about
	Severity   Severity // Error, Warning or Info
	Code       string   // stable kebab-case identifier
	Message    string   // one plain sentence: what is wrong and what is right
	Fix        *Fix     // optional replacement that makes the finding go away
}

// A Fix replaces the bytes [Start, End) of the checked text with NewText.
type Fix struct {
	Title      string
	Start, End int
	NewText    string
	// Choice is "" for a correction, which writes what the text already
	// means the way Twilio takes it. Otherwise the fix is a choice for the
	// person, and Choice says what it would change: what the call does
	// (its media, routing, headers or credentials) or a value the text
	// does not say. Tools that fix without asking leave choices out.
	Choice string
}

// Apply returns text with the fix applied. Offsets outside text are clamped.
func (f *Fix) Apply(text string) string {
	start, end := clamp(f.Start, len(text)), clamp(f.End, len(text))
	if end < start {
		end = start
	}
	return text[:start] + f.NewText + text[end:]
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// A CodeDoc is the help entry of one finding code: the one place that says what
// the code means. The page's help, `sipplay explain` and the SARIF rules read it.
// Each core package lists its own codes (sipuri.Codes, twiml.Codes, calls.Codes).
type CodeDoc struct {
	Code     string   // the stable kebab-case code, as in Diagnostic.Code
	Severity Severity // the severity the code is usually reported with
	Summary  string   // what it means, one plain sentence
	Why      string   // why Twilio cares, one or two sentences
	Source   string   // URL of the RFC section or vendor page it comes from
}
