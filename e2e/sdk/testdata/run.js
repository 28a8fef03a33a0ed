// Runs Node snippets one after another in this process (intercept.js is
// preloaded): node --require intercept.js run.js name=file ...
// A snippet that throws, or whose promise is rejected, is recorded as
// {name, error} in SIPPLAY_SDK_OUT; one that sends nothing within five
// seconds as {name, error: "no request"}.
"use strict";
const fs = require("fs");

function record(name, error) {
  fs.appendFileSync(process.env.SIPPLAY_SDK_OUT, JSON.stringify({ name, error: String(error && error.stack || error) }) + "\n");
}

// settle ends the wait for the snippet running.
let settle = () => {};

process.on("unhandledRejection", (e) => {
  record(global.sipplaySnippet, e);
  settle();
});

async function main() {
  for (const arg of process.argv.slice(2)) {
    const eq = arg.indexOf("=");
    const name = arg.slice(0, eq);
    global.sipplaySnippet = name;
    await new Promise((resolve) => {
      const timer = setTimeout(() => { record(name, "no request"); resolve(); }, 5000);
      settle = () => { clearTimeout(timer); resolve(); };
      global.sipplaySent = () => { clearTimeout(timer); setImmediate(resolve); };
      try {
        require(arg.slice(eq + 1));
      } catch (e) {
        clearTimeout(timer);
        record(name, e);
        resolve();
      }
    });
  }
}

main();
