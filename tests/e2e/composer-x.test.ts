import { composerSpec, stressSpec, type ComposerCase } from './composer-spec';

const x: ComposerCase = {
  platform: 'x',
  editor: '[data-testid="tweetTextarea_0"]',
  driftEditor: '[contenteditable="true"][role="textbox"]',
  driftDetection: 'generic',
  draft: 'Our world-class team delivers cutting-edge synergy. Buy now!',
  fix: 'Buy now',
  fromModel: (model) => model,
  reset: 'reload',
  blocks: '[data-block="true"]',
  domMayLag: true,
  seed: 4303,
  shots: { highlights: 'x-highlights', card: 'x-card' },
};

composerSpec(x);
stressSpec(x, 70);
