// Records a CPU profile of a page's start-up in headless Chromium (no
// throttling) and prints where the time went: the functions with the most
// time, self and inclusive. Build app.wasm without -ldflags='-s -w' to keep
// Go's function names in the profile.
//
//   node profile.mjs URL [SECONDS] [OUT.cpuprofile]
//
// Environment: CHROMIUM (default /usr/bin/chromium), TOP (rows, default 40),
// STRETCHES (busy stretches shown, default 4), NOPROFILE=1 (only the long
// tasks, without the profiler's overhead).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';

const [url, secondsArg, out] = process.argv.slice(2);
if (!url) {
  console.error('usage: node profile.mjs URL [SECONDS] [OUT.cpuprofile]');
  process.exit(2);
}
const seconds = Number(secondsArg || 8);
const top = Number(process.env.TOP || 40);

const { browser, close } = await launchChromium('profile-');
let profile;
try {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => [e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.createCDPSession();
  const profiling = !process.env.NOPROFILE;
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const loaded = Date.now() - t0;
  await new Promise((r) => setTimeout(r, seconds * 1000));
  if (profiling) ({ profile } = await cdp.send('Profiler.stop'));
  console.log(`load event after ${loaded} ms; profiled ${seconds} s more`);
  const tasks = await page.evaluate(() => window.__longTasks);
  console.log('long tasks (start ms: duration ms): ' +
    tasks.map(([s, d]) => `${Math.round(s)}: ${Math.round(d)}`).join(', '));
} finally {
  await close();
}
if (!profile) process.exit(0);
if (out) fs.writeFileSync(out, JSON.stringify(profile));

// Per sample: its node's stack, from the root down.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const name = (n) => n.callFrame.functionName || `(${path.basename(n.callFrame.url || 'anonymous')})`;
const self = new Map(), total = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // ms until the next sample
  const n = byId.get(id);
  const fn = name(n);
  if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') {
    self.set(fn, (self.get(fn) || 0) + dt);
    return;
  }
  busy += dt;
  self.set(fn, (self.get(fn) || 0) + dt);
  const seen = new Set();
  for (let k = id; k !== undefined; k = parent.get(k)) {
    const f = name(byId.get(k));
    if (!seen.has(f)) {
      seen.add(f);
      total.set(f, (total.get(f) || 0) + dt);
    }
  }
});
const table = (m, title) => {
  console.log(`\n${title}`);
  [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([f, t]) => console.log(`${t.toFixed(1).padStart(9)} ms  ${f}`));
};
console.log(`busy (not idle, program or GC): ${busy.toFixed(0)} ms`);
table(self, 'self time');
table(total, 'inclusive time');

// The longest stretches of busy samples (about the browser's tasks), each
// with the functions it spent the most time in.
const stretches = [];
let cur = null;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i];
  const fn = name(byId.get(id));
  if (fn === '(idle)') {
    cur = null;
    return;
  }
  if (!cur) stretches.push((cur = { start: at, end: at, fns: new Map() }));
  cur.end = at;
  const seen = new Set();
  for (let k = id; k !== undefined; k = parent.get(k)) {
    const f = name(byId.get(k));
    if (!seen.has(f)) {
      seen.add(f);
      cur.fns.set(f, (cur.fns.get(f) || 0) + 1);
    }
  }
});
const stretchTop = Number(process.env.STRETCHES || 4);
for (const s of stretches.sort((a, b) => (b.end - b.start) - (a.end - a.start)).slice(0, stretchTop)) {
  const samples = s.fns.get('(root)');
  console.log(`\nbusy stretch at ${((s.start - profile.startTime) / 1000).toFixed(0)} ms, ${((s.end - s.start) / 1000).toFixed(0)} ms:`);
  [...s.fns].filter(([f]) => !/^\(root\)$/.test(f)).sort((a, b) => b[1] - a[1]).slice(0, 30)
    .forEach(([f, n]) => console.log(`${(100 * n / samples).toFixed(0).padStart(5)}%  ${f}`));
}
