package calls

import "strings"

// writeCLI writes a twilio api:core:calls:create command: one --flag per
// parameter in kebab case, a list's flag repeated per value, --record alone
// for Record=true (the CLI's flag takes no value, and false is the default).
// A value that starts with - is joined to its flag with =. NUL bytes, which
// no command argument can carry, are dropped.
func writeCLI(b *strings.Builder, r Request, args []arg) {
	b.WriteString("# The twilio CLI: https://twil.io/cli (it reads your credentials from its profile or the environment)\n\ntwilio api:core:calls:create")
	flag := func(name, v string) {
		v = strings.ReplaceAll(v, "\x00", "")
		b.WriteString(" \\\n   --" + name)
		if strings.HasPrefix(v, "-") {
			b.WriteString("=")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(shellArg(v))
	}
	if r.AccountSid != "" {
		flag("account-sid", r.AccountSid)
	}
	for _, a := range args {
		name := separated(a.key, '-')
		switch {
		case a.kind == kList:
			for _, v := range a.list {
				flag(name, v)
			}
		case a.kind == kBool:
			if a.val == "true" {
				b.WriteString(" \\\n   --" + name)
			}
		default:
			flag(name, a.val)
		}
	}
	b.WriteString("\n")
}
