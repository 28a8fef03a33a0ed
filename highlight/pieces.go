package highlight

import "strings"

// A Piece is a stretch of text and the token class it is shown in: one of
// the short class names of chroma's HTML formatter that web/highlight.css
// styles ("k" keyword, "s2" string, "c1" comment, "nv" variable, "na"
// attribute, "p" punctuation, …), or "" for plain text.
type Piece struct {
	Class, Text string
}

// Pieces writes already-tokenised text (such as generated SDK snippets) as
// highlighted HTML, with the same escaping and promises as the lexers'
// output. A class holding anything but a-z and 0-9 is dropped.
func Pieces(ps []Piece) string {
	var b strings.Builder
	for i, p := range ps {
		if p.Text == "" {
			continue
		}
		class := p.Class
		for k := 0; k < len(class); k++ {
			if c := class[k]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
				class = ""
				break
			}
		}
		switch {
		case class != "":
			b.WriteString(`<span class="` + class + `">`)
		case i == 0 && p.Text[0] == '\n':
			b.WriteString("<span>")
		default:
			writeText(&b, p.Text)
			continue
		}
		writeText(&b, p.Text)
		b.WriteString("</span>")
	}
	return b.String()
}
