export default defineContentScript({
  matches: ['*://*.facebook.com/*', '*://*.linkedin.com/*', '*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  main() {},
});
