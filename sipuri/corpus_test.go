package sipuri

import "strings"

// The URIs of the RFCs, written out by hand from the documents.
var (
	// rfc3261Examples are the SIP URIs of RFC 3261 §19.1.3 and §19.1.4.
	rfc3261Examples = []string{
		"sip:alice@atlanta.com",
		"sip:alice:secretword@atlanta.com;transport=tcp",
		"sips:alice@atlanta.com?subject=project%20x&priority=urgent",
		"sip:+1-212-555-1212:1234@gateway.com;user=phone",
		"sips:1212@gateway.com",
		"sip:alice@192.0.2.4",
		"sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com",
		"sip:alice;day=tuesday@atlanta.com",
		"sip:%61lice@atlanta.com;transport=TCP",
		"sip:alice@AtLanTa.CoM;Transport=tcp",
		"sip:carol@chicago.com",
		"sip:carol@chicago.com;newparam=5",
		"sip:carol@chicago.com;security=on",
		"sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com",
		"sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com",
		"sip:alice@atlanta.com?subject=project%20x&priority=urgent",
		"sip:alice@atlanta.com?priority=urgent&subject=project%20x",
		"SIP:ALICE@AtLanTa.CoM;Transport=udp",
		"sip:bob@biloxi.com",
		"sip:bob@biloxi.com:5060",
		"sip:bob@192.0.2.4",
		"sip:bob@phone21.boxesbybob.com",
		"sip:bob@biloxi.com:6000;transport=tcp",
		"sip:carol@chicago.com?Subject=next%20meeting",
	}

	// rfc4475Valid are the SIP URIs of the valid messages of RFC 4475
	// (§3.1.1, §3.3, §3.4), whether in the Request-URI or in a header.
	rfc4475Valid = []string{
		"sip:vivekg@chair-dnrc.example.com;unknownparam",
		"sip:vivekg@chair-dnrc.example.com",
		"sip:jdrosen@example.com",
		"sip:services.example.com;lr;unknownwith=value;unknown-no-value",
		"sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com",
		"sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com",
		"sip:mundane@example.com",
		"sip:sips%3Auser%40example.com@example.net",
		"sip:%75se%72@example.com",
		"sip:I%20have%20spaces@example.net",
		"sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31",
		"sip:null-%00-null@example.com",
		"sip:%00@host5.example.com",
		"sip:%00%00@host5.example.com",
		"sip:registrar.example.com",
		"sip:resource@example.com",
		"sip:alias1@host1.example.com",
		"sip:user@example.com",
		"sip:caller@example.com",
		"sip:user@example.com:6000;unknownparam1=very" + strings.Repeat("long", 20) + "value;longparam" + strings.Repeat("name", 25) + "=shortvalue;very" + strings.Repeat("long", 25) + "ParameterNameWithNoValue",
		"sip:" + strings.Repeat("amazinglylongcallername", 5) + "@example.net;tag=12" + strings.Repeat("982", 50) + "424;unknownheaderparam" + strings.Repeat("name", 20) + "=unknowheaderparam" + strings.Repeat("value", 15) + ";unknownValueless" + strings.Repeat("paramname", 10),
		"sip:" + strings.Repeat("amazinglylongcallername", 5) + "@host5.example.net",
		"sip:example.com",
		"sip:j.user@example.com",
		"sip:j.user@host.example.com",
		"sip:joe@example.com",
		"sip:user;par=u%40example.net@example.com",
		"sip:j_user@example.com",
		"sip:caller@example.org;tag=33242",
		"sip:kumiko@example.org",
		"sip:127.0.0.1:5080",
		"sip:fluffy@127.0.0.1:5070",
		"sip:fluffy@example.com",
		"sip:user@host198.example.com",
		"sip:user@example.edu;tag=2229",
		"sip:remote-target@example.com",
		"sip:watson@example.com",
		"sip:+19725552222@gw1.example.net;unknownparam",
		"sip:user@example.com?Route=%3Csip:example.com%3E",
		"sip:user@example.com?Route=%3Csip:sip.example.com%3E",
		"sip:t.watson@example.org",
		"sip:a.g.bell@example.com",
	}

	// rfc4475Invalid are the URIs of RFC 4475 that are not SIP URIs, or
	// not as written: the embedded-LWS and <>-enclosed Request-URIs
	// (§3.1.2.7, §3.1.2.8), the spaces inside <> (§3.1.2.14) and the
	// unknown schemes (§3.3.2, §3.3.3, §3.3.4). Each with Parse's offset.
	rfc4475Invalid = []struct {
		uri    string
		offset int
	}{
		{"<sip:user@example.com>", 0},
		{"sip:user@example.com; lr", 21},
		{" sip:t.watson@example.org ", 0},
		{"nobodyKnowsThisScheme:totallyopaquecontent", 0},
		{"soap.beep://192.0.2.103:3002", 1},
		{"isbn:2983792873", 0},
		{"http://www.example.com", 0},
		{"name:John_Smith", 0},
	}

	// rfc5118Valid are the SIP URIs of RFC 5118, all valid but §4.2's.
	rfc5118Valid = []string{
		"sip:[2001:db8::10]",
		"sip:caller@[2001:db8::1]",
		"sip:[2001:db8::10:5070]",
		"sip:[2001:db8::10]:5070",
		"sip:user@[2001:db8::10]",
		"sip:caller@[2001:db8::20]",
		"sip:caller@[2001:db8::9:1]",
		"sip:user@host.example.net",
		"sip:user@example.net;tag=9817--94",
		"sip:user@east.example.com;tag=81x2",
		"sip:ted@[::ffff:192.0.2.2]",
		"sip:user@[2001:db8:::192.0.2.1]", // §4.10: RFC 3261's form, to be tolerated
		"sip:user@[2001:db8::192.0.2.1]",  // §4.10: RFC 4291's form
	}

	// rfc5118Invalid is §4.2's Request-URI, an unbracketed IPv6 address.
	rfc5118Invalid = "sip:2001:db8::10"
)

