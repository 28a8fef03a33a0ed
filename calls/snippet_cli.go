package calls

import (
	"slices"
	"strconv"
	"strings"
)

// writeCLI writes c as a twilio CLI command: one --flag per parameter in
// kebab case, a list's flag repeated per value, and --record alone for
// Record=true (the CLI's flag takes no value, and false is the default).
func writeCLI(c *call) string {
	var b strings.Builder
	b.WriteString("# The twilio CLI: https://twil.io/cli (it reads your credentials from its profile or the environment)\n")
	b.WriteString(c.notes("# ", true, false) + cliNotes(c) + "\n")
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

// cliMethods are the methods the twilio CLI's API schema allows; it
// refuses the others the API takes.
var cliMethods = []string{"GET", "POST"}

// cliNotes returns a comment line for each way the CLI sends something
// other than FormBody: NUL bytes it cannot carry, a Record it cannot
// write, and values its API schema check refuses (whole numbers, the
// methods, the SIDs' patterns). The SDK checks in e2e/sdk hold these.
func cliNotes(c *call) string {
	var b strings.Builder
	var nul, refused []string
	if c.AccountSid != "" && !isSID(strings.ReplaceAll(c.AccountSid, "\x00", ""), "AC") {
		refused = append(refused, "--account-sid")
	}
	for _, a := range c.args {
		values := append([]string{a.Value}, a.List...)
		if slices.ContainsFunc(values, func(v string) bool { return strings.Contains(v, "\x00") }) {
			nul = append(nul, a.Key)
		}
		v := strings.ReplaceAll(a.Value, "\x00", "")
		p := byKey[a.Key]
		bad := a.Kind == Int && !cliInteger(v) ||
			v != "" && (a.Kind == Method && !slices.Contains(cliMethods, v) || p.SID != "" && !isSID(v, p.SID))
		if bad {
			refused = append(refused, "--"+separated(a.Key, '-'))
		}
	}
	if len(nul) > 0 {
		b.WriteString("# NUL bytes cannot be passed in a command argument: they are left out of " + strings.Join(nul, ", ") + ".\n")
	}
	if c.Record != "" && c.Record != "true" {
		b.WriteString("# Record=" + strconv.Quote(c.Record) + " is not sent: the CLI's --record flag takes no value (false is the default).\n")
	}
	if len(refused) > 0 {
		b.WriteString("# The CLI checks values against its API schema and refuses " + strings.Join(refused, ", ") +
			" here; add --skip-parameter-validation to send them anyway.\n")
	}
	return b.String()
}

// cliInteger reports whether v is an integer as the CLI's schema check
// reads one: digits with an optional sign.
func cliInteger(v string) bool {
	if len(v) > 0 && (v[0] == '+' || v[0] == '-') {
		v = v[1:]
	}
	return v != "" && strings.Trim(v, "0123456789") == ""
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
