<?php
// A stub of twilio-php as the PHP snippets use it. Client, the api->v2010
// ->accounts() and calls chain and CallList::create follow twilio-php's
// sources; create builds the form data the way its CallList::_create does
// (Values::of drops absent options, Serialize::map for the lists,
// Serialize::booleanToString for Record) and encodes it the way its
// CurlClient::buildQuery does. Instead of sending, it appends the request
// as one JSON line to SIPPLAY_SDK_OUT.

namespace Twilio\Rest;

class CallList
{
    private $sid;
    private $token;
    private $accountSid;

    public function __construct(string $sid, string $token, string $accountSid)
    {
        $this->sid = $sid;
        $this->token = $token;
        $this->accountSid = $accountSid;
    }

    public function create(string $to, string $from, array $options = [])
    {
        $keys = ['method' => 'Method', 'fallbackUrl' => 'FallbackUrl', 'fallbackMethod' => 'FallbackMethod',
            'statusCallback' => 'StatusCallback', 'statusCallbackEvent' => 'StatusCallbackEvent',
            'statusCallbackMethod' => 'StatusCallbackMethod', 'sendDigits' => 'SendDigits', 'timeout' => 'Timeout',
            'record' => 'Record', 'recordingChannels' => 'RecordingChannels',
            'recordingStatusCallback' => 'RecordingStatusCallback',
            'recordingStatusCallbackMethod' => 'RecordingStatusCallbackMethod', 'sipAuthUsername' => 'SipAuthUsername',
            'sipAuthPassword' => 'SipAuthPassword', 'machineDetection' => 'MachineDetection',
            'machineDetectionTimeout' => 'MachineDetectionTimeout',
            'recordingStatusCallbackEvent' => 'RecordingStatusCallbackEvent', 'trim' => 'Trim', 'callerId' => 'CallerId',
            'machineDetectionSpeechThreshold' => 'MachineDetectionSpeechThreshold',
            'machineDetectionSpeechEndThreshold' => 'MachineDetectionSpeechEndThreshold',
            'machineDetectionSilenceTimeout' => 'MachineDetectionSilenceTimeout', 'asyncAmd' => 'AsyncAmd',
            'asyncAmdStatusCallback' => 'AsyncAmdStatusCallback',
            'asyncAmdStatusCallbackMethod' => 'AsyncAmdStatusCallbackMethod', 'byoc' => 'Byoc',
            'callReason' => 'CallReason', 'callToken' => 'CallToken', 'recordingTrack' => 'RecordingTrack',
            'timeLimit' => 'TimeLimit', 'url' => 'Url', 'twiml' => 'Twiml', 'applicationSid' => 'ApplicationSid'];
        foreach (array_keys($options) as $name) {
            if (!isset($keys[$name])) {
                // twilio-php would drop it without a word; the check must not.
                throw new \Exception("twilio-php has no option " . $name);
            }
        }
        $data = ['To' => $to, 'From' => $from];
        foreach ($keys as $name => $key) {
            if (!array_key_exists($name, $options)) {
                continue;
            }
            $value = $options[$name];
            if ($name === 'record' && is_bool($value)) {
                $value = $value ? 'true' : 'false';
            }
            $data[$key] = $value;
        }
        $parts = [];
        foreach ($data as $key => $value) {
            foreach (is_array($value) ? $value : [$value] as $item) {
                $parts[] = urlencode((string)$key) . '=' . urlencode((string)$item);
            }
        }
        file_put_contents(getenv('SIPPLAY_SDK_OUT'), json_encode([
            'name' => getenv('SIPPLAY_SDK_NAME'),
            'method' => 'POST',
            'url' => 'https://api.twilio.com/2010-04-01/Accounts/' . rawurlencode($this->accountSid) . '/Calls.json',
            'body' => implode('&', $parts),
            'auth' => 'Basic ' . base64_encode($this->sid . ':' . $this->token),
        ]) . "\n", FILE_APPEND);
        return (object)['sid' => 'CA00000000000000000000000000000000'];
    }
}

class Account
{
    public $calls;

    public function __construct(CallList $calls) { $this->calls = $calls; }
}

class V2010
{
    public $calls;
    private $sid;
    private $token;

    public function __construct(string $sid, string $token)
    {
        $this->sid = $sid;
        $this->token = $token;
        $this->calls = new CallList($sid, $token, $sid);
    }

    public function accounts(string $accountSid): Account
    {
        return new Account(new CallList($this->sid, $this->token, $accountSid));
    }
}

class Api
{
    public $v2010;

    public function __construct(string $sid, string $token) { $this->v2010 = new V2010($sid, $token); }
}

class Client
{
    public $api;
    public $calls;

    public function __construct(string $username, string $password)
    {
        $this->api = new Api($username, $password);
        $this->calls = $this->api->v2010->calls;
    }
}
