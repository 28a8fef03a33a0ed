package peer

// corpus is what both parsers read: SIP URIs as Twilio users write them in
// <Sip> nouns and in the To of a Calls request (the forms of Twilio's
// "Making SIP calls" and <Sip> pages: a user at a SIP domain or a customer's
// trunk, with transport, region, edge and secure parameters, X- headers,
// escaped user parts, IPv4 and IPv6 hosts and ports). Every entry is valid
// RFC 3261, so the strict parser accepts it too and both do the same work.
var corpus = []string{
	// A user at a Twilio SIP domain.
	"sip:alice@example.sip.twilio.com",
	"sip:alice@example.sip.twilio.com;transport=tls",
	"sips:alice@example.sip.twilio.com",
	"sip:+14155551234@example.sip.twilio.com",
	"sip:+14155551234@example.sip.twilio.com;transport=tls",
	"sip:+442071838750@acme-uk.sip.twilio.com;region=ie1",
	"sip:+61291234567@acme-au.sip.twilio.com;region=au1;edge=sydney",
	"sip:support@acme.sip.twilio.com;edge=ashburn",
	"sips:+4930901820@acme-de.sip.twilio.com;region=de1;edge=frankfurt",
	"sip:reception@clinic.sip.twilio.com;transport=tcp",
	"sip:queue-7@callcenter.sip.twilio.com;transport=udp",
	// A customer's PBX or carrier, by name, IPv4 or IPv6, with ports.
	"sip:jack@example.com",
	"sip:jack@example.com;secure=true",
	"sip:alice@pbx.example.com:5060",
	"sip:alice@pbx.example.com:5060;transport=udp",
	"sips:alice@pbx.example.com:5061;transport=tls",
	"sip:+15551234567@trunk.example.com;transport=tls;secure=true",
	"sip:1001@203.0.113.10",
	"sip:1001@203.0.113.10:5060",
	"sip:1001@198.51.100.7:5080;transport=tcp",
	"sips:+14155550100@192.0.2.44:5061;transport=tls",
	"sip:2001@[2001:db8::10]",
	"sip:2001@[2001:db8::10]:5060",
	"sips:ops@[2001:db8:85a3::8a2e:370:7334]:5061;transport=tls",
	"sip:ted@[::ffff:192.0.2.2]:5060",
	"sip:alice:secretword@atlanta.com;transport=tcp",
	"sip:gateway.example.net;lr",
	"sip:203.0.113.99:5060;transport=udp",
	// X- headers Twilio passes on to the INVITE.
	"sip:kate@example.com?X-hatchkey=4815162342",
	"sip:jack@example.com?mycustomheader=foo&myotherheader=bar",
	"sip:+14155551234@example.sip.twilio.com?X-Customer-Id=4711",
	"sip:+14155551234@example.sip.twilio.com;transport=tls?X-Customer-Id=4711&X-Campaign=spring",
	"sips:agent42@acme.sip.twilio.com;region=us1?X-Account=AC123&X-Priority=high",
	"sip:jack@example.com?x-customname=Madhu%2CMathiyalagan%3BTitle%3DManager&x-myotherheader=bar",
	"sip:sales@acme.sip.twilio.com?User-to-User=56a390f3d2b7310023a2%3Bencoding%3Dhex",
	"sip:+15005550006@trunk.example.com:5061;transport=tls?X-Trace=0123456789abcdef",
	// Escaped user parts.
	"sip:kate%40example.com@example.sip.twilio.com",
	"sip:john%20smith@example.com",
	"sip:user;par=u%40example.net@example.com",
	"sip:%2B14155551234@example.sip.twilio.com;transport=tls",
	"sip:o%27brien@example.com;region=ie1",
	"sips:+14155551234;phone-context=example.com@gw.example.com;user=phone",
}