// twilioExamples are the URIs of Twilio's <Sip> and Making SIP Calls pages.
var twilioExamples = []string{
	"sip:jack@example.com",
	"sip:jack@example.com;region=ie1",
	"sip:jack@example.com;transport=tcp",
	"sip:jack@example.com;transport=tls",
	"sip:jack@example.com;secure=true",
	"sip:jack@example.com?x-customname=Madhu%2CMathiyalagan%3BTitle%3DManager&x-myotherheader=bar",
	"sip:jack@example.com?User-to-User=123456789%3Bencoding%3Dhex&x-myotherheader=bar",
}

// seedURIs seed the fuzzer: every URI above plus broken ones.
var seedURIs = func() []string {
	out := append([]string{}, rfc3261Examples...)
	out = append(out, rfc4475Valid...)
	out = append(out, rfc5118Valid...)
	out = append(out, rfc5118Invalid)
	out = append(out, twilioExamples...)
	for _, c := range rfc4475Invalid {
		out = append(out, c.uri)
	}
	return append(out,
		"", "s", "sip", "sips:", "sip:", "tel:+15551234567", "alice@example.com",
		"sip:alice@example.com;transport=TCP;region=eu1;secure=yes;ttl=300?Foo=1&X-a=&amp;b=2",
		"sip:a@b;x=%zz;region=xx?X-A=1", "sip:[::1]:0", "sip:192.168.1.10:70000",
		" <sip:a b@h_x;lr;LR?x-a=1&amp;x-b=2> ", "sip:a@b;transport=tls;secure=false",
		"sip:user@host;lr=", "sip:user@host?", "sip:user@host?x", "sip:user@host:",
		"sip:-a.com", "sip:a-.com", "sip:a..com", "sip:example.com.", "sip:256.1.1.1",
		"sip:a@b@c", "sip:host:5060;x@h", "sip:[1:2:3:4:5:6:7:8:9]", "sip:[::1",
		"sip:&amp;amp;lt;@h", "sip:h?x-a=&#38;amp;", "\u00a0sip:h\u200b",
	)
}()
