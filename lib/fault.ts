/**
 * Fault injection for the real-browser tests (tests/e2e/faults.test.ts): the extension's own local
 * storage may name a layer, which then throws at its boundary, so the tests can show that typing
 * and posting survive a broken analyzer, adapter or overlay. Web pages cannot read or write an
 * extension's storage, so no page can trigger this; in normal use the key never exists.
 */
export type FaultLayer = 'analyzer' | 'adapter' | 'overlay';
export const FAULT_KEY = 'echtFault';

let current: unknown;

/** Follows the key in extension storage; returns the function that stops following it. */
export function watchFaults(): () => void {
  browser.storage.local.get(FAULT_KEY).then(
    (v) => (current = v[FAULT_KEY]),
    () => {},
  );
  const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && FAULT_KEY in changes) current = changes[FAULT_KEY]!.newValue;
  };
  browser.storage.onChanged.addListener(onChange);
  return () => browser.storage.onChanged.removeListener(onChange);
}

export function injectFault(layer: FaultLayer): void {
  if (current === layer) throw new Error(`injected ${layer} fault`);
}
