// A stub of twilio-csharp's API as the C# snippets use it, for mcs: the
// signatures follow twilio-csharp's sources (TwilioClient.Init, IEndpoint,
// Types.PhoneNumber, Types.Twiml, Http.HttpMethod and
// CallResource.CreateAsync's named parameters); the bodies do nothing.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Twilio
{
    public static class TwilioClient
    {
        public static void Init(string username, string password) {}
    }
}

namespace Twilio.Types
{
    public interface IEndpoint { string ToString(); }

    public class PhoneNumber : IEndpoint
    {
        private readonly string _number;
        public PhoneNumber(string number) { _number = number; }
        public override string ToString() { return _number; }
    }

    public class Twiml
    {
        private readonly string _twiml;
        public Twiml(string twiml) { _twiml = twiml; }
        public override string ToString() { return _twiml; }
    }
}

namespace Twilio.Http
{
    // twilio-csharp names GET, POST, PATCH, PUT and DELETE; any other
    // method is new HttpMethod(name), which upper-cases the name.
    public class HttpMethod
    {
        public static readonly HttpMethod Get = new HttpMethod("GET");
        public static readonly HttpMethod Post = new HttpMethod("POST");
        public static readonly HttpMethod Patch = new HttpMethod("PATCH");
        public static readonly HttpMethod Put = new HttpMethod("PUT");
        public static readonly HttpMethod Delete = new HttpMethod("DELETE");
        private readonly string _value;
        public HttpMethod(string method) { _value = method.ToUpper(); }
        public static implicit operator HttpMethod(string value) { return new HttpMethod(value); }
        public override string ToString() { return _value; }
    }
}

namespace Twilio.Rest.Api.V2010.Account
{
    using Twilio.Http;
    using Twilio.Types;

    public class CallResource
    {
        public string Sid { get { return "CA00000000000000000000000000000000"; } }

        public static Task<CallResource> CreateAsync(
            IEndpoint to, IEndpoint from, string pathAccountSid = null, Uri url = null, Twiml twiml = null,
            string applicationSid = null, HttpMethod method = null, Uri fallbackUrl = null, HttpMethod fallbackMethod = null,
            Uri statusCallback = null, List<string> statusCallbackEvent = null, HttpMethod statusCallbackMethod = null,
            string sendDigits = null, int? timeout = null, bool? record = null, string recordingChannels = null,
            string recordingStatusCallback = null, HttpMethod recordingStatusCallbackMethod = null,
            string sipAuthUsername = null, string sipAuthPassword = null, string machineDetection = null,
            int? machineDetectionTimeout = null, List<string> recordingStatusCallbackEvent = null, string trim = null,
            string callerId = null, int? machineDetectionSpeechThreshold = null, int? machineDetectionSpeechEndThreshold = null,
            int? machineDetectionSilenceTimeout = null, string asyncAmd = null, Uri asyncAmdStatusCallback = null,
            HttpMethod asyncAmdStatusCallbackMethod = null, string byoc = null, string callReason = null,
            string callToken = null, string recordingTrack = null, int? timeLimit = null)
        {
            return Task.FromResult(new CallResource());
        }
    }
}
