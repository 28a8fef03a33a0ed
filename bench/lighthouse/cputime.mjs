// Loads a page RUNS times in a fresh headless Chromium with a phone-wide
// window, records a trace of its start-up and prints the main thread's CPU
// time per task (thread time, which a busy machine inflates much less than
// the wall-clock time Lighthouse simulates from), then the medians over the
// runs: the longest task, the total, and the total over 12.5 ms per task
// (Lighthouse's 50 ms long-task threshold divided by its 4x CPU slowdown).
//
//   node cputime.mjs URL [RUNS] [SECONDS]
//
// Environment: CHROMIUM (default /usr/bin/chromium), WIDTH (default 412,
// Lighthouse's mobile viewport).
import { launchChromium } from './chromium.mjs';

const [url, runsArg, secondsArg] = process.argv.slice(2);
if (!url) {
  console.error('usage: node cputime.mjs URL [RUNS] [SECONDS]');
  process.exit(2);
}
const runs = Number(runsArg || 3);
const seconds = Number(secondsArg || 5);

// trace loads url once and returns the trace's events.
async function trace() {
  const { browser, close } = await launchChromium('cputime-');
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(process.env.WIDTH || 412), height: 823 });
    const cdp = await page.createCDPSession();
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    const parsed = JSON.parse(data);
    return parsed.traceEvents || parsed;
  } finally {
    await close();
  }
}

// mainTasks returns the page's main-thread tasks: the thread that ran its
// scripts.
function mainTasks(events) {
  const scriptThreads = new Set(events.filter((e) => e.name === 'EvaluateScript').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => e.name === 'RunTask' && e.dur && scriptThreads.has(`${e.pid}:${e.tid}`));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (let i = 0; i < runs; i++) {
  const tasks = mainTasks(await trace());
  const t0 = Math.min(...tasks.map((e) => e.ts));
  const cpu = tasks.map((e) => (e.tdur || 0) / 1000);
  const r = {
    longest: Math.max(0, ...cpu),
    total: cpu.reduce((a, c) => a + c, 0),
    over: cpu.filter((c) => c > 12.5).reduce((a, c) => a + c - 12.5, 0),
  };
  results.push(r);
  console.log(`run ${i + 1}: longest ${Math.round(r.longest)} ms, total ${Math.round(r.total)} ms, over 12.5 ms ${Math.round(r.over)} ms; ` +
    'tasks over 8 ms (start: CPU/wall ms): ' + tasks.filter((e) => (e.tdur || 0) > 8000)
    .map((e) => `${Math.round((e.ts - t0) / 1000)}: ${Math.round(e.tdur / 1000)}/${Math.round(e.dur / 1000)}`).join(', '));
}
const m = (k) => Math.round(median(results.map((r) => r[k])));
console.log(`median of ${runs}: longest task ${m('longest')} ms CPU, total ${m('total')} ms, over 12.5 ms per task ${m('over')} ms`);
