// Runs Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU) on
// sipplay and on a go-app hello world, interleaved, RUNS times each, and
// compares the medians with the start-up budgets. It prints one line per
// figure and exits 1 when a budget is broken.
//
//   node run.mjs APP_URL HELLO_URL
//
// Environment: RUNS (default 3), CHROMIUM (default /usr/bin/chromium),
// LH_REPORT_DIR (optional: where to write each run's JSON report).
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const [appURL, helloURL] = process.argv.slice(2);
if (!appURL || !helloURL) {
  console.error('usage: node run.mjs APP_URL HELLO_URL');
  process.exit(2);
}
const runs = Number(process.env.RUNS || 3);
const chromePath = chromiumPath;
const reportDir = process.env.LH_REPORT_DIR || '';

// The budgets of issue "Ready as fast as a hello world".
const budget = {
  ttiRatio: 1.3, // Time to Interactive, sipplay / hello world
  tbtRatio: 1.3, // Total Blocking Time, sipplay / hello world
  startTaskMs: 200, // longest start-up task attributed to wasm_exec.js
  accessibility: 100,
  bestPractices: 100,
};

const chromeFlags = ['--headless', ...chromiumFlags];

// measure runs Lighthouse once on url in a fresh Chromium with a fresh profile.
async function measure(url, name, i) {
  const userDataDir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'lh-profile-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, userDataDir });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (reportDir) fs.writeFileSync(path.join(reportDir, `${name}-${i}.json`), result.report);
    const tasks = (lhr.audits['long-tasks']?.details?.items || [])
      .filter((t) => String(t.url).endsWith('wasm_exec.js'));
    const all = (lhr.audits['long-tasks']?.details?.items || []).map((t) => t.duration);
    return {
      longestTask: Math.max(0, ...all),
      tti: lhr.audits['interactive'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      startTask: Math.max(0, ...tasks.map((t) => t.duration)),
      accessibility: Math.round(lhr.categories['accessibility'].score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      failed: [...failedAudits(lhr, 'accessibility'), ...failedAudits(lhr, 'best-practices')],
    };
  } finally {
    await chrome.kill();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

// failedAudits names the audits of a category that did not pass.
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
    .map((r) => `${category}/${r.id}`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const app = [], hello = [];
for (let i = 0; i < runs; i++) {
  hello.push(await measure(helloURL, 'hello', i));
  app.push(await measure(appURL, 'sipplay', i));
}
const m = (xs, k) => median(xs.map((x) => x[k]));
const A = { tti: m(app, 'tti'), tbt: m(app, 'tbt'), startTask: m(app, 'startTask'),
  accessibility: m(app, 'accessibility'), bestPractices: m(app, 'bestPractices') };
const H = { tti: m(hello, 'tti'), tbt: m(hello, 'tbt'), startTask: m(hello, 'startTask') };
A.longestTask = m(app, 'longestTask');
H.longestTask = m(hello, 'longestTask');

const rows = [];
let broken = 0;
function row(label, value, limit, ok) {
  if (!ok) broken++;
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(34)} ${value.padEnd(34)} budget ${limit}`);
}
const ratio = (a, b) => (b > 0 ? a / b : (a > 0 ? Infinity : 1));
const ms = (x) => `${Math.round(x)} ms`;
row('Lighthouse TTI (median of ' + runs + ')', `${ms(A.tti)} / ${ms(H.tti)} = ${ratio(A.tti, H.tti).toFixed(2)}x`,
  `<= ${budget.ttiRatio}x`, ratio(A.tti, H.tti) <= budget.ttiRatio);
row('Lighthouse TBT (median of ' + runs + ')', `${ms(A.tbt)} / ${ms(H.tbt)} = ${ratio(A.tbt, H.tbt).toFixed(2)}x`,
  `<= ${budget.tbtRatio}x`, ratio(A.tbt, H.tbt) <= budget.tbtRatio);
row('Longest wasm_exec.js start-up task', `${ms(A.startTask)} (hello world ${ms(H.startTask)})`,
  `<= ${budget.startTaskMs} ms`, A.startTask <= budget.startTaskMs);
// Lighthouse attributes the task that starts the Go program to wasm_exec.js
// or to no script at all, depending on what called go.run, so the longest
// task of any attribution is shown too, for comparison (no budget).
rows.push(`info Longest task, any attribution         ${`${ms(A.longestTask)} / ${ms(H.longestTask)} = ${ratio(A.longestTask, H.longestTask).toFixed(2)}x`.padEnd(34)} (Lighthouse caps a task at 10000 ms)`);
row('Lighthouse accessibility', `${A.accessibility}`, `${budget.accessibility}`, A.accessibility >= budget.accessibility);
row('Lighthouse best practices', `${A.bestPractices}`, `${budget.bestPractices}`, A.bestPractices >= budget.bestPractices);
console.log(rows.join('\n'));
const each = (xs, k) => xs.map((x) => Math.round(x[k])).join(', ');
console.log(`each run (ms): sipplay TTI ${each(app, 'tti')}; TBT ${each(app, 'tbt')}; ` +
  `hello world TTI ${each(hello, 'tti')}; TBT ${each(hello, 'tbt')}`);
const failed = [...new Set(app.flatMap((r) => r.failed))];
if (failed.length) console.log('audits not passed on sipplay: ' + failed.join(', '));
process.exit(broken ? 1 : 0);
