package twiml

import (
	"slices"
	"strconv"

	"github.com/sipplay/sipplay/sipuri"
)

// The codes Check reports besides sipuri's (the findings about a <Sip>
// body keep sipuri's codes; see sipuri.Codes). What each means, and its
// severity, is in Codes.
const (
	CodeXMLSyntax                  = "xml-syntax"
	CodeUnknownElement             = "unknown-element"
	CodeUnknownAttribute           = "unknown-attribute"
	CodeAttributeValue             = "attribute-value"
	CodeSipURIMissing              = "sip-uri-missing"
	CodeSipUsernameWithoutPassword = "sip-username-without-password"
	CodeSipPasswordWithoutUsername = "sip-password-without-username"
	CodeDialMultipleNouns          = "dial-multiple-nouns"
	CodeDialTooManyNouns           = "dial-too-many-nouns"
)

const (
	twimlSip  = "https://www.twilio.com/docs/voice/twiml/sip"
	twimlDial = "https://www.twilio.com/docs/voice/twiml/dial"
)

// codeDocs is the one table of twiml's own finding codes: each code's
// severity and its help. Check takes every finding's severity from here.
var codeDocs = []sipuri.CodeDoc{
	{Code: CodeXMLSyntax, Severity: sipuri.Error, Summary: "The document is not well-formed XML.",
		Why: "Twilio cannot read TwiML that is not well-formed XML, and the call fails.", Source: "https://www.w3.org/TR/xml/"},
	{Code: CodeUnknownElement, Severity: sipuri.Error, Summary: "An element that TwiML does not have there.",
		Why: "Element names are case-sensitive; Twilio rejects an unknown verb or noun.", Source: twimlDial},
	{Code: CodeUnknownAttribute, Severity: sipuri.Error, Summary: "An attribute the element does not have.",
		Why: "Attribute names are case-sensitive; statusCallbackEvent belongs on the noun, not on <Dial>.", Source: twimlSip},
	{Code: CodeAttributeValue, Severity: sipuri.Error, Summary: "An attribute value Twilio does not accept.",
		Why: "Twilio documents the values of each attribute; any other value fails the verb.", Source: twimlDial},
	{Code: CodeSipURIMissing, Severity: sipuri.Error, Summary: "A <Sip> noun without a SIP URI.",
		Why: "The body of <Sip> is the SIP URI Twilio dials.", Source: twimlSip},
	{Code: CodeSipUsernameWithoutPassword, Severity: sipuri.Warning, Summary: "A <Sip> username without a password.",
		Why: "Twilio answers a digest challenge with both; a user name alone cannot authenticate.", Source: twimlSip},
	{Code: CodeSipPasswordWithoutUsername, Severity: sipuri.Warning, Summary: "A <Sip> password without a username.",
		Why: "Twilio answers a digest challenge with both; a password alone cannot authenticate.", Source: twimlSip},
	{Code: CodeDialMultipleNouns, Severity: sipuri.Warning, Summary: "A <Dial> with <Sip> and other nouns.",
		Why: "One <Sip> per <Dial>, alone, unless the account has Enhanced Programmable SIP Features.", Source: twimlSip},
	{Code: CodeDialTooManyNouns, Severity: sipuri.Error, Summary: "A <Dial> with more than " + strconv.Itoa(MaxNouns) + " nouns.",
		Why: "Twilio dials at most " + strconv.Itoa(MaxNouns) + " nouns from one <Dial>.", Source: twimlSip},
}

// Codes returns the help entry of every code Check reports besides
// sipuri's, with the severity Check reports it with.
func Codes() []sipuri.CodeDoc { return slices.Clone(codeDocs) }

// severityOf returns the severity of one of twiml's own codes.
func severityOf(code string) sipuri.Severity {
	for _, d := range codeDocs {
		if d.Code == code {
			return d.Severity
		}
	}
	return sipuri.Error // not reached: TestCodesDocumented holds every code Check reports to an entry
}
