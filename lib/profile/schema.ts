/**
 * The team profile schema (DESIGN.md "Team tone rules"): one zod definition that validates imports
 * and generates the shipped JSON Schema (public/profile.schema.json), so editors autocomplete the
 * same keys the extension accepts. Sizes are bounded so a hostile or mistaken file cannot stall a page.
 */
import { z } from 'zod';

export const LIMITS = {
  rules: 500,
  phrases: 5000,
  phraseChars: 200,
  swaps: 2000,
  messageChars: 500,
  examples: 50,
  exampleChars: 2000,
  /**
   * Characters of profile text accepted at all. Real profiles are a few kilobytes; the cap keeps
   * YAML parsing of a hostile file bounded (the yaml library needs ~0.2 ms per kilobyte).
   */
  sourceChars: 512_000,
} as const;

/**
 * Characters that make a phrase look like a regular expression. Phrases are matched as literal
 * words, so such a phrase would never do what its author meant: reject it with a clear message.
 */
const REGEX_LIKE = /[\\^$|()[\]{}*+]|\.[*+?]/;

export const regexLikeMessage = (value: string) =>
  `"${value.slice(0, 40)}" looks like a regular expression; write the literal words instead (inflections and German compounds are matched automatically)`;

const phrase = z
  .string()
  .trim()
  .min(1, 'a phrase must not be empty')
  .max(LIMITS.phraseChars, `a phrase has at most ${LIMITS.phraseChars} characters`)
  .refine((s) => !REGEX_LIKE.test(s), { error: (iss) => regexLikeMessage(String(iss.input)) })
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'a phrase needs at least one letter or digit');

const severity = z.enum(['suggestion', 'warning', 'error']);
const level = z.enum(['off', 'suggestion', 'warning', 'error']);
const platform = z.enum(['facebook', 'linkedin', 'x']);

const severityTable = z
  .object({ 'sales-pitch': level.optional(), 'engagement-bait': level.optional(), 'off-brand': level.optional() })
  .strict()
  .describe('Per category: off | suggestion | warning | error');

/** "engagement-bait/tag-bait" (a rule) or "engagement-bait/smalltalk" (a subtype). */
const builtins = z
  .record(z.string().regex(/^(?:sales-pitch|engagement-bait)\/[a-z0-9-]{1,60}$/, 'expected "<category>/<rule or subtype>", e.g. "engagement-bait/tag-bait"'), level)
  .describe('Built-in rules or subtypes switched off or re-graded');

const examples = z
  .object({
    flag: z.array(z.string().max(LIMITS.exampleChars)).max(LIMITS.examples).optional(),
    allow: z.array(z.string().max(LIMITS.exampleChars)).max(LIMITS.examples).optional(),
  })
  .strict()
  .describe('Self-tests: every `flag` draft must be flagged by this rule, no `allow` draft may be');

const ruleBase = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "no-synergy"')
    .max(60),
  severity: severity.optional(),
  message: z.string().trim().min(1).max(LIMITS.messageChars).optional(),
  platforms: z.array(platform).min(1).max(3).optional(),
  examples: examples.optional(),
};

export const COUNTS = ['emoji', 'hashtags', 'exclamations', 'caps-words', 'mentions', 'links', 'characters'] as const;

export const phraseRule = z
  .object({ ...ruleBase, kind: z.literal('phrase'), phrases: z.array(phrase).min(1).max(LIMITS.phrases) })
  .strict()
  .describe('Banned words and phrases, matched on word boundaries with inflections and German compounds');

export const substitutionRule = z
  .object({
    ...ruleBase,
    kind: z.literal('substitution'),
    swap: z
      .record(phrase, phrase)
      .refine((r) => Object.keys(r).length > 0, 'name at least one "from: to" pair')
      .refine((r) => Object.keys(r).length <= LIMITS.swaps, `at most ${LIMITS.swaps} pairs`),
  })
  .strict()
  .describe('Preferred wording, offered as a one-click fix that keeps capitalisation');

export const limitRule = z
  .object({
    ...ruleBase,
    kind: z.literal('limit'),
    count: z.enum(COUNTS),
    max: z.number().int().min(0).max(1_000_000).optional().describe('Omitted for `characters`: the platform limit (X 280, LinkedIn 3000, Facebook 63206)'),
  })
  .strict()
  .refine((r) => r.max !== undefined || r.count === 'characters', { message: 'expected a number: how many are allowed', path: ['max'] })
  .describe('At most `max` of a countable thing per draft');

export const addressRule = z
  .object({
    ...ruleBase,
    kind: z.literal('address'),
    form: z.enum(['formal', 'informal']).optional().describe('Defaults to the profile\'s `address`'),
    mixing: z.boolean().optional().describe('Flag drafts that mix both forms (default true)'),
  })
  .strict()
  .describe('The address form the team uses: German Sie vs du/ihr, English formal vs casual');

export const disclosureRule = z
  .object({
    ...ruleBase,
    kind: z.literal('disclosure'),
    when: z.enum(['sales-pitch', 'always']).optional(),
    labels: z.array(phrase).min(1).max(50),
    position: z.enum(['start', 'anywhere']).optional(),
  })
  .strict()
  .describe('A required advertising label, at the start (first line / first 15 words) or anywhere');

export const KIND_NAMES = ['phrase', 'substitution', 'limit', 'address', 'disclosure'] as const;

export const teamRule = z.discriminatedUnion('kind', [phraseRule, substitutionRule, limitRule, addressRule, disclosureRule]);

const platformOverrides = z.object({ builtins: builtins.optional(), severity: severityTable.optional() }).strict();

export const teamProfile = z
  .object({
    $schema: z.string().optional(),
    name: z.string().max(200).optional(),
    address: z.enum(['formal', 'informal', 'any']).optional(),
    severity: severityTable.optional(),
    gate: z.enum(['warning', 'error', 'off']).optional(),
    /** Posts with an `error` finding are held: the pre-post check offers no "Post anyway". */
    holdErrors: z.boolean().optional(),
    builtins: builtins.optional(),
    platforms: z
      .object({ facebook: platformOverrides.optional(), linkedin: platformOverrides.optional(), x: platformOverrides.optional() })
      .strict()
      .optional(),
    rules: z.array(teamRule).max(LIMITS.rules).optional(),
  })
  .strict();

export type ParsedProfile = z.infer<typeof teamProfile>;
export type TeamRule = z.infer<typeof teamRule>;
export type PhraseRule = z.infer<typeof phraseRule>;
export type SubstitutionRule = z.infer<typeof substitutionRule>;
export type LimitRule = z.infer<typeof limitRule>;
export type AddressRule = z.infer<typeof addressRule>;
export type DisclosureRule = z.infer<typeof disclosureRule>;
export type Count = (typeof COUNTS)[number];

/** The JSON Schema shipped as public/profile.schema.json. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(teamProfile, { io: 'input' }),
    $id: 'https://echt.app/profile.schema.json',
    title: 'Echt team profile',
  };
}
