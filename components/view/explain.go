package view

import "github.com/sipplay/sipplay/sipuri"

// A Row is one line of the URI explanation table.
type Row struct {
	Part    string // the kind of part, with its name for params and headers
	Value   string // the part as written
	Meaning string
}

// Rows turns sipuri's explanation into table rows.
func Rows(parts []sipuri.Part) []Row {
	if len(parts) == 0 {
		return nil
	}
	out := make([]Row, len(parts))
	for i, p := range parts {
		label := p.Kind
		if p.Name != "" {
			label += " " + p.Name
		}
		out[i] = Row{Part: label, Value: p.Value, Meaning: p.Meaning}
	}
	return out
}
