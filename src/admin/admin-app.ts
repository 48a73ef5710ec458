import { css, html, nothing, type PropertyValues } from 'lit';
import type { Partner } from '../core/types.js';
import { AdminApi, type Caller } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import type { AdminText } from './admin-text.js';
import { forgetToken, storedToken, storeToken } from './session.js';
import type { SignedInEvent } from './signed-in-event.js';

type Section = 'inquiries' | 'jobs' | 'partners' | 'erasure' | 'operations';

/** What each role may open; a partner's office is not offered what the server would refuse it. */
const sectionsOf = (caller: Caller): Section[] => (caller.role === 'region' ? ['inquiries', 'jobs', 'partners', 'erasure', 'operations'] : ['inquiries', 'jobs']);

const languageKey = 'wr-admin-lang';

/**
 * The admin page: sign-in, then the sections the token may use, chosen by the URL's hash (`#jobs`), so the
 * browser's back button and bookmarks work. The token is kept in this tab's sessionStorage only.
 */
export class AdminApp extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      :host {
        container-type: inline-size;
        min-height: 100vh;
      }

      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px var(--_space);
        padding: 10px max(var(--_space), calc((100% - 72em) / 2 + var(--_space)));
        background: var(--_color-primary);
        color: var(--_color-on-primary);
      }

      .brand {
        margin: 0;
        font-weight: 700;
      }

      .brand .short {
        display: none;
      }

      .account {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px var(--_space);
      }

      .account p {
        margin: 0;
      }

      /* On a phone the header keeps to two rows: a shorter title, then who is signed in beside the two buttons
         (the role's text may wrap within its place, the buttons never move below it). A container query on the
         page rather than a media query: WebKitGTK left the media query's rules out of this shadow tree after a
         resize, when the page had drawn admin pages before. */
      @container (max-width: 40em) {
        header {
          gap: 6px;
          padding-block: 8px;
        }

        .brand .long {
          display: none;
        }

        .brand .short {
          display: inline;
        }

        .account {
          flex-wrap: nowrap;
          gap: 8px;
          margin-inline-start: auto;
        }

        .account.signed-in {
          flex: 1 1 100%;
        }

        .account p {
          flex: 1 1 0;
          min-width: 0;
          font-size: 0.9em;
          line-height: 1.25;
        }

        header .button {
          flex: none;
          padding-inline: 10px;
        }
      }

      header .button {
        min-height: 40px;
        border-color: var(--_color-on-primary);
        background: transparent;
        color: var(--_color-on-primary);
      }

      header :focus-visible {
        outline-color: var(--_color-on-primary);
      }

      nav {
        padding: 0 max(calc(var(--_space) - 14px), calc((100% - 72em) / 2 + var(--_space) - 14px));
        border-block-end: 1px solid var(--_color-border);
        background: var(--_color-surface);
      }

      /* The tabs stay on one row: on a narrow screen the row scrolls sideways (a focused tab is scrolled into
         view by the browser, and its ring is drawn inside the tab, where the scrolling box cannot clip it). */
      nav ul {
        display: flex;
        gap: 4px;
        margin: 0;
        padding: 0;
        overflow-x: auto;
        list-style: none;
        scrollbar-width: thin;
      }

      nav li {
        flex: none;
      }

      nav a {
        display: block;
        padding: 12px 14px;
        white-space: nowrap;
        border-block-end: 4px solid transparent;
        color: var(--_color-text);
        font-weight: 600;
        text-decoration: none;
      }

      nav a:focus-visible {
        outline-offset: -3px;
      }

      nav a:hover {
        text-decoration: underline;
      }

      nav a[aria-current='page'] {
        border-block-end-color: var(--_accent);
        color: var(--_accent);
      }

      main {
        max-width: 72em;
        margin: 0 auto;
        padding: calc(var(--_space) * 1.5) var(--_space) calc(var(--_space) * 3);
      }

      .sign-in-page {
        max-width: 34em;
      }
    `,
  ];

  static override properties = {
    api: { type: String },
    caller: { state: true },
    section: { state: true },
    notice: { state: true },
    checking: { state: true },
    partners: { state: true },
  };

  /** The API base, version included; relative to the page. */
  declare api: string;
  declare private caller: Caller | undefined;
  declare private section: Section;
  declare private notice: string;
  declare private checking: boolean;
  declare private partners: Partner[];
  private session: AdminApi | undefined;
  private focusHeading = false;

  constructor() {
    super();
    this.api = '/v1';
    this.section = 'inquiries';
    this.notice = '';
    this.checking = false;
    this.partners = [];
  }

  private get base(): string {
    return new URL(this.api, this.ownerDocument.baseURI).href.replace(/\/+$/, '');
  }

  private readonly hashChanged = () => {
    this.section = this.sectionFromHash();
    this.focusHeading = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const lang = safeSession(() => sessionStorage.getItem(languageKey));
    if (lang) document.documentElement.lang = lang;
    window.addEventListener('hashchange', this.hashChanged);
    const token = storedToken();
    if (token) void this.resume(token);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.hashChanged);
  }

  /** A reload keeps the tab's sign-in, but the token is checked again: it may have been revoked meanwhile. */
  private async resume(token: string): Promise<void> {
    this.checking = true;
    try {
      this.start(token, await new AdminApi(this.base, token).me());
    } catch {
      forgetToken();
      this.notice = this.t.tokenExpired;
    } finally {
      this.checking = false;
    }
  }

  private start(token: string, caller: Caller): void {
    const session = new AdminApi(this.base, token);
    session.onUnauthorized = () => this.signOut(this.t.tokenExpired);
    this.session = session;
    this.caller = caller;
    this.section = this.sectionFromHash();
    this.focusHeading = true;
    session.publicPartners().then(
      (partners) => (this.partners = partners),
      () => undefined,
    );
  }

  private signedIn(event: SignedInEvent): void {
    storeToken(event.detail.token);
    this.notice = '';
    this.start(event.detail.token, event.detail.caller);
  }

  private signOut(notice: string): void {
    forgetToken();
    this.session = undefined;
    this.caller = undefined;
    this.partners = [];
    this.notice = notice;
    this.updateComplete.then(() => this.renderRoot.querySelector('wr-admin-sign-in')?.focus());
  }

  private sectionFromHash(): Section {
    const wanted = location.hash.replace(/^#/, '') as Section;
    const allowed = this.caller ? sectionsOf(this.caller) : [];
    return allowed.includes(wanted) ? wanted : 'inquiries';
  }

  private switchLanguage(): void {
    const lang = this.t.switchLanguageLang;
    document.documentElement.lang = lang;
    safeSession(() => sessionStorage.setItem(languageKey, lang));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    document.title = this.caller ? `${this.sectionName(this.t, this.section)} – ${this.t.title}` : this.t.title;
    if (this.focusHeading && this.caller) {
      this.focusHeading = false;
      // On a narrow screen the current tab may lie beyond the scrolled row; bring it into sight.
      this.renderRoot.querySelector('nav a[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  private sectionName(t: AdminText, section: Section): string {
    return { inquiries: t.inquiries, jobs: t.jobs, partners: t.partners, erasure: t.erasure, operations: t.operations }[section];
  }

  private renderView() {
    const { session, caller } = this;
    if (!session || !caller) return nothing;
    switch (this.section) {
      case 'inquiries':
        return html`<wr-admin-inquiries .api=${session} .caller=${caller} .partners=${this.partners}></wr-admin-inquiries>`;
      case 'jobs':
        return html`<wr-admin-jobs .api=${session} .caller=${caller} .partners=${this.partners}></wr-admin-jobs>`;
      case 'partners':
        return html`<wr-admin-partners .api=${session}></wr-admin-partners>`;
      case 'erasure':
        return html`<wr-admin-erasure .api=${session}></wr-admin-erasure>`;
      case 'operations':
        return html`<wr-admin-operations .api=${session} .partners=${this.partners}></wr-admin-operations>`;
    }
  }

  override render() {
    const t = this.t;
    const caller = this.caller;
    // The page's own address before the hash, not a bare `#jobs`: on a phone the tabs scroll sideways, and
    // checkers (axe's skip-link rule) take a bare in-page link scrolled out of sight for a broken skip link.
    const here = location.pathname + location.search;
    const who = caller?.role === 'partner' ? t.signedInPartner(this.partners.find((partner) => partner.id === caller.partner)?.name ?? caller.partner ?? '') : t.signedInRegion;
    return html`<header>
        <p class="brand"><span class="long">${t.brand}</span><span class="short">${t.brandShort}</span></p>
        <div class="account ${caller ? 'signed-in' : ''}">
          ${caller ? html`<p>${who}</p>` : nothing}
          <button type="button" class="button" lang=${t.switchLanguageLang} @click=${this.switchLanguage}>${t.switchLanguage}</button>
          ${caller ? html`<button type="button" class="button" @click=${() => this.signOut(this.t.signedOut)}>${t.signOut}</button>` : nothing}
        </div>
      </header>
      ${caller
        ? html`<nav aria-label=${t.sections}>
              <ul>
                ${sectionsOf(caller).map(
                  (section) => html`<li><a href="${here}#${section}" aria-current=${section === this.section ? 'page' : 'false'}>${this.sectionName(t, section)}</a></li>`,
                )}
              </ul>
            </nav>
            <main>
              <h1 tabindex="-1">${this.sectionName(t, this.section)}</h1>
              ${this.renderView()}
            </main>`
        : html`<main class="sign-in-page">
            ${this.checking
              ? html`<p role="status">${t.checkingSession}</p>`
              : html`<wr-admin-sign-in .base=${this.base} .notice=${this.notice} @wr-admin-signed-in=${this.signedIn}></wr-admin-sign-in>`}
          </main>`}`;
  }
}

function safeSession<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
