/**
 * Where the signed-in token lives: this tab's sessionStorage only, never localStorage or a cookie, so it is gone
 * when the tab closes and never reaches another tab or the server unasked.
 */
const key = 'wr-admin-token';

export function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeToken(token: string): void {
  try {
    sessionStorage.setItem(key, token);
  } catch {
    // Storage switched off: the page still works until it is reloaded.
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}
