package twiml_test

import (
	"fmt"

	"github.com/sipplay/sipplay/twiml"
)

// Render writes the whole document; & between SIP headers becomes &amp;.
func ExampleRender() {
	fmt.Println(twiml.Render(twiml.Dial{
		CallerId: "alice",
		Sips:     []twiml.Sip{{URI: "sip:bob@example.com?X-A=1&X-B=2", Username: "admin"}},
	}))
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <Response>
	//     <Dial callerId="alice">
	//         <Sip username="admin">sip:bob@example.com?X-A=1&amp;X-B=2</Sip>
	//     </Dial>
	// </Response>
}

// Check reports the TwiML findings and those about each <Sip> URI, with byte
// spans into the document; Position turns a span's start into a line and
// column.
func ExampleCheck() {
	src := `<Response>
  <Dial timeout="3">
    <Sip>sip:bob@example.com;transport=TCP</Sip>
  </Dial>
</Response>`
	for _, d := range twiml.Check(src) {
		line, col := twiml.Position(src, d.Start)
		fmt.Printf("%d:%d %s [%s] %q\n", line, col, d.Severity, d.Code, src[d.Start:d.End])
		if d.Fix != nil {
			fmt.Printf("    fix: %s\n", d.Fix.Title)
		}
	}
	// Output:
	// 2:18 error [attribute-value] "3"
	// 3:40 warning [transport-case] "TCP"
	//     fix: Write tcp
}
