import { css } from 'lit';

export const townMapStyles = css`
  :host {
    --_land: var(--wr-map-land, color-mix(in srgb, var(--_color-primary) 5%, var(--_color-surface)));
    --_district: var(--wr-map-district, color-mix(in srgb, var(--_color-primary) 13%, var(--_color-surface)));
    --_line: var(--wr-map-line, var(--_color-muted));
    --_label: var(--wr-map-label, var(--_color-text));
    --_accent: var(--wr-map-highlight, var(--_color-primary));
  }

  .town-map {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
  }

  .body {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  @container (min-width: 900px) {
    .body:has(.panel) {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    }
  }

  /* The map's box has its final size before the data arrives, so nothing on the page jumps. */
  .map {
    position: relative;
    width: 100%;
    height: var(--_map-height, auto);
    aspect-ratio: 4 / 3;
    overflow: hidden;
    border: 1px solid color-mix(in srgb, var(--_line) 40%, transparent);
    border-radius: var(--_radius);
    background: var(--_land);
  }

  /* What moves with the ground on the real map: tiles, areas, lines and towns. */
  .pane {
    position: absolute;
    inset: 0;
  }

  .drawing {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }

  .tile-layer {
    position: absolute;
    inset: 0;
  }

  .tile-layer img {
    position: absolute;
    max-width: none;
    margin: 0;
    border: 0;
    user-select: none;
  }

  .tile-layer img.failed {
    visibility: hidden;
  }

  .with-tiles .area {
    opacity: 0.45;
  }

  /* The real map takes a mouse's drag for itself, not for selecting text. A finger scrolls the page while the
     whole region is shown (a map must not trap a phone's page); once the visitor zooms in, it moves the map. */
  .with-tiles {
    user-select: none;
    cursor: grab;
  }

  .with-tiles.zoomed {
    touch-action: none;
  }

  .with-tiles:focus-visible {
    outline-offset: -3px;
  }

  .zoom {
    position: absolute;
    top: 8px;
    left: 8px;
    display: grid;
    gap: 4px;
  }

  .zoom [aria-disabled='true'] {
    color: var(--_color-muted);
    cursor: default;
  }

  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    margin: 0;
    padding: 1px 6px;
    border-top-left-radius: 4px;
    background: color-mix(in srgb, var(--_color-surface) 90%, transparent);
    color: var(--_color-text);
    font-size: 0.75em;
  }

  .land {
    fill: var(--_land);
  }

  .area {
    fill: var(--_district);
    stroke: var(--_district);
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .way {
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linecap: round;
    opacity: 0.7;
  }

  .way.car {
    stroke-dasharray: 5 5;
  }

  .way.chosen {
    stroke: var(--_accent);
    stroke-width: 3;
    opacity: 1;
  }

  .towns {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /*
   * The button is centred on the town, at least 24px square (WCAG 2.5.8) however small its marker; the marker sits
   * in its middle and the label around the marker, where the layout found room.
   */
  .town {
    --_r: 6px;
    --_gap: 4px;
    position: absolute;
    display: block;
    width: max(24px, calc(var(--_r) * 2));
    height: max(24px, calc(var(--_r) * 2));
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_label);
    cursor: pointer;
    transform: translate(-50%, -50%);
  }

  .town.city {
    --_r: 9px;
  }

  .town.district {
    --_r: 7px;
  }

  .town > .label {
    --_corner: calc((var(--_r) + var(--_gap)) * 0.7071);
    position: absolute;
  }

  .right > .label,
  .left > .label {
    top: 50%;
    transform: translateY(-50%);
  }

  .town > .marker {
    position: absolute;
    top: 50%;
    left: 50%;
    translate: -50% -50%;
  }

  .right > .label {
    left: calc(50% + var(--_r) + var(--_gap));
  }

  .left > .label {
    right: calc(50% + var(--_r) + var(--_gap));
  }

  .above > .label,
  .below > .label {
    left: 50%;
    transform: translateX(-50%);
  }

  .above > .label {
    bottom: calc(50% + var(--_r) + var(--_gap));
  }

  .below > .label {
    top: calc(50% + var(--_r) + var(--_gap));
  }

  .above-right > .label,
  .below-right > .label {
    left: calc(50% + var(--_corner));
  }

  .above-left > .label,
  .below-left > .label {
    right: calc(50% + var(--_corner));
  }

  .above-right > .label,
  .above-left > .label {
    bottom: calc(50% + var(--_corner));
  }

  .below-right > .label,
  .below-left > .label {
    top: calc(50% + var(--_corner));
  }

  .town:focus-visible {
    outline: none;
  }

  /* A label with no free place even at the smallest size (a host's wide font on a narrow map): shown when asked for. */
  .town.unlabelled > .label {
    visibility: hidden;
  }

  .town.unlabelled:is(:hover, :focus-visible) {
    z-index: 1;
  }

  .town.unlabelled:is(:hover, :focus-visible) > .label {
    visibility: visible;
  }

  .town:focus-visible .label {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }

  .marker {
    display: block;
    flex: none;
    width: calc(var(--_r) * 2);
    height: calc(var(--_r) * 2);
    border: 2px solid var(--_color-surface);
    border-radius: 50%;
    background: var(--_line);
    box-shadow: 0 0 0 1px var(--_line);
  }

  .city > .marker,
  .marker.is-city {
    background: var(--_label);
    box-shadow: 0 0 0 2px var(--_label);
  }

  .district > .marker,
  .marker.is-district {
    border-radius: 3px;
    transform: rotate(45deg) scale(0.85);
  }

  .label {
    display: flex;
    flex-direction: column;
    padding: 2px 6px;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_color-surface) 92%, transparent);
    box-shadow: 0 1px 2px color-mix(in srgb, var(--_color-text) 20%, transparent);
    line-height: 1.2;
    white-space: nowrap;
    hyphens: none;
    text-align: start;
  }

  .left > .label,
  .above-left > .label,
  .below-left > .label {
    text-align: end;
  }

  .above > .label,
  .below > .label {
    text-align: center;
  }

  .name {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Names only, on a narrow map or where labels with minutes find no room; the layout measures them at this size. */
  .compact .name {
    font-size: 0.8125em;
  }

  .compact.small .name {
    font-size: 0.75em;
  }

  .city .name {
    font-weight: 700;
  }

  .district .name {
    font-style: italic;
  }

  .detail {
    font-size: 0.75em;
    color: var(--_color-muted);
    line-height: 1.25;
  }

  .town:hover .label {
    box-shadow: 0 0 0 2px var(--_accent);
  }

  .town[aria-pressed='true'] .label {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  .town[aria-pressed='true'] .detail {
    color: var(--_color-on-primary);
  }

  .town[aria-pressed='true'] .marker {
    background: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }

  .swatch {
    width: 28px;
    height: 8px;
  }

  .swatch .way {
    opacity: 1;
    stroke-width: 2;
  }

  .list {
    display: grid;
    /* A track sized by its content would grow past a narrow column; this one takes the column's width. */
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 560px) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr));
    }
  }

  .item {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 10px 12px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    text-align: start;
    cursor: pointer;
  }

  .item .marker {
    --_r: 6px;
    margin-top: 5px;
  }

  .item .marker.is-city {
    --_r: 7px;
  }

  .list > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
  }

  .list > li:has(.panel) {
    grid-column: 1 / -1;
  }

  .item[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }

  .item-text {
    display: grid;
    min-width: 0;
  }

  /* A fact keeps together where the column allows, and wraps where it does not (a 240px sidebar). */
  @container (min-width: 360px) {
    .fact {
      white-space: nowrap;
    }
  }

  .kind,
  span.facts {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
    /* An office's long e-mail address breaks rather than pushing the panel out of a narrow column. */
    overflow-wrap: anywhere;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .panel p,
  .panel [role='heading'],
  .panel dl {
    margin: 0;
  }

  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }

  .panel .town-name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .panel .contact-heading {
    font-size: 1em;
    font-weight: 700;
  }

  .panel .icon-button {
    margin: -8px -8px 0 0;
    border: 0;
    background: none;
  }

  dl.facts {
    display: grid;
    gap: 4px;
  }

  dl.facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
  }

  dt {
    font-weight: 600;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .contact {
    display: grid;
    gap: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  /* In a notice's box. */
  .tiles {
    display: grid;
    gap: 8px;
    justify-items: start;
  }

  .tiles p {
    margin: 0;
  }

  .placeholder {
    display: grid;
    place-items: center;
  }

  .reserve {
    visibility: hidden;
  }

  /* About the height of the list of the network's towns that a narrow column shows instead of the map. */
  .placeholder.as-list {
    aspect-ratio: auto;
    min-height: 20rem;
  }

  /*
   * Forced colours keep SVG's own fills: the drawing takes the theme's, or a light map would stay light in a dark
   * theme with its markers lost on it. A district's area, drawn only by its fill, is left out (the list and the
   * panel name the district). Every marker is CanvasText, the chosen one Highlight; what showed a pressed state by
   * a fill or a shadow gets a border in Highlight.
   */
  @media (forced-colors: active) {
    .land {
      fill: Canvas;
    }
    .area {
      fill: none;
      stroke: none;
    }
    .way {
      stroke: CanvasText;
    }
    .way.chosen {
      stroke: Highlight;
    }
    .marker,
    .city > .marker,
    .marker.is-city,
    .town[aria-pressed='true'] .marker {
      forced-color-adjust: none;
      border-color: Canvas;
      background: CanvasText;
      box-shadow: none;
    }
    .town[aria-pressed='true'] .marker {
      background: Highlight;
    }
    .town[aria-pressed='true'] .label {
      outline: 2px solid Highlight;
    }
    .panel .icon-button {
      border: 1px solid ButtonText;
    }
    .toggle[aria-pressed='true'],
    .item[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
