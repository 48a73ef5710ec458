import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findOwnScript, getConfig } from '../config.js';
import { defaultLanguage, defaultTranslation, translations, type Language } from './locales/index.js';
import type { Translation } from './translation.js';

/** The supported language for a BCP 47 tag ("en-GB" → "en"), or undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary in translations ? (primary as Language) : undefined;
}

/** The nearest `lang` of the element or its ancestors below `<html>`, crossing shadow roots. */
function nearestLang(element: Element): string | undefined {
  const root = element.ownerDocument.documentElement;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang && withLang !== root) return withLang.getAttribute('lang') ?? undefined;
    const host: Node = node.getRootNode();
    node = host instanceof ShadowRoot ? host.host : null;
  }
  return undefined;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's below `<html>`, else `data-lang` on our
 * script (or `configure({ lang })`), else `<html lang>`, else German. A tag we do not speak falls through.
 */
export function resolveLanguage(element: Element): Language {
  const doc = element.ownerDocument;
  return (
    matchLanguage(nearestLang(element)) ??
    matchLanguage(findOwnScript(doc)?.dataset.lang ?? getConfig().lang) ??
    matchLanguage(doc.documentElement.lang) ??
    defaultLanguage
  );
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the page: a CMS or language switcher that changes `lang` anywhere re-renders the widgets. */
function watchLangAttributes(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

const loaded = new Map<Language, Translation>([[defaultLanguage, defaultTranslation]]);
const loading = new Map<Language, Promise<Translation>>();

/**
 * The dictionary of a language, loading its chunk once per page. A chunk that fails to load (a flaky network, a
 * blocked file) leaves the widget in German with a warning rather than without words.
 */
function loadTranslation(lang: Language): Promise<Translation> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = Promise.resolve(translations[lang]()).then(
      (dictionary) => (loaded.set(lang, dictionary), dictionary),
      (error: unknown) => {
        console.warn(`wr-widgets: the texts for "${lang}" did not load; showing German.`, error);
        loading.delete(lang);
        return defaultTranslation;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * Gives a widget its language (`lang`) and dictionary (`t`), and re-renders it when the language changes. While a
 * language's dictionary loads, `ready` is false on first render (the widget waits, showing nothing rather than
 * the wrong language); a widget that already speaks one language keeps it until the next has arrived.
 */
export class LocaleController implements ReactiveController {
  lang: Language = defaultLanguage;
  t: Translation = defaultTranslation;
  ready = false;
  /** Settles when the dictionary asked for last is in place (for `updateComplete`). */
  settled: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangAttributes();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Reads the language again; re-renders the host when it changed, once its dictionary is there. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    const dictionary = loaded.get(lang);
    if (dictionary) return this.use(lang, dictionary);
    this.settled = loadTranslation(lang).then((arrived) => {
      if (resolveLanguage(this.host) === lang) this.use(lang, arrived);
    });
  }

  private use(lang: Language, dictionary: Translation): void {
    if (this.ready && lang === this.lang && dictionary === this.t) return;
    this.lang = lang;
    this.t = dictionary;
    this.ready = true;
    this.host.requestUpdate();
  }
}
