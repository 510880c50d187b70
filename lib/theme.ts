/**
 * Category colours, the same in underline, card, popup and toolbar badge. Each passes WCAG AA
 * (4.5:1) as text on the matching background: light on #ffffff, dark on #1c1e21.
 */
import type { Category, Severity } from './analysis/types';

export type Scheme = 'light' | 'dark';

export const CATEGORY_COLOUR: Record<Scheme, Record<Category, string>> = {
  light: { 'sales-pitch': '#b45309', 'engagement-bait': '#6d28d9', 'off-brand': '#0f766e' },
  dark: { 'sales-pitch': '#fbbf24', 'engagement-bait': '#c4b5fd', 'off-brand': '#5eead4' },
};

/** Toolbar badge background by the worst severity (white text on each passes AA). */
export const SEVERITY_BADGE: Record<Severity, string> = {
  suggestion: '#475569',
  warning: '#b45309',
  error: '#b91c1c',
};

export const SURFACE: Record<Scheme, { bg: string; fg: string; muted: string; border: string; focus: string }> = {
  light: { bg: '#ffffff', fg: '#1c1e21', muted: '#4b5563', border: '#d1d5db', focus: '#1d4ed8' },
  dark: { bg: '#1c1e21', fg: '#e4e6eb', muted: '#b0b3b8', border: '#3e4042', focus: '#93c5fd' },
};

/** CSS custom properties for a scheme: --echt-sales-pitch, --echt-bg, … */
export function cssVariables(scheme: Scheme): string {
  const c = CATEGORY_COLOUR[scheme];
  const s = SURFACE[scheme];
  return [
    ...Object.entries(c).map(([k, v]) => `--echt-${k}: ${v};`),
    ...Object.entries(s).map(([k, v]) => `--echt-${k}: ${v};`),
  ].join(' ');
}
