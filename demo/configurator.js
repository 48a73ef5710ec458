// @ts-check
// The snippet configurator of the demo site: a webmaster chooses a widget, a town, a language and colours, sees the
// widget live and copies the HTML. Plain JavaScript without a build step, because `npm start` serves demo/ as it
// is; the preview uses the widgets the page has already loaded (the bundle, or its sources under `npm run dev`).

/**
 * @typedef {object} WidgetChoice
 * @property {string} tag The element's tag.
 * @property {string} label What the webmaster sees in the choice.
 * @property {string} partnerAttribute The attribute that takes the chosen town.
 * @property {string} partnerHint What the chosen town does for this widget.
 * @property {boolean} [privacyUrl] Whether the widget needs the address of the privacy statement.
 */

/** The widgets on offer; a new widget is one more entry here and one radio in the page. */
/** @type {Record<string, WidgetChoice>} */
export const widgets = {
  'job-list': {
    tag: 'wr-job-list',
    label: 'Stellenbörse',
    partnerAttribute: 'partner',
    partnerHint: 'Mit einem Ort zeigt die Stellenbörse nur dessen Stellen (bei einem Landkreis die seiner Orte); ohne die der ganzen Region.',
  },
  'town-map': {
    tag: 'wr-town-map',
    label: 'Karte der Partnerkommunen',
    partnerAttribute: 'selected',
    partnerHint: 'Mit einem Ort öffnet die Karte zu Beginn dessen Porträt.',
  },
  'contact-form': {
    tag: 'wr-contact-form',
    label: 'Kontaktformular',
    partnerAttribute: 'partner',
    partnerHint: 'Mit einem Ort ist er im Kontaktformular schon ausgewählt; Besucher können weitere wählen.',
    privacyUrl: true,
  },
  'commute-finder': {
    tag: 'wr-commute-finder',
    label: 'Wohnort- und Arbeitsort-Finder',
    partnerAttribute: 'work',
    partnerHint: 'Mit einem Ort ist er im Finder als Arbeitsort vorgewählt; ohne sucht er in der ganzen Region.',
  },
};

/**
 * The widget for a choice; the job list when the choice is unknown.
 * @param {string} key
 * @returns {WidgetChoice}
 */
export function widgetFor(key) {
  return widgets[key] ?? /** @type {WidgetChoice} */ (widgets['job-list']);
}

/** The colour and size tokens the configurator sets, with the widgets' defaults. */
export const tokens = /** @type {const} */ ([
  { name: '--wr-color-primary', field: 'primary', fallback: '#0b5394' },
  { name: '--wr-color-text', field: 'text', fallback: '#1a1d21' },
  { name: '--wr-color-surface', field: 'surface', fallback: '#ffffff' },
  { name: '--wr-radius', field: 'radius', fallback: '6px' },
]);

/**
 * @typedef {object} Choices
 * @property {string} widget A key of `widgets`.
 * @property {string} partner A partner id, or '' for the whole region.
 * @property {'de' | 'en'} lang
 * @property {string} primary A colour (`#rrggbb`).
 * @property {string} text
 * @property {string} surface
 * @property {string} radius A CSS length (`6px`).
 * @property {string} server The region's server (`https://wachstumsregion.example`), without a trailing slash.
 * @property {string} version The widgets' release, for the versioned folder.
 * @property {string} privacyUrl The address of the site's privacy statement (contact form only).
 */

/**
 * Text for an HTML attribute value or element content: `&`, `<`, `>`, `"` and `'` as character references.
 * @param {string} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (character) => references[character] ?? character);
}

/** @type {Record<string, string>} */
const references = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The element's attributes for the choices, in the order the snippet writes them.
 * @param {Choices} choices
 * @returns {[string, string][]}
 */
export function elementAttributes(choices) {
  const widget = widgetFor(choices.widget);
  /** @type {[string, string][]} */
  const attributes = [];
  if (choices.partner) attributes.push([widget.partnerAttribute, choices.partner]);
  if (widget.privacyUrl) attributes.push(['privacy-url', choices.privacyUrl || '/datenschutz']);
  if (choices.lang === 'en') attributes.push(['lang', 'en']);
  return attributes;
}

