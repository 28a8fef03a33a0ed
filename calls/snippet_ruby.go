package calls

import "strings"

// ruby writes values as Ruby does.
var ruby = syntax{quote: rubyQuote, listOpen: "[", listClose: "]", yes: "true", no: "false"}

// rubyQuote returns s as a Ruby string literal: single-quoted when it
// holds no control or hidden rune, else double-quoted with escapes.
func rubyQuote(s string) string {
	if needsANSI(s) {
		return rubyString.quote(s)
	}
	return rubySingle.quote(s)
}

// writeRuby writes c with the twilio-ruby library's keyword arguments.
func writeRuby(c *call) string {
	var b strings.Builder
	b.WriteString(`# Helper library: https://www.twilio.com/docs/ruby/install
require 'twilio-ruby'

` + credentialsHash + `account_sid = ENV['TWILIO_ACCOUNT_SID']
auth_token = ENV['TWILIO_AUTH_TOKEN']
@client = Twilio::REST::Client.new(account_sid, auth_token)

` + c.notes("# ", true, false) + `call = @client
       .api
       .v2010
`)
	if c.AccountSid != "" {
		b.WriteString("       .accounts(" + ruby.quote(c.AccountSid) + ")\n")
	}
	b.WriteString("       .calls\n       .create(\n")
	lines := make([]string, len(c.args))
	for i, a := range c.args {
		lines[i] = "         " + separated(a.Key, '_') + ": " + ruby.value(a)
	}
	b.WriteString(strings.Join(lines, ",\n") + "\n")
	b.WriteString(`       )

puts call.sid
`)
	return b.String()
}
