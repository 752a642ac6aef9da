/**
 * The 大字 preference lives in the host page's localStorage, which may be missing or throw (private
 * mode, sandboxed iframes, storage disabled): then the toggle still works, just for this page view.
 */
const LARGE_TEXT_KEY = 'policyqa:large-text';

export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readLargeText(storage: Storage | null): boolean {
  try {
    return storage?.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
}

export function writeLargeText(storage: Storage | null, on: boolean): void {
  try {
    if (on) storage?.setItem(LARGE_TEXT_KEY, '1');
    else storage?.removeItem(LARGE_TEXT_KEY);
  } catch {
    // Quota or policy: the preference simply does not persist.
  }
}

/** This tab's sessionStorage, or null where reading it throws (sandboxed iframes, storage disabled). */
export function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
