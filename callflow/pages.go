package callflow

// The vendor pages and the RFC the flow cites; the view links each fact to
// its page.
const (
	// PageTwiMLRequest lists the parameters of every voice webhook
	// ("TwiML™ Voice: Twilio's Request").
	PageTwiMLRequest = "https://www.twilio.com/docs/voice/twiml#request-parameters"
	// PageVoiceWebhooks lists the status and recording status callbacks'
	// parameters ("Voice Webhooks").
	PageVoiceWebhooks = "https://www.twilio.com/docs/usage/webhooks/voice-webhooks"
	// PageSip is the <Sip> noun: what the INVITE carries, custom headers,
	// transport and region, the screening url, the <Dial action> additions.
	PageSip = "https://www.twilio.com/docs/voice/twiml/sip"
	// PageDial is the <Dial> verb: action, timeout and the DialCall* parameters.
	PageDial = "https://www.twilio.com/docs/voice/twiml/dial"
	// PageCalls is the Calls create API.
	PageCalls = "https://www.twilio.com/docs/voice/api/call-resource#create-a-call-resource"
	// PageAMD is answering machine detection and its callback.
	PageAMD = "https://www.twilio.com/docs/voice/answering-machine-detection"
	// PageSecurity is webhook security: X-Twilio-Signature.
	PageSecurity = "https://www.twilio.com/docs/usage/webhooks/webhooks-security"
	// RFC3261 is SIP: messages, transactions, CANCEL, digest authentication.
	RFC3261 = "https://www.rfc-editor.org/rfc/rfc3261"
)

// APIVersion is the API version of the Calls request and of every webhook.
const APIVersion = "2010-04-01"

// standardParams returns the parameters Twilio sends with every voice
// webhook about the call l, whose CallStatus is status.
//
// The standard parameters (TwiML™ Voice: Twilio's Request,
// https://www.twilio.com/docs/voice/twiml#request-parameters): CallSid,
// AccountSid, From, To, CallStatus, ApiVersion, Direction, ForwardedFrom,
// CallerName, ParentCallSid. ForwardedFrom and CallerName are set only on
// inbound calls (a forwarded call; a number with caller name lookup), so the
// calls drawn here never carry them; ParentCallSid is set on a child leg.
func standardParams(l *leg, status string) []Param {
	ps := []Param{
		{"CallSid", l.callSid}, {"AccountSid", l.f.accountSid}, {"From", l.from}, {"To", l.to},
		{"CallStatus", status}, {"ApiVersion", APIVersion}, {"Direction", l.direction},
	}
	if l.parentSid != "" {
		ps = append(ps, Param{"ParentCallSid", l.parentSid})
	}
	return ps
}
