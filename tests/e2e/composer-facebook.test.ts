import { composerSpec, stressSpec, type ComposerCase } from './composer-spec';

const facebook: ComposerCase = {
  platform: 'facebook',
  editor: 'div[contenteditable="true"][data-lexical-editor="true"]',
  driftEditor: '[contenteditable="true"][role="textbox"]',
  driftDetection: 'adapter',
  draft: 'Like if you agree! Comment YES below.',
  fix: 'Comment YES below',
  // Lexical's getTextContent joins paragraphs with a blank line; Echt reads one newline per paragraph.
  fromModel: (model) => model.replace(/\n\n/g, '\n'),
  reset: 'select-all',
  blocks: 'p, h1, h2, h3, li',
  domMayLag: false,
  seed: 4101,
  shots: { highlights: 'facebook-highlights', card: 'facebook-card' },
};

composerSpec(facebook);
stressSpec(facebook, 70);
