/**
 * The optional real map: tiles of a provider in Web Mercator, fit to the partners. Loaded as a separate chunk only
 * after the visitor agreed that their address goes to the provider; without `tiles` it is never loaded. It first
 * shows the region the way the schematic map does, on real ground; a camera zooms in by whole steps and moves the
 * centre. It imports nothing at run time, so the main bundle does not split a shared chunk off for it: the widget
 * hands it Lit's `html` and `nothing` to draw the tiles and the zoom buttons with.
 */
import type { html as litHtml, nothing as litNothing } from 'lit';
import type { GeoPoint, Point, Rect } from './layout.js';

export interface Tile {
  url: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TileView {
  project: (point: GeoPoint) => Point;
  /**
   * The tiles in slots: a tile keeps its slot while the map moves at one zoom, so a renderer that maps slots to
   * elements keeps each image where it is instead of loading it into another element. Empty slots are undefined.
   */
  tiles: (Tile | undefined)[];
  zoom: number;
  /** Screen pixels per world pixel at zoom 0. */
  scale: number;
  /** How far the centre may move from the partners' centre, in world pixels at zoom 0. */
  reach: Point;
}

/** Where the visitor looks: zoom steps in from the fit (each doubles the scale) and the centre's shift in world pixels at zoom 0. */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/** Zoom steps the visitor can go in from the view that shows all partners. */
export const maxZoomSteps = 5;

const tileSize = 256;
const maxZoom = 18;

/** Web Mercator world pixels at zoom 0. */
function mercator(point: GeoPoint): Point {
  const lat = Math.max(-85.05, Math.min(85.05, point.lat));
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((point.lon + 180) / 360) * tileSize,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * tileSize,
  };
}

/** The tile URL of a template such as `https://{s}.tile.example.org/{z}/{x}/{y}.png`; only https is accepted. */
export function tileUrl(template: string, z: number, x: number, y: number): string | undefined {
  const url = template
    .replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{y}', String(y))
    .replaceAll('{s}', 'abc'[(x + y) % 3]!)
    .replaceAll('{r}', '');
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fits the points into `width` × `height` with `pad`, at the zoom that fills the space (tiles of the next whole
 * zoom level, drawn a little smaller, so they stay sharp), and lists the tiles that cover the view.
 */
export function fitTiles(
  template: string,
  points: readonly GeoPoint[],
  width: number,
  height: number,
  pad: { x: number; y: number },
  camera: Camera = { zoom: 0, x: 0, y: 0 },
): TileView {
  const world = points.map(mercator);
  const minX = Math.min(...world.map((p) => p.x));
  const maxX = Math.max(...world.map((p) => p.x));
  const minY = Math.min(...world.map((p) => p.y));
  const maxY = Math.max(...world.map((p) => p.y));
  const spanX = Math.max(maxX - minX, 1e-4);
  const spanY = Math.max(maxY - minY, 1e-4);
  const scale = Math.min(Math.max(width - 2 * pad.x, 1) / spanX, Math.max(height - 2 * pad.y, 1) / spanY) * 2 ** camera.zoom;
  const zoom = Math.min(maxZoom, Math.max(0, Math.ceil(Math.log2(scale))));
  const size = (tileSize * scale) / 2 ** zoom;
  const centerX = ((minX + maxX) / 2 + camera.x) * scale;
  const centerY = ((minY + maxY) / 2 + camera.y) * scale;
  const originX = centerX - width / 2;
  const originY = centerY - height / 2;
  const count = 2 ** zoom;
  // More slots than tiles fit across, so two tiles in view never share one.
  const columns = Math.floor(width / size) + 2;
  const rows = Math.floor(height / size) + 2;
  const slot = (n: number, of: number) => ((n % of) + of) % of;
  const tiles: (Tile | undefined)[] = Array.from({ length: columns * rows }, () => undefined);
  for (let ty = Math.floor(originY / size); ty * size < originY + height; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(originX / size); tx * size < originX + width; tx++) {
      const url = tileUrl(template, zoom, ((tx % count) + count) % count, ty);
      // Whole pixels, each tile reaching to where the next begins, so no hairline seams show between them.
      const left = Math.round(tx * size - originX);
      const top = Math.round(ty * size - originY);
      if (url) tiles[slot(tx, columns) + slot(ty, rows) * columns] = { url, left, top, width: Math.round((tx + 1) * size - originX) - left, height: Math.round((ty + 1) * size - originY) - top };
    }
  }
  return {
    zoom,
    tiles,
    scale,
    reach: { x: spanX / 2, y: spanY / 2 },
    project: (point) => {
      const p = mercator(point);
      return { x: p.x * scale - originX, y: p.y * scale - originY };
    },
  };
}

/** The camera moved by `dx`, `dy` screen pixels (the ground follows the pointer) and zoomed by `steps`, kept near the partners. */
export function moveCamera(view: TileView, camera: Camera, dx: number, dy: number, steps = 0): Camera {
  const clamp = (value: number, reach: number) => Math.max(-reach, Math.min(reach, value));
  return {
    zoom: Math.max(0, Math.min(maxZoomSteps, camera.zoom + steps)),
    x: clamp(camera.x - dx / view.scale, view.reach.x),
    y: clamp(camera.y - dy / view.scale, view.reach.y),
  };
}

