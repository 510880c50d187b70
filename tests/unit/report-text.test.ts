import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { reportMarkdown } from '../../lib/report-text';

describe('reportMarkdown', () => {
  const draft = 'Big news!\nTag a friend who needs this 👇 Only 3 left, order now!';
  const report = analyze(draft, { lang: 'en', uiLang: 'en' });

  it('lists every finding under its category, with the phrase, message and the draft quoted', () => {
    const md = reportMarkdown('en', 'linkedin', draft, report);
    expect(report.findings.length).toBeGreaterThan(1);
    expect(md).toMatch(/^# Echt report: LinkedIn draft\n/);
    expect(md).toContain(`Score ${report.score} of 100`);
    for (const f of report.findings) expect(md).toContain(`“${f.text}”`);
    expect(md).toContain('## Engagement bait');
    expect(md).toContain('## Sales pitch');
    expect(md).toContain('> Big news!\n> Tag a friend who needs this 👇 Only 3 left, order now!');
  });

  it('speaks German when the UI is German', () => {
    const md = reportMarkdown('de', 'facebook', draft, analyze(draft, { lang: 'en', uiLang: 'de' }));
    expect(md).toMatch(/^# Echt-Bericht: Entwurf für Facebook\n/);
    expect(md).toContain('## Engagement-Bait');
    expect(md).toContain('## Entwurf');
  });

  it('says so when nothing is flagged', () => {
    const clean = 'The new timetable starts on 15 December; tickets from €14.';
    const md = reportMarkdown('en', 'x', clean, analyze(clean, { lang: 'en' }));
    expect(md).toContain('No flagged phrases.');
    expect(md).not.toContain('## Sales pitch');
  });
});
