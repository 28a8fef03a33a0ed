package calls

// A Language is one SDK snippet flavour.
type Language struct {
	ID   string // "cli", "node", "python", "go", "csharp", "java", "php", "ruby"
	Name string // shown on the tab, e.g. "Node.js"
}

// languages lists the snippet languages in display order.
var languages = []Language{
	{"cli", "twilio CLI"}, {"node", "Node.js"}, {"python", "Python"}, {"go", "Go"},
	{"csharp", "C#"}, {"java", "Java"}, {"php", "PHP"}, {"ruby", "Ruby"},
}

// Languages lists the snippet languages in display order.
func Languages() []Language { return append([]Language(nil), languages...) }

// Snippet returns r as code in the language with the given ID, written the
// way Twilio's own samples are, with credentials read from the
// TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN environment variables. It
// returns "" for an unknown ID.
func Snippet(r Request, lang string) string { return "" }
