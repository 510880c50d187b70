/**
 * The options form's rules: banned phrases, substitutions, limits and the advertising label,
 * each kept as one rule with a stable `form-…` id inside the profile's YAML, so the form and the
 * text editor edit the same profile and the team lead's comments and other rules stay as written.
 */
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { TeamProfile } from '../../lib/profile/types';

export const FORM_IDS = {
  banned: 'form-banned',
  swaps: 'form-swaps',
  disclosure: 'form-disclosure',
  limit: (count: LimitCount) => `form-limit-${count}`,
};
export const LIMIT_COUNTS = ['hashtags', 'emoji', 'exclamations', 'caps-words', 'mentions', 'links'] as const;
export type LimitCount = (typeof LIMIT_COUNTS)[number];

type Rule = Record<string, unknown> & { id: string };

/** Adds, replaces or (with `undefined`) removes the rule `id` in the YAML text; undefined if the text does not parse. */
export function setRule(text: string, id: string, rule: Rule | undefined): string | undefined {
  const doc = parseDocument(text || '{}');
  if (doc.errors.length || (doc.contents && !isMap(doc.contents))) return undefined;
  let rules = doc.get('rules');
  if (!isSeq(rules)) {
    if (!rule) return doc.toString();
    rules = new YAMLSeq();
    doc.set('rules', rules);
  }
  const seq = rules as YAMLSeq;
  const at = seq.items.findIndex((item) => isMap(item) && item.get('id') === id);
  if (!rule) {
    if (at >= 0) seq.delete(at);
  } else if (at >= 0) seq.set(at, doc.createNode(rule));
  else seq.add(doc.createNode(rule));
  return doc.toString();
}

const ruleOf = (profile: TeamProfile, id: string) => profile.rules?.find((r) => r.id === id) as (Rule & Record<string, unknown>) | undefined;

/** What the form shows, read from the current profile. */
export function formValues(profile: TeamProfile) {
  const banned = ruleOf(profile, FORM_IDS.banned);
  const swaps = ruleOf(profile, FORM_IDS.swaps);
  const disclosure = ruleOf(profile, FORM_IDS.disclosure);
  return {
    banned: ((banned?.phrases as string[] | undefined) ?? []).join('\n'),
    swaps: Object.entries((swaps?.swap as Record<string, string> | undefined) ?? {})
      .map(([from, to]) => `${from} → ${to}`)
      .join('\n'),
    limits: Object.fromEntries(LIMIT_COUNTS.map((c) => [c, (ruleOf(profile, FORM_IDS.limit(c))?.max as number | undefined) ?? ''])) as Record<LimitCount, number | ''>,
    disclosure: disclosure
      ? { on: true, labels: ((disclosure.labels as string[] | undefined) ?? []).join(', '), when: (disclosure.when as string) ?? 'sales-pitch', position: (disclosure.position as string) ?? 'start' }
      : { on: false, labels: 'Werbung, Anzeige, #ad', when: 'sales-pitch', position: 'start' },
  };
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function bannedRule(list: string, message: string): Rule | undefined {
  const phrases = lines(list);
  return phrases.length ? { id: FORM_IDS.banned, kind: 'phrase', phrases, message, severity: 'warning' } : undefined;
}

/** "from → to" (or "from -> to", "from = to") per line. */
export function swapsRule(list: string): Rule | undefined {
  const swap: Record<string, string> = {};
  for (const l of lines(list)) {
    const m = /^(.+?)\s*(?:→|->|=)\s*(.+)$/.exec(l);
    if (m) swap[m[1]!] = m[2]!;
  }
  return Object.keys(swap).length ? { id: FORM_IDS.swaps, kind: 'substitution', swap } : undefined;
}

export function limitRule(count: LimitCount, max: number | ''): Rule | undefined {
  return max === '' ? undefined : { id: FORM_IDS.limit(count), kind: 'limit', count, max };
}

export function disclosureRule(d: { on: boolean; labels: string; when: string; position: string }): Rule | undefined {
  const labels = d.labels.split(',').map((l) => l.trim()).filter(Boolean);
  return d.on && labels.length ? { id: FORM_IDS.disclosure, kind: 'disclosure', labels, when: d.when, position: d.position } : undefined;
}
