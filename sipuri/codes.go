package sipuri

// The codes of Check's findings. They are stable: other checks and the
// interface depend on them.
const (
	CodeSyntax            = "syntax"              // error: the text does not match the grammar (Parse fails)
	CodeScheme            = "scheme"              // error: not a sip: or sips: URI
	CodeDuplicateParam    = "duplicate-param"     // error: a parameter name given twice (Parse fails too)
	CodeURITooLong        = "uri-too-long"        // error: 255 characters or more without the headers
	CodeHeadersTooLong    = "headers-too-long"    // error: a headers part of 1024 characters or more
	CodeHeaderNotAllowed  = "header-not-allowed"  // error: a header Twilio does not forward
	CodeTransport         = "transport"           // error; a value in the wrong case gets a lower-case fix
	CodeRegion            = "region"              // error: not one of Regions
	CodeSecure            = "secure"              // error: secure with a value other than true
	CodeTTL               = "ttl"                 // error: ttl outside 0-255
	CodePort              = "port"                // error: port outside 1-65535
	CodeIPv4              = "ipv4"                // error: a number above 255 in an IPv4 host
	CodeXMLEscaped        = "xml-escaped"         // error: &amp; or another XML reference in the URI
	CodePasswordInURI     = "password-in-uri"     // warning: a password travels in clear text
	CodePrivateAddress    = "private-address"     // warning: a host Twilio cannot reach
	CodeIPv6              = "ipv6"                // warning: ':::' before an embedded IPv4 address
	CodeUnknownParam      = "unknown-param"       // info: a parameter Twilio does not document
	CodeTLSPort           = "tls-port"            // info: transport=tls without a port dials 5061
	CodeTLSSignallingOnly = "tls-signalling-only" // info: transport=tls without secure=true
)
