/** Colours used for text pass WCAG AA contrast in both schemes. */
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOUR, SEVERITY_BADGE, SURFACE, type Scheme } from '../../lib/theme';

const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('theme contrast', () => {
  it.each(['light', 'dark'] as Scheme[])('%s: category colours and text on the surface reach 4.5:1', (scheme) => {
    const { bg, fg, muted, focus } = SURFACE[scheme];
    for (const colour of [...Object.values(CATEGORY_COLOUR[scheme]), fg, muted]) expect(contrast(colour, bg), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrast(focus, bg)).toBeGreaterThanOrEqual(3); // non-text: focus ring
  });
  it.each(Object.entries(SEVERITY_BADGE))('white badge text on %s (%s) reaches 4.5:1', (_s, colour) => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });
  it('gives each category its own colour', () => {
    const light = Object.values(CATEGORY_COLOUR.light);
    expect(new Set(light).size).toBe(light.length);
  });
});
