/**
 * `npm run bench`: how fast Echt's analysis is, against reference work in the same process —
 * compromise's full parse and harper.js (an on-device grammar checker) on the same drafts.
 * Prints a table and writes bench/results.json. It reports; it never fails on machine noise.
 */
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../lib/analysis/types';
import { draft, prng } from './drafts';

const SIZES = [280, 1300, 3000, 10_000];
const LANGS: Lang[] = ['en', 'de'];

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: xs.length };
};
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const timeAsync = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

const importStart = performance.now();
const { analyze, clearAnalysisCache } = await import('../lib/analysis');
const importMs = performance.now() - importStart;
const firstCallMs = time(() => analyze('Tag a friend who needs this!', { lang: 'en' }));
const nlp = (await import('compromise')).default;
const { LocalLinter } = await import('harper.js');
const { binaryInlined } = await import('harper.js/binaryInlined');
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

interface Row {
  lang: Lang;
  size: number;
  cold: ReturnType<typeof stats>;
  warm: ReturnType<typeof stats>;
  incremental: ReturnType<typeof stats>;
  compromise: ReturnType<typeof stats>;
  harper: ReturnType<typeof stats>;
}
const rows: Row[] = [];
for (const lang of LANGS) {
  for (const size of SIZES) {
    const text = draft(lang, size);
    const reps = size >= 10_000 ? 7 : 15;
    // cold: every sentence analysed from scratch (caches cleared), language detected
    const cold = Array.from({ length: reps }, () => {
      clearAnalysisCache();
      return time(() => analyze(text));
    });
    const warm = Array.from({ length: reps * 2 }, () => time(() => analyze(text)));
    // incremental: one character typed at a random place, then the whole draft re-analysed
    const rnd = prng(size + 7);
    let edited = text;
    analyze(edited);
    const incremental = Array.from({ length: reps * 2 }, () => {
      const at = Math.floor(rnd() * edited.length);
      edited = edited.slice(0, at) + 'e' + edited.slice(at);
      return time(() => analyze(edited));
    });
    nlp(text).json(); // compromise's own first-parse cost is not what is compared
    const compromise = Array.from({ length: 7 }, () => time(() => nlp(text).json()));
    await harper.lint(text);
    const harperTimes: number[] = [];
    for (let i = 0; i < 5; i++) harperTimes.push(await timeAsync(() => harper.lint(text)));
    rows.push({ lang, size, cold: stats(cold), warm: stats(warm), incremental: stats(incremental), compromise: stats(compromise), harper: stats(harperTimes) });
  }
}

const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const lines = [
  '| lang | chars | cold median / p95 ms | warm median / p95 ms | 1-char edit median / p95 ms | compromise full parse ms | harper.js ms | cold ÷ compromise | edit ÷ harper |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.lang} | ${r.size} | ${f(r.cold.median)} / ${f(r.cold.p95)} | ${f(r.warm.median)} / ${f(r.warm.p95)} | ${f(r.incremental.median)} / ${f(r.incremental.p95)} | ${f(r.compromise.median)} | ${f(r.harper.median)} | ${(r.cold.median / r.compromise.median).toFixed(2)} | ${(r.incremental.median / r.harper.median).toFixed(3)} |`,
  ),
];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
console.log(`Echt analysis benchmark — ${machine}`);
console.log(`analyzer import ${importMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms (compromise lexicon and rule packs compiled lazily)\n`);
console.log(lines.join('\n'));
const at3000 = rows.filter((r) => r.size === 3000);
for (const r of at3000) {
  console.log(
    `\n${r.lang} 3000 chars: cold analysis ${((r.cold.median / r.compromise.median) * 100).toFixed(0)} % of compromise's full parse (target ≤ 50 %); ` +
      `1-char re-analysis ${((r.incremental.median / r.harper.median) * 100).toFixed(1)} % of harper.js (target ≤ 5 %)`,
  );
}
writeFileSync('bench/results.json', JSON.stringify({ machine, date: new Date().toISOString(), importMs, firstCallMs, rows }, null, 2) + '\n');