/** What the real map draws with, handed over by the widget, which has Lit already. */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/** The real map's zoom buttons in its top left corner, with their margin (see the styles); labels keep clear of them. */
const zoomControls: Rect = { x: 0, y: 0, w: 8 + 44 + 4, h: 8 + 44 + 4 + 44 + 4 };
/** Screen pixels an arrow key moves the real map. */
const panStep = 64;

/**
 * The real map of one widget: where the visitor looks, the tiles and zoom buttons it draws, and its handling of the
 * keys, the pointer drag and the buttons that move the camera. `changed` asks the widget to render again.
 */
export class RealMap {
  /** Where the visitor looks on the real map. */
  camera: Camera = { zoom: 0, x: 0, y: 0 };
  /** What the town labels keep clear of: the zoom buttons. */
  readonly keepClear: Rect[] = [zoomControls];
  /** The tile view last drawn, which a move starts from; undefined while the real map is not shown. */
  private view: TileView | undefined;
  /** A pointer pressed on the real map: where, and how far it has moved the ground so far. */
  private drag: { id: number; x: number; y: number; dx: number; dy: number; moved: boolean } | undefined;

  constructor(
    private readonly lit: Lit,
    private readonly changed: () => void,
  ) {}

  /** The tile view for this render with the current camera; undefined (and no moves) without a template. */
  fit(template: string | undefined, points: readonly GeoPoint[], width: number, height: number, pad: { x: number; y: number }): TileView | undefined {
    this.view = template ? fitTiles(template, points, width, height, pad, this.camera) : undefined;
    return this.view;
  }

  /** Moves the real map's ground by `dx`, `dy` screen pixels and zooms by `steps` about the centre. */
  private move(dx: number, dy: number, steps = 0): void {
    if (!this.view) return;
    this.camera = moveCamera(this.view, this.camera, dx, dy, steps);
    this.changed();
  }

  renderTiles(view: TileView) {
    const { html, nothing } = this.lit;
    return html`<div class="tile-layer" aria-hidden="true">
      ${view.tiles.map((tile) =>
        tile
          ? html`<img src=${tile.url} alt="" draggable="false" referrerpolicy="no-referrer" @error=${hideTile}
              .style=${`left:${tile.left}px;top:${tile.top}px;width:${tile.width}px;height:${tile.height}px`} />`
          : nothing,
      )}
    </div>`;
  }

  renderZoom(t: { zoomIn: string; zoomOut: string }) {
    const { html } = this.lit;
    // aria-disabled rather than disabled: a button that disables itself under the keyboard would drop the focus.
    return html`<div class="zoom" part="zoom">
      <button type="button" class="icon-button" aria-label=${t.zoomIn} title=${t.zoomIn} aria-disabled=${this.camera.zoom >= maxZoomSteps ? 'true' : 'false'} @click=${() => this.move(0, 0, 1)}>+</button>
      <button type="button" class="icon-button" aria-label=${t.zoomOut} title=${t.zoomOut} aria-disabled=${this.camera.zoom <= 0 ? 'true' : 'false'} @click=${() => this.move(0, 0, -1)}>−</button>
    </div>`;
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    if (!this.view || event.altKey || event.ctrlKey || event.metaKey) return;
    const move: Record<string, [number, number, number]> = {
      '+': [0, 0, 1],
      '=': [0, 0, 1],
      '-': [0, 0, -1],
      ArrowLeft: [panStep, 0, 0],
      ArrowRight: [-panStep, 0, 0],
      ArrowUp: [0, panStep, 0],
      ArrowDown: [0, -panStep, 0],
    };
    const how = move[event.key];
    if (!how) return;
    event.preventDefault();
    this.move(...how);
  };

  // While a pointer drags, the pane follows it by a transform (no layout, no tile loads); on release the camera
  // takes the move and one render draws the tiles and labels for the new view.
  readonly onPointerDown = (event: PointerEvent) => {
    if (!this.view || !event.isPrimary || event.button !== 0 || (event.target as Element).closest('.zoom')) return;
    this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY, dx: 0, dy: 0, moved: false };
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    drag.dx = event.clientX - drag.x;
    drag.dy = event.clientY - drag.y;
    const map = event.currentTarget as HTMLElement;
    // A few pixels are a shaky click on a town, not a drag; from here on, the drag keeps the pointer and the click.
    if (!drag.moved && Math.hypot(drag.dx, drag.dy) < 6) return;
    if (!drag.moved) map.setPointerCapture(drag.id);
    drag.moved = true;
    map.querySelector<HTMLElement>('.pane')!.style.transform = `translate(${drag.dx}px,${drag.dy}px)`;
  };

  readonly onPointerUp = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    this.drag = undefined;
    if (!drag.moved) return;
    // Swallows the click the release makes, so a drag that ends on a town does not choose it.
    const map = event.currentTarget as HTMLElement;
    map.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => map.removeEventListener('click', swallow, { capture: true }));
    if (event.type === 'pointerup') this.move(drag.dx, drag.dy);
    map.querySelector<HTMLElement>('.pane')!.style.transform = '';
  };
}

function swallow(event: Event): void {
  event.stopPropagation();
  event.preventDefault();
}

/** A tile that did not load is hidden rather than shown as a broken image; the schematic layers stay readable. */
function hideTile(event: Event): void {
  (event.target as HTMLElement).classList.add('failed');
}
