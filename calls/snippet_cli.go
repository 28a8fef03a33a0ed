package calls

import "strings"

// writeCLI writes c as a twilio CLI command: one --flag per parameter in
// kebab case, a list's flag repeated per value, and --record alone for
// Record=true (the CLI's flag takes no value, and false is the default).
func writeCLI(c *call) string {
	var b strings.Builder
	b.WriteString("# The twilio CLI: https://twil.io/cli (it reads your credentials from its profile or the environment)\n\n")
	b.WriteString("twilio api:core:calls:create")
	if c.AccountSid != "" {
		writeFlag(&b, "account-sid", c.AccountSid)
	}
	for _, a := range c.args {
		name := separated(a.Key, '-')
		switch a.Kind {
		case Bool:
			if a.Value == "true" {
				b.WriteString(" \\\n   --" + name)
			}
		case List:
			for _, v := range a.List {
				writeFlag(&b, name, v)
			}
		default:
			writeFlag(&b, name, a.Value)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// writeFlag writes one twilio CLI flag with its value, on a line of its
// own. A value that starts with - is joined to its flag with =. The value
// is bare when it only holds characters no shell treats specially, else
// shell-quoted. NUL bytes, which no command argument can carry, are
// dropped.
func writeFlag(b *strings.Builder, name, v string) {
	v = strings.ReplaceAll(v, "\x00", "")
	sep := " "
	if strings.HasPrefix(v, "-") {
		sep = "="
	}
	b.WriteString(" \\\n   --" + name + sep)
	switch {
	case v == "":
		b.WriteString("''")
	case strings.IndexFunc(v, func(r rune) bool { return !isShellSafe(r) }) < 0:
		b.WriteString(v)
	default:
		writeShellWord(b, "", v)
	}
}

// isShellSafe reports whether r means nothing special to bash or zsh
// anywhere in a word.
func isShellSafe(r rune) bool {
	return r < 0x80 && isAlnum(byte(r)) || strings.ContainsRune("+-_./:@,", r)
}
