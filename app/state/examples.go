package state

// STUB: replaced by the real implementation (issue 6).

// An Example is a named preset for the gallery.
type Example struct {
	ID    string // stable, kebab-case, e.g. "custom-headers"
	Title string // shown in the select
	Notes string // the documented findings it gives, if any
	State State
}

// Examples lists the gallery presets in display order.
func Examples() []Example { return nil }
