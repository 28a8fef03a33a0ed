// Runs the twilio CLI (tools/node) in this process once per snippet, with
// the arguments bash gave each: node --require intercept.js cli-run.js
// name=argsfile ..., where argsfile holds the arguments after "twilio",
// each ended by a NUL byte. Starting the CLI once instead of once per
// snippet saves seconds a run. A run that fails is recorded as
// {name, error} in SIPPLAY_SDK_OUT, with what the CLI wrote to stderr.
"use strict";
const fs = require("fs");
const path = require("path");

const modules = path.join(__dirname, "..", "..", "..", "tools", "node", "node_modules");
const root = path.dirname(require.resolve("twilio-cli/package.json", { paths: [modules] }));
const oclif = require(require.resolve("@oclif/core", { paths: [root] }));
require(require.resolve("@twilio/cli-core", { paths: [root] })).configureEnv();

function record(name, error) {
  fs.appendFileSync(process.env.SIPPLAY_SDK_OUT, JSON.stringify({ name, error }) + "\n");
}

async function main() {
  for (const arg of process.argv.slice(2)) {
    const eq = arg.indexOf("=");
    const name = arg.slice(0, eq);
    const argv = fs.readFileSync(arg.slice(eq + 1), "utf8").split("\0").slice(0, -1);
    global.sipplaySnippet = name;
    let stderr = "";
    const write = process.stderr.write;
    process.stderr.write = (chunk, ...rest) => { stderr += chunk; return true; };
    let sent = false;
    global.sipplaySent = () => { sent = true; };
    try {
      await oclif.run(argv, root);
      if (!sent) {
        record(name, "no request: " + stderr);
      }
    } catch (e) {
      record(name, String(e && e.message) + "\n" + stderr);
    } finally {
      process.stderr.write = write;
    }
  }
}

main();
