// Preloaded (node --require, or NODE_OPTIONS=--require for the twilio CLI)
// into every process that runs a snippet: it gives axios, which Twilio's
// Node library and the twilio CLI send their requests with, an adapter that
// records the request and answers it in-process, and it blocks every other
// network connection, so nothing leaves the machine.
//
// Each request is appended as one JSON line to the file named by
// SIPPLAY_SDK_OUT: {name, method, url, body, auth}, where name is
// SIPPLAY_SDK_NAME (or global.sipplaySnippet when a runner sets it) and body
// is the exact string axios would have written on the wire.
"use strict";
const fs = require("fs");
const net = require("net");
const path = require("path");

const out = process.env.SIPPLAY_SDK_OUT;
if (!out) {
  throw new Error("intercept.js: SIPPLAY_SDK_OUT is not set");
}

net.Socket.prototype.connect = function () {
  throw new Error("intercept.js: network access is blocked in the SDK checks");
};

const modules = path.join(__dirname, "..", "..", "..", "tools", "node", "node_modules");
const axios = require(require.resolve("axios", { paths: [modules] }));

axios.defaults.adapter = async function capture(config) {
  fs.appendFileSync(out, JSON.stringify({
    name: global.sipplaySnippet || process.env.SIPPLAY_SDK_NAME || "",
    method: String(config.method || "").toUpperCase(),
    url: config.url,
    body: typeof config.data === "string" ? config.data : "",
    auth: String(config.headers && (config.headers.Authorization || config.headers.authorization) || ""),
  }) + "\n");
  if (typeof global.sipplaySent === "function") {
    global.sipplaySent();
  }
  const data = { sid: "CA00000000000000000000000000000000", status: "queued" };
  return { data, status: 201, statusText: "Created", headers: { "content-type": "application/json" }, config, request: {} };
};
