// The Chromium every bench script starts: Debian's, headless, with the
// flags the project uses for every browser it drives (the README's
// "Real parts"), and a fresh profile that close() removes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

// chromiumPath is Debian's Chromium, unless CHROMIUM names another.
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// chromiumFlags are the flags of every Chromium the benches start (run.mjs
// adds --headless for chrome-launcher; puppeteer sets it itself).
export const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

// launchChromium starts a puppeteer-driven Chromium with a fresh profile
// and returns it with close(), which stops it and removes the profile.
export async function launchChromium(prefix) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, userDataDir, args: chromiumFlags });
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
