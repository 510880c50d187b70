import { composerSpec, stressSpec, type ComposerCase } from './composer-spec';

const linkedin: ComposerCase = {
  platform: 'linkedin',
  editor: '.share-box .ql-editor',
  driftEditor: '[contenteditable="true"][role="textbox"]',
  driftDetection: 'generic',
  draft: 'We offer best-in-class solutions. Agree?',
  fix: 'Agree?',
  fromModel: (model) => model,
  reset: 'select-all',
  blocks: 'p, h1, h2, h3, li',
  domMayLag: false,
  seed: 4202,
  shots: { highlights: 'linkedin-highlights', card: 'linkedin-card' },
};

composerSpec(linkedin);
stressSpec(linkedin, 70);
