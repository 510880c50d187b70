/**
 * The "Copy report" text: a Markdown report a social media editor can paste into a chat or mail
 * to the team lead. Pure, so the popup and tests share it.
 */
import { CATEGORIES, rankOf, type Category, type Lang, type Platform, type Report } from './analysis/types';
import { t, type MessageKey } from './i18n';

export const categoryKey = (c: Category): MessageKey => `category_${c.replace('-', '_')}` as MessageKey;

/** Markdown: heading, score, flagged phrases by category (worst first), then the draft quoted. */
export function reportMarkdown(ui: Lang, platform: Platform, draft: string, report: Report): string {
  const out = [`# ${t(ui, 'report_heading', t(ui, `platform_${platform}` as MessageKey))}`, '', t(ui, 'popup_score', report.score), ''];
  if (report.findings.length === 0) out.push(t(ui, 'report_none'), '');
  for (const category of CATEGORIES) {
    const found = report.findings
      .filter((f) => f.category === category)
      .sort((a, b) => rankOf(b.severity) - rankOf(a.severity) || a.start - b.start);
    if (found.length === 0) continue;
    out.push(`## ${t(ui, categoryKey(category))}`, '');
    for (const f of found) {
      out.push(`- “${oneLine(f.text)}” (${t(ui, `severity_${f.severity}` as MessageKey)}): ${f.message}`);
      if (f.explanation) out.push(`  ${f.explanation}`);
      const s = f.suggestions?.[0];
      if (s !== undefined) out.push(`  ${s ? t(ui, 'popup_suggestion', oneLine(s)) : t(ui, 'popup_suggestion_remove')}`);
    }
    out.push('');
  }
  out.push(`## ${t(ui, 'report_draft')}`, '', ...draft.split(/\r?\n/).map((l) => `> ${l}`.trimEnd()));
  return out.join('\n') + '\n';
}

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ');
