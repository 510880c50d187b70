import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { detectLanguage } from '../../lib/analysis/language';

describe('language detection', () => {
  it.each([
    ['Like if you agree! Tag a friend who needs this 👇', 'en'],
    ['Wie war euer Wochenende?', 'de'],
    ['Jetzt zugreifen!', 'de'],
    ['Neue Kollektion ab Freitag im Shop. Link in Bio 👆', 'de'],
    ['Happy Monday! How was your weekend?', 'en'],
    ['Unsere Bäckerei öffnet am Montag um 7 Uhr, wir freuen uns auf euch.', 'de'],
    ['The new timetable starts on 15 December; tickets from €14.', 'en'],
    ['', 'en'],
    ['👍👍👍', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ['Bonjour à tous, comment ça va aujourd’hui ? Nous ouvrons une nouvelle boutique à Lyon.', 'fr'],
    ['Hola a todos, hoy abrimos nuestra nueva tienda en Madrid con muchas sorpresas.', 'es'],
  ])('another language is reported, and no built-in pack runs on it: %s', (text, code) => {
    expect(detectLanguage(text).other).toBe(code);
    const report = analyze(text);
    expect(report.otherLanguage).toBe(code);
    expect(report.findings).toEqual([]);
  });

  it('a given language overrides detection', () => {
    expect(analyze('Jetzt zugreifen!', { lang: 'de' }).lang).toBe('de');
    expect(analyze('Like if you agree!', { lang: 'en' }).findings.length).toBeGreaterThan(0);
  });

  it('mixed German with English social phrases is read as German and still flagged', () => {
    const report = analyze('Neue Kollektion ist online! Link in Bio 👆 Like & Share nicht vergessen!');
    expect(report.lang).toBe('de');
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['sales-pitch/funnel']));
  });
});
