/** The built-in packs. One rule per file; the rule-files test checks this list against the folders. */
import type { BuiltinRule } from '../define';
import agreeBait from './engagement-bait/agree-bait';
import baitTone from './engagement-bait/bait-tone';
import commentBait from './engagement-bait/comment-bait';
import commentForDm from './engagement-bait/comment-for-dm';
import followBait from './engagement-bait/follow-bait';
import giveaway from './engagement-bait/giveaway';
import reactBait from './engagement-bait/react-bait';
import shareBait from './engagement-bait/share-bait';
import smalltalk from './engagement-bait/smalltalk';
import tagBait from './engagement-bait/tag-bait';
import voteBait from './engagement-bait/vote-bait';
import buzzwordPileup from './sales-pitch/buzzword-pileup';
import buzzwords from './sales-pitch/buzzwords';
import callToAction from './sales-pitch/call-to-action';
import discount from './sales-pitch/discount';
import funnel from './sales-pitch/funnel';
import hardSell from './sales-pitch/hard-sell';
import hype from './sales-pitch/hype';
import pitchTone from './sales-pitch/pitch-tone';
import selfPraise from './sales-pitch/self-praise';
import urgency from './sales-pitch/urgency';

export const BUILTIN_RULES: readonly BuiltinRule[] = [
  agreeBait, baitTone, commentBait, commentForDm, followBait, giveaway, reactBait, shareBait, smalltalk, tagBait, voteBait,
  buzzwordPileup, buzzwords, callToAction, discount, funnel, hardSell, hype, pitchTone, selfPraise, urgency,
];
