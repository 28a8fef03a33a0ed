package calls

import "strings"

// FieldText returns the text a Diagnostic with this Field has its offsets
// into: the value of a single-valued key (AccountSid included), and for a
// List key its elements joined by "\n" (one value per line). It returns ""
// for an unknown key.
func FieldText(r Request, field string) string {
	p := byKey[field]
	switch {
	case p == nil:
		return ""
	case p.Kind == List:
		return strings.Join(*p.list(&r), "\n")
	}
	return *p.text(&r)
}

// SetFieldText is the inverse of FieldText: it stores text as the value of
// field, splitting a List key's text into one element per line. It returns
// r unchanged for an unknown key.
func SetFieldText(r Request, field, text string) Request {
	p := byKey[field]
	switch {
	case p == nil:
	case p.Kind != List:
		*p.text(&r) = text
	case text == "":
		*p.list(&r) = nil
	default:
		*p.list(&r) = strings.Split(text, "\n")
	}
	return r
}

// ApplyFix returns r with d's Fix applied to the field d is about (see
// FieldText for what the offsets mean in a List field). Without a Fix it
// returns r unchanged.
func ApplyFix(r Request, d Diagnostic) Request {
	if d.Fix == nil {
		return r
	}
	return SetFieldText(r, d.Field, d.Fix.Apply(FieldText(r, d.Field)))
}
