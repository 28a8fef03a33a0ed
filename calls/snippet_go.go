package calls

import (
	"strconv"
	"strings"
)

// writeGo writes the request with twilio-go: CreateCallParams and its
// setters, gofmt-formatted. Strings are Go literals holding the exact bytes.
func writeGo(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`// Download the helper library from https://www.twilio.com/docs/go/install
package main

import (
	"fmt"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"os"
)

func main() {
	// Find your Account SID and Auth Token at twilio.com/console
	// and set the environment variables. See http://twil.io/secure
	// Make sure TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN exists in your environment
	client := twilio.NewRestClient()

	params := &openapi.CreateCallParams{}
`)
	if r.AccountSid != "" {
		b.WriteString("\tparams.SetPathAccountSid(" + strconv.Quote(r.AccountSid) + ")\n")
	}
	for _, a := range args {
		if !typedOK(a) {
			commentSkipped(b, "\t", "//", a)
			continue
		}
		b.WriteString("\tparams.Set" + a.key + "(")
		switch a.kind {
		case kList:
			b.WriteString("[]string{")
			for i, v := range a.list {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(v))
			}
			b.WriteString("}")
		case kInt, kBool:
			b.WriteString(a.val)
		default:
			b.WriteString(strconv.Quote(a.val))
		}
		b.WriteString(")\n")
	}
	b.WriteString(`
	resp, err := client.Api.CreateCall(params)
	if err != nil {
		fmt.Println(err.Error())
		os.Exit(1)
	}
	if resp.Sid != nil {
		fmt.Println(*resp.Sid)
	}
}
`)
}
