/**
 * `npm run demo`: the three fixture composers (Facebook/Lexical, LinkedIn/Quill, X/Draft.js) at
 * their real addresses in a visible Chromium with the built extension loaded — try Echt without
 * an account. Nothing goes to the real sites: every request is answered locally or refused.
 */
import setup from '../tests/e2e/global-setup';
import { launch, openFixture } from '../tests/e2e/harness';

await setup();
let echt;
try {
  echt = await launch({ headless: false });
} catch (e) {
  console.error(`Could not open a browser window (${(e as Error).message.split('\n')[0]}).`);
  console.error('On a machine without a display, run the tests instead (npm test) — they take screenshots into docs/screenshots.');
  process.exit(1);
}
for (const platform of ['facebook', 'linkedin', 'x'] as const) await openFixture(echt, platform);
console.log('Echt demo: three tabs are open (facebook.com, linkedin.com/feed, x.com/home). Type a draft such as');
console.log('  "Like if you agree! Tag a friend who needs this 👇"  and close the window to end.');
await new Promise<void>((done) => echt!.ctx.on('close', () => done()));
