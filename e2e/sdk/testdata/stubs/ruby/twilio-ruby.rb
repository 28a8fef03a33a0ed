# A stub of twilio-ruby as the Ruby snippets use it. Client, the
# api.v2010.accounts() and calls chain and CallList#create's keyword
# arguments follow twilio-ruby's sources; create builds the form data the
# way it does (absent arguments dropped, lists one field per element, the
# values' to_s) and encodes it as Faraday's flat params encoder does.
# Instead of sending, it appends the request as one JSON line to
# SIPPLAY_SDK_OUT.
require 'base64'
require 'json'
require 'uri'

module Twilio
  module REST
    class CallList
      def initialize(sid, token, account_sid)
        @sid = sid
        @token = token
        @account_sid = account_sid
      end

      def create(to: nil, from: nil, method: :unset, fallback_url: :unset, fallback_method: :unset,
                 status_callback: :unset, status_callback_event: :unset, status_callback_method: :unset,
                 send_digits: :unset, timeout: :unset, record: :unset, recording_channels: :unset,
                 recording_status_callback: :unset, recording_status_callback_method: :unset,
                 sip_auth_username: :unset, sip_auth_password: :unset, machine_detection: :unset,
                 machine_detection_timeout: :unset, recording_status_callback_event: :unset, trim: :unset,
                 caller_id: :unset, machine_detection_speech_threshold: :unset,
                 machine_detection_speech_end_threshold: :unset, machine_detection_silence_timeout: :unset,
                 async_amd: :unset, async_amd_status_callback: :unset, async_amd_status_callback_method: :unset,
                 byoc: :unset, call_reason: :unset, call_token: :unset, recording_track: :unset,
                 time_limit: :unset, url: :unset, twiml: :unset, application_sid: :unset)
        data = {
          'To' => to, 'From' => from, 'Method' => method, 'FallbackUrl' => fallback_url,
          'FallbackMethod' => fallback_method, 'StatusCallback' => status_callback,
          'StatusCallbackEvent' => status_callback_event, 'StatusCallbackMethod' => status_callback_method,
          'SendDigits' => send_digits, 'Timeout' => timeout, 'Record' => record,
          'RecordingChannels' => recording_channels, 'RecordingStatusCallback' => recording_status_callback,
          'RecordingStatusCallbackMethod' => recording_status_callback_method,
          'SipAuthUsername' => sip_auth_username, 'SipAuthPassword' => sip_auth_password,
          'MachineDetection' => machine_detection, 'MachineDetectionTimeout' => machine_detection_timeout,
          'RecordingStatusCallbackEvent' => recording_status_callback_event, 'Trim' => trim,
          'CallerId' => caller_id, 'MachineDetectionSpeechThreshold' => machine_detection_speech_threshold,
          'MachineDetectionSpeechEndThreshold' => machine_detection_speech_end_threshold,
          'MachineDetectionSilenceTimeout' => machine_detection_silence_timeout, 'AsyncAmd' => async_amd,
          'AsyncAmdStatusCallback' => async_amd_status_callback,
          'AsyncAmdStatusCallbackMethod' => async_amd_status_callback_method, 'Byoc' => byoc,
          'CallReason' => call_reason, 'CallToken' => call_token, 'RecordingTrack' => recording_track,
          'TimeLimit' => time_limit, 'Url' => url, 'Twiml' => twiml, 'ApplicationSid' => application_sid
        }.reject { |_k, v| v == :unset }
        parts = []
        data.each do |key, value|
          (value.is_a?(Array) ? value : [value]).each do |item|
            parts << "#{URI.encode_www_form_component(key)}=#{URI.encode_www_form_component(item.to_s.b)}"
          end
        end
        File.open(ENV['SIPPLAY_SDK_OUT'], 'a') do |f|
          f.write(JSON.generate(
            'name' => ENV['SIPPLAY_SDK_NAME'], 'method' => 'POST',
            'url' => "https://api.twilio.com/2010-04-01/Accounts/#{URI.encode_www_form_component(@account_sid).gsub('+', '%20')}/Calls.json",
            'body' => parts.join('&'),
            'auth' => "Basic #{Base64.strict_encode64("#{@sid}:#{@token}")}"
          ) + "\n")
        end
        Struct.new(:sid).new('CA00000000000000000000000000000000')
      end
    end

    class Account
      attr_reader :calls

      def initialize(calls)
        @calls = calls
      end
    end

    class V2010
      attr_reader :calls

      def initialize(sid, token)
        @sid = sid
        @token = token
        @calls = CallList.new(sid, token, sid)
      end

      def accounts(account_sid)
        Account.new(CallList.new(@sid, @token, account_sid))
      end
    end

    class Api
      attr_reader :v2010

      def initialize(sid, token)
        @v2010 = V2010.new(sid, token)
      end
    end

    class Client
      attr_reader :api

      def initialize(username, password)
        @api = Api.new(username, password)
      end
    end
  end
end
