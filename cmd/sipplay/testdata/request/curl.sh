curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \
  --data-urlencode 'To=sip:alice@example.com;transport=TCP' \
  --data-urlencode "From=$FROM" \
  --data-urlencode 'Url=https://example.com/twiml' \
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"