/**
 * The token values for the choices, only valid ones: a colour picker gives `#rrggbb`, the radius a length.
 * @param {Choices} choices
 * @returns {[string, string][]}
 */
export function tokenValues(choices) {
  return tokens.map(({ name, field, fallback }) => {
    const value = String(choices[field] ?? '').trim();
    const valid = field === 'radius' ? /^\d{1,3}(\.\d+)?px$/.test(value) : /^#[0-9a-f]{6}$/i.test(value);
    return /** @type {[string, string]} */ ([name, valid ? value : fallback]);
  });
}

/**
 * The snippet a webmaster pastes: the loader's script tag, a `<style>` with the chosen tokens, and the element.
 * Every value the webmaster typed or chose is escaped for HTML.
 * @param {Choices} choices
 * @returns {string}
 */
export function buildSnippet(choices) {
  const widget = widgetFor(choices.widget);
  const server = (choices.server || 'https://REGION-SERVER').trim().replace(/\/+$/, '');
  const folder = `${server}/widgets/${choices.version}`;
  const attributes = elementAttributes(choices)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  // A token value contains no `<`: tokenValues() lets only colours and lengths through, so `</style>` cannot occur.
  const declarations = tokenValues(choices)
    .map(([name, value]) => `    ${name}: ${value};`)
    .join('\n');
  return [
    `<script type="module" src="${escapeHtml(folder)}/wr-loader.js" data-api="${escapeHtml(server)}/v1"></script>`,
    '',
    '<style>',
    `  ${widget.tag} {`,
    declarations,
    '  }',
    '</style>',
    '',
    `<${widget.tag}${attributes}></${widget.tag}>`,
  ].join('\n');
}

/**
 * A control of the form by its name.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @returns {HTMLInputElement | HTMLSelectElement}
 */
function control(form, name) {
  const found = form.elements.namedItem(name);
  if (!(found instanceof HTMLInputElement || found instanceof HTMLSelectElement)) throw new Error(`The configurator has no control named ${name}.`);
  return found;
}

/**
 * What the form says now.
 * @param {HTMLFormElement} form
 * @param {string} version
 * @returns {Choices}
 */
export function readChoices(form, version) {
  const data = new FormData(form);
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '');
  return {
    widget: text('widget') || 'job-list',
    partner: text('partner'),
    lang: text('lang') === 'en' ? 'en' : 'de',
    primary: text('primary'),
    text: text('text'),
    surface: text('surface'),
    radius: `${Number(text('radius')) || 0}px`,
    server: text('server'),
    version,
    privacyUrl: text('privacy-url'),
  };
}

/**
 * Partners for the town choice, from the API's `/v1/partners`, sorted by name.
 * @param {string} api
 * @param {AbortSignal} [signal]
 * @returns {Promise<{ id: string, name: string }[]>}
 */
export async function loadPartners(api, signal) {
  const response = await fetch(`${api.replace(/\/+$/, '')}/partners`, { headers: { Accept: 'application/json' }, credentials: 'omit', signal });
  if (!response.ok) throw new Error(`partners: HTTP ${response.status}`);
  const body = await response.json();
  const items = Array.isArray(body?.items) ? body.items : [];
  return items
    .filter((/** @type {any} */ item) => typeof item?.id === 'string' && typeof item?.name === 'string')
    .map((/** @type {any} */ item) => ({ id: item.id, name: item.name }))
    .sort((/** @type {{ name: string }} */ a, /** @type {{ name: string }} */ b) => a.name.localeCompare(b.name, 'de'));
}

/**
 * The API the demo page's widgets use: `data-api` on its script tag (`npm start`), else the mock API that
 * `npm run dev` answers in the browser.
 * @returns {string}
 */
