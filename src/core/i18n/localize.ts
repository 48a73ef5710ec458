import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findOwnScript, getConfig } from '../config.js';
import { defaultLanguage, translations, type Language } from './locales/index.js';
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

/** Gives a widget its language (`lang`) and dictionary (`t`), and re-renders it when the language changes. */
export class LocaleController implements ReactiveController {
  lang: Language = defaultLanguage;
  t: Translation = translations[defaultLanguage];

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

  /** Reads the language again; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    if (lang === this.lang && this.t === translations[lang]) return;
    this.lang = lang;
    this.t = translations[lang];
    this.host.requestUpdate();
  }
}
