import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Sites whose composers Echt reads. The manifest asks for these hosts and `storage`, nothing else. */
export const HOSTS = [
  '*://*.facebook.com/*',
  '*://*.linkedin.com/*',
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive is for Firefox's reviewers: the repository as committed, no local scratch or caches.
  zip: { excludeSources: ['scratch/**', 'tests/e2e/.cache/**', 'docs/screenshots/**', '**/*.log'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: HOSTS,
    // Own scripts only, and no network at all from extension pages or the service worker.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'" },
    // Chrome: what an administrator's policy may put into storage.managed (Firefox reads policies.json "3rdparty")
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'echt@echt.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