function pageApi() {
  const script = document.querySelector('script[data-api]');
  const raw = script instanceof HTMLScriptElement ? script.dataset.api : undefined;
  return new URL(raw || '/mock-api/v1', location.href).href;
}

/**
 * Wires the configurator: fills the towns, keeps the preview and the snippet in step with the form, copies.
 * @param {HTMLElement} root The element around the form, the preview and the snippet.
 * @param {{ api?: string, ready?: Promise<unknown>, version?: string }} [options] For tests: the API, what to wait
 *   for before asking it (by default until the page's widgets are defined), and the release.
 * @returns {{ update: () => void, partnersLoaded: Promise<void> }}
 */
export function initConfigurator(root, options = {}) {
  const form = root.querySelector('form');
  const preview = root.querySelector('[data-preview]');
  const code = root.querySelector('[data-snippet]');
  const copy = root.querySelector('[data-copy]');
  const status = root.querySelector('[data-copy-status]');
  const partnerStatus = root.querySelector('[data-partner-status]');
  const partnerHint = root.querySelector('[data-partner-hint]');
  const privacyRow = root.querySelector('[data-privacy-row]');
  if (!(form instanceof HTMLFormElement) || !(preview instanceof HTMLElement) || !(code instanceof HTMLElement)) {
    throw new Error('The configurator needs a form, [data-preview] and [data-snippet].');
  }
  const server = control(form, 'server');
  if (!server.value) server.value = location.origin;

  const version = () => {
    const element = /** @type {{ version?: string } | undefined} */ (/** @type {unknown} */ (customElements.get('wr-job-list')));
    return options.version ?? element?.version ?? '0.1.0';
  };

  /**
   * The element in the preview. A new one whenever the widget or an attribute changes, because widgets read some
   * attributes only at the start (the form's preselected town), as they would on a freshly loaded page; the
   * colours change in place.
   * @type {HTMLElement | undefined}
   */
  let shown;
  let shownMarkup = '';

  function update() {
    const choices = readChoices(/** @type {HTMLFormElement} */ (form), version());
    const widget = widgetFor(choices.widget);
    const attributes = elementAttributes(choices);
    const markup = JSON.stringify([widget.tag, attributes]);
    if (!shown || markup !== shownMarkup) {
      shown = document.createElement(widget.tag);
      for (const [name, value] of attributes) shown.setAttribute(name, value);
      shownMarkup = markup;
      /** @type {HTMLElement} */ (preview).replaceChildren(shown);
    }
    for (const [name, value] of tokenValues(choices)) shown.style.setProperty(name, value);
    /** @type {HTMLElement} */ (code).textContent = buildSnippet(choices);
    if (partnerHint) partnerHint.textContent = widget.partnerHint;
    if (privacyRow instanceof HTMLElement) privacyRow.hidden = !widget.privacyUrl;
    if (status) status.textContent = '';
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());

  copy?.addEventListener('click', async () => {
    const text = /** @type {HTMLElement} */ (code).textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Kopiert. Fügen Sie den Code jetzt in Ihr CMS ein.';
    } catch {
      // No clipboard (an insecure address, a denied permission): select the code so Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(/** @type {HTMLElement} */ (code));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      if (status) status.textContent = 'Kopieren ging nicht automatisch. Der Code ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Cmd+C).';
    }
  });

  const select = control(form, 'partner');
  const partnersLoaded = (async () => {
    try {
      await (options.ready ?? customElements.whenDefined('wr-job-list'));
      const partners = await loadPartners(options.api ?? pageApi());
      for (const partner of partners) select.append(new Option(partner.name, partner.id));
      if (partnerStatus) partnerStatus.textContent = '';
    } catch {
      if (partnerStatus) partnerStatus.textContent = 'Die Orte konnten nicht geladen werden. Sie können den Baustein für die ganze Region wählen oder die Seite neu laden.';
    }
    update();
  })();

  update();
  return { update, partnersLoaded };
}

const page = document.getElementById('konfigurator');
if (page) initConfigurator(page);
