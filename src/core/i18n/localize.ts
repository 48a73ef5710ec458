import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findOwnScript, getConfig } from '../config.js';
import { defaultLanguage, defaultTranslation, translations, type Language, type SectionTexts } from './locales/index.js';
import type { Sections, Texts } from './translation.js';

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

const controllers = new Set<{ refresh(): void }>();
let observer: MutationObserver | undefined;

/** One observer for the page: a CMS or language switcher that changes `lang` anywhere re-renders the widgets. */
function watchLangAttributes(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Dictionaries already here, by language and section (`''` for the shared texts); and those on their way. */
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();

/**
 * A dictionary, loading its chunk once per page. A chunk that fails to load (a flaky network, a blocked file)
 * leaves the widget in German with a warning rather than without words.
 */
function load<T>(key: string, lang: Language, fetch: (lang: Language) => T | Promise<T>): T | Promise<T> {
  if (loaded.has(`${lang}:${key}`)) return loaded.get(`${lang}:${key}`) as T;
  const german = fetch(defaultLanguage) as T;
  let pending = loading.get(`${lang}:${key}`) as Promise<T> | undefined;
  if (!pending) {
    pending = Promise.resolve(fetch(lang)).then(
      (dictionary) => (loaded.set(`${lang}:${key}`, dictionary), dictionary),
      (error: unknown) => {
        console.warn(`wr-widgets: the texts for "${lang}" did not load; showing German.`, error);
        loading.delete(`${lang}:${key}`);
        return german;
      },
    );
    loading.set(`${lang}:${key}`, pending);
  }
  return pending;
}

/**
 * Gives a widget its language (`lang`) and dictionary (`t`: the shared texts and the widget's own section), and
 * re-renders it when the language changes. While a language's texts load, `ready` is false on first render (the
 * widget waits, showing nothing rather than the wrong language); a widget that already speaks one language keeps
 * it until the next has arrived.
 */
export class LocaleController<S extends keyof Sections = never> implements ReactiveController {
  lang: Language = defaultLanguage;
  t: Texts<S>;
  ready = false;
  /** Settles when the dictionary asked for last is in place (for `updateComplete`). */
  settled: Promise<unknown> = Promise.resolve();

  // Typed loosely on purpose: a widget's controller (`LocaleController<'jobList'>`) must fit where the base
  // element declares `LocaleController`.
  private readonly section?: SectionTexts<keyof Sections>;
  private common?: Texts;
  private own?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    section?: SectionTexts<S>,
  ) {
    this.section = section;
    this.t = this.compose(defaultTranslation, section?.languages[defaultLanguage]());
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

  /** Reads the language again; re-renders the host when it changed, once its texts are there. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    const common = load('', lang, (language) => translations[language]());
    const section = this.section;
    const own = section ? load<unknown>(section.name, lang, (language) => section.languages[language]()) : undefined;
    if (!(common instanceof Promise) && !(own instanceof Promise)) return this.use(lang, common, own);
    this.settled = Promise.all([common, own]).then(([arrivedCommon, arrivedOwn]) => {
      if (resolveLanguage(this.host) === lang) this.use(lang, arrivedCommon, arrivedOwn);
    });
  }

  private use(lang: Language, common: Texts, own: unknown): void {
    if (this.ready && lang === this.lang && common === this.common && own === this.own) return;
    this.lang = lang;
    this.t = this.compose(common, own);
    this.ready = true;
    this.host.requestUpdate();
  }

  private compose(common: Texts, own: unknown): Texts<S> {
    this.common = common;
    this.own = own;
    return (this.section ? { ...common, [this.section.name]: own } : common) as Texts<S>;
  }
}
