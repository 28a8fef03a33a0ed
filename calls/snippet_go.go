package calls

import (
	"strconv"
	"strings"
)

// golang writes values as Go does.
var golang = syntax{quote: strconv.Quote, listOpen: "[]string{", listClose: "}", yes: "true", no: "false"}

// writeGo writes c with the twilio-go library: one setter per parameter.
func writeGo(c *call) string {
	kept, leftOut := c.typed()
	var b strings.Builder
	b.WriteString(`// Helper library: https://www.twilio.com/docs/go/install
package main

import (
	"fmt"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"os"
)

func main() {
` + indent("\t", credentialsSlash) + `	// NewRestClient reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
	client := twilio.NewRestClient()

	params := &openapi.CreateCallParams{}
`)
	b.WriteString(leftOutComments("\t", leftOut) + c.notes("\t// ", false, true))
	if c.AccountSid != "" {
		b.WriteString("\tparams.SetPathAccountSid(" + golang.quote(c.AccountSid) + ")\n")
	}
	for _, a := range kept {
		b.WriteString("\tparams.Set" + a.Key + "(" + golang.value(a) + ")\n")
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
	return b.String()
}
