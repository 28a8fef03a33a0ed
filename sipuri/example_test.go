package sipuri_test

import (
	"fmt"

	"github.com/sipplay/sipplay/sipuri"
)

func ExampleParse() {
	u, err := sipuri.Parse("sip:alice;day=tuesday@atlanta.com;transport=tcp?X-Note=hello%20there")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.User, u.Host, u.Params[0].Value, u.Headers[0].Value)
	_, err = sipuri.Parse("sip:2001:db8::10")
	fmt.Println(err)
	// Output:
	// alice;day=tuesday atlanta.com tcp hello there
	// sipuri: at byte 8: expected a host name or IPv4 address; an IPv6 address must be written in brackets, like [2001:db8::1]
}

func ExampleCheck() {
	s := "sip:alice@example.com;region=eu1"
	for _, d := range sipuri.Check(s) {
		fmt.Println(d.Start, d.End, d.Severity, d.Code, "->", d.Fix.Apply(s))
	}
	// Output:
	// 29 32 error region -> sip:alice@example.com;region=ie1
}

func ExampleExplain() {
	for _, p := range sipuri.Explain("sip:bob@example.com;transport=tls") {
		fmt.Printf("%s %q [%s]\n", p.Kind, p.Value, p.Name)
	}
	// Output:
	// scheme "sip" []
	// user "bob" []
	// host "example.com" [hostname]
	// param "transport=tls" [transport]
}
