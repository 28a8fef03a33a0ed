package calls

import "strings"

// writeRuby writes the request with the twilio-ruby library.
func writeRuby(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`# Download the helper library from https://www.twilio.com/docs/ruby/install
require 'twilio-ruby'

# Find your Account SID and Auth Token at twilio.com/console
# and set the environment variables. See http://twil.io/secure
account_sid = ENV['TWILIO_ACCOUNT_SID']
auth_token = ENV['TWILIO_AUTH_TOKEN']
@client = Twilio::REST::Client.new(account_sid, auth_token)

call = @client
       .api
       .v2010
`)
	if r.AccountSid != "" {
		b.WriteString("       .accounts(" + quoteRuby(r.AccountSid) + ")\n")
	}
	b.WriteString("       .calls\n       .create(\n")
	for i, a := range args {
		b.WriteString("         " + separated(a.key, '_') + ": ")
		switch {
		case a.kind == kList:
			b.WriteByte('[')
			for j, v := range a.list {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(quoteRuby(v))
			}
			b.WriteByte(']')
		case a.kind == kInt && isInt(a.val), a.kind == kBool && isBool(a.val):
			b.WriteString(a.val)
		default:
			b.WriteString(quoteRuby(a.val))
		}
		if i < len(args)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("       )\n\nputs call.sid\n")
}
