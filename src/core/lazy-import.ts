/**
 * A lazy chunk that can be asked for again after it failed to load (a dropped connection, a CDN hiccup).
 *
 * Firefox keeps a failed dynamic `import()` as failed for the page's life: asking for the same URL again rejects
 * at once, without a request, so a widget's retry button could never recover. Its error (and Chromium's) names
 * the module's URL, so the next try imports that URL with a fresh query, which the browser treats as a new
 * module; where the error names none (WebKit), the next try goes through `load` again. Once loaded, every caller
 * gets that one module, and callers at the same time share one try.
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let failedUrl: URL | undefined;
  let retries = 0;
  let module: Promise<M> | undefined;
  const attempt = async (): Promise<M> => {
    try {
      if (!failedUrl) return await load();
      const url = new URL(failedUrl);
      url.searchParams.set('retry', String(++retries));
      return (await import(/* @vite-ignore */ /* webpackIgnore: true */ url.href)) as M;
    } catch (error) {
      failedUrl = moduleUrlIn(error) ?? failedUrl;
      module = undefined;
      throw error;
    }
  };
  return () => (module ??= attempt());
}

/** The module URL a failed import's error names, as Firefox and Chromium word it ("… module: https://…"). */
function moduleUrlIn(error: unknown): URL | undefined {
  const found = /module: (https?:\/\/\S+)/.exec(error instanceof Error ? error.message : '');
  if (!found) return undefined;
  try {
    return new URL(found[1]!);
  } catch {
    return undefined;
  }
}
