/** Prints the corpus table; with `--misses`, the dev split's errors (never the held-out split's). */
import { evaluate, formatTable, loadSplit } from './metrics';

for (const split of ['dev', 'heldout'] as const) {
  const r = evaluate(loadSplit(split));
  console.log(formatTable(split, r), '\n');
  if (split === 'dev' && process.argv.includes('--misses')) {
    for (const m of r.misses) console.log(`${m.id}  ${m.why}\n   ${m.text.replace(/\n/g, ' ⏎ ')}\n   ${m.found.join(' | ')}`);
  }
}
