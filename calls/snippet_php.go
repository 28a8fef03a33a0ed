package calls

import "strings"

// php writes values as PHP does.
var php = syntax{quote: phpString.quote, listOpen: "[", listClose: "]", yes: "true", no: "false"}

// writePHP writes c with the twilio-php library: To and From as
// arguments, the other parameters in an options array.
func writePHP(c *call) string {
	var b strings.Builder
	b.WriteString(`<?php

// Helper library: https://www.twilio.com/docs/libraries/php
// (point the path below at your Composer autoload.php)
require_once "/path/to/vendor/autoload.php";

use Twilio\Rest\Client;

` + credentialsSlash + `$sid = getenv("TWILIO_ACCOUNT_SID");
$token = getenv("TWILIO_AUTH_TOKEN");
$twilio = new Client($sid, $token);

` + c.notes("// ", false, false) + `$call = $twilio`)
	if c.AccountSid != "" {
		b.WriteString("->api->v2010->accounts(" + php.quote(c.AccountSid) + ")")
	}
	b.WriteString("->calls->create(\n")
	b.WriteString("    " + php.quote(c.To) + ", // To\n")
	b.WriteString("    " + php.quote(c.From) + ", // From\n")
	b.WriteString("    [\n")
	for _, a := range c.args[2:] {
		b.WriteString(`        "` + camelCase(a.Key) + `" => ` + php.value(a) + ",\n")
	}
	b.WriteString(`    ]
);

print $call->sid;
`)
	return b.String()
}
