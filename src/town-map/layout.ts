/** Geometry of the schematic map: projection, district areas and label placement. No DOM, no Lit. */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/**
 * Where a label sits next to its marker, in the order they are tried: beside it, then at its corners (the label's
 * corner at the marker's), then above and below, the order cartographers prefer.
 */
export type Placement = 'right' | 'left' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'above' | 'below';
export const placements: readonly Placement[] = ['right', 'left', 'above-right', 'below-right', 'above-left', 'below-left', 'above', 'below'];

/**
 * An equirectangular projection fit into `width` × `height` with `pad` on each side. Longitudes are scaled by the
 * cosine of the mean latitude, so at 51° north a degree east is drawn about 0.63 times as long as a degree north,
 * as it is on the ground. The drawing is centred in the space the aspect ratio leaves over.
 */
export function fitProjection(points: readonly GeoPoint[], width: number, height: number, pad: { x: number; y: number }): (point: GeoPoint) => Point {
  if (points.length === 0) return () => ({ x: width / 2, y: height / 2 });
  const meanLat = points.reduce((sum, point) => sum + point.lat, 0) / points.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((point) => point.lon * k);
  const ys = points.map((point) => point.lat);
  const minX = Math.min(...xs);
  const maxY = Math.max(...ys);
  // A single partner (or all on one line) still gets a finite scale: about 10 km around it.
  const spanX = Math.max(Math.max(...xs) - minX, 0.1);
  const spanY = Math.max(maxY - Math.min(...ys), 0.1);
  const innerW = Math.max(width - 2 * pad.x, 1);
  const innerH = Math.max(height - 2 * pad.y, 1);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const offsetX = pad.x + (innerW - (Math.max(...xs) - minX) * scale) / 2;
  const offsetY = pad.y + (innerH - (maxY - Math.min(...ys)) * scale) / 2;
  return (point) => ({ x: offsetX + (point.lon * k - minX) * scale, y: offsetY + (maxY - point.lat) * scale });
}

/** The convex hull of the points, counter-clockwise (Andrew's monotone chain). */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, point) <= 0) lower.pop();
    lower.push(point);
  }
  const upper: Point[] = [];
  for (const point of [...sorted].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) <= 0) upper.pop();
    upper.push(point);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * An SVG path for the hull. Drawn with a wide stroke of round joins and caps in the fill's colour, it becomes the
 * hull padded by half the stroke width with rounded corners; one or two towns become a disc or a capsule.
 */
export function hullPath(points: readonly Point[]): string {
  const hull = convexHull(points);
  if (hull.length === 0) return '';
  const [first, ...rest] = hull;
  const round = (value: number) => Math.round(value * 10) / 10;
  return `M${round(first!.x)} ${round(first!.y)}${rest.map((point) => `L${round(point.x)} ${round(point.y)}`).join('')}${hull.length === 1 ? `L${round(first!.x)} ${round(first!.y)}` : ''}Z`;
}

/** The box of a label of size `size` placed beside a marker of radius `radius` at `at`. */
export function labelBox(at: Point, radius: number, size: { w: number; h: number }, placement: Placement, gap = labelGap): Rect {
  // At a corner the label's corner sits where a line at 45° leaves the marker's gap, close enough to read as its.
  const corner = (radius + gap) * Math.SQRT1_2;
  switch (placement) {
    case 'right':
      return { x: at.x + radius + gap, y: at.y - size.h / 2, ...size };
    case 'left':
      return { x: at.x - radius - gap - size.w, y: at.y - size.h / 2, ...size };
    case 'above':
      return { x: at.x - size.w / 2, y: at.y - radius - gap - size.h, ...size };
    case 'below':
      return { x: at.x - size.w / 2, y: at.y + radius + gap, ...size };
    case 'above-right':
      return { x: at.x + corner, y: at.y - corner - size.h, ...size };
    case 'below-right':
      return { x: at.x + corner, y: at.y + corner, ...size };
    case 'above-left':
      return { x: at.x - corner - size.w, y: at.y - corner - size.h, ...size };
    case 'below-left':
      return { x: at.x - corner - size.w, y: at.y + corner, ...size };
  }
}

/** Space between a marker and its own label. */
export const labelGap = 4;
/** Room kept free around every label and marker, so that shadows and focus rings do not touch a neighbour. */
const clearance = 2;
/** An overlap this small (px²) is the rounding of the arithmetic, not two boxes touching. */
const negligible = 0.01;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function grow(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, w: box.w + 2 * by, h: box.h + 2 * by };
}

/** How far a box sticks out of the drawing, as an area. */
function outside(box: Rect, bounds: Rect): number {
  return box.w * box.h - overlap(box, bounds);
}

export interface LabelRequest {
  at: Point;
  radius: number;
  size: { w: number; h: number };
}

export interface PlacedLabel {
  placement: Placement;
  box: Rect;
  /** False for a label left out because it found no free place: the caller shows it only on hover and focus. */
  shown: boolean;
}

/**
 * Places labels so that none covers another label, any marker or an area to keep clear (the map's buttons), and
 * each stays inside the drawing (a town outside it, on a zoomed map, may keep its label outside too). It searches
 * depth-first, each label's places in the order of `placements` and the labels in the order given, so the first
 * labels keep their preferred place and a new partner moves few others. When no free placement exists (or the
 * search runs past its budget) `free` is false, so the caller can try smaller labels, and it places greedily in
 * the order given: a label with no free place left is not shown (as maps leave out the names of lesser places), at
 * the place where it covers least, for when it is shown on hover and focus.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Rect, keepClear: readonly Rect[] = []): { labels: PlacedLabel[]; free: boolean } {
  const markers = requests.map(({ at, radius }) => grow({ x: at.x - radius, y: at.y - radius, w: 2 * radius, h: 2 * radius }, clearance));
  // What a candidate costs on its own: the markers it covers and how far it leaves the drawing.
  const candidates = requests.map((request, index) =>
    placements.map((placement) => {
      const box = labelBox(request.at, request.radius, request.size, placement);
      const cost =
        markers.reduce((sum, marker, other) => sum + (other === index ? 0 : overlap(box, marker)), 0) +
        keepClear.reduce((sum, area) => sum + overlap(box, area), 0) +
        (overlap(markers[index]!, bounds) > 0 ? outside(box, bounds) * 2 : 0);
      return { placement, box, cost };
    }),
  );
  const clash = (a: Rect, b: Rect) => overlap(grow(a, clearance), b);

  /** A free place for each label of `active` (indices, most important first), found depth-first; or undefined. */
  const searchFree = (active: readonly number[]): Map<number, number> | undefined => {
    const chosen = new Map<number, number>();
    let budget = 20000;
    const search = (at: number): boolean => {
      if (at === active.length) return true;
      const index = active[at]!;
      for (const [option, candidate] of candidates[index]!.entries()) {
        if (--budget < 0) return false;
        if (candidate.cost > negligible) continue;
        if ([...chosen].some(([other, its]) => clash(candidate.box, candidates[other]![its]!.box) > negligible)) continue;
        chosen.set(index, option);
        if (search(at + 1)) return true;
        chosen.delete(index);
      }
      return false;
    };
    return search(0) ? chosen : undefined;
  };

  const all = requests.map((_request, index) => index);
  const free = searchFree(all);
  if (free) return { labels: all.map((index) => ({ ...candidates[index]![free.get(index)!]!, shown: true })), free: true };

  // A label with no free place of its own (beside the drawing's edge, among markers) gives way first, then the
  // least important, one by one, until the rest have free places; then each that was left out comes back where it
  // still finds one.
  let kept = all.filter((index) => candidates[index]!.some((candidate) => candidate.cost <= negligible));
  if (kept.length === all.length) kept = kept.slice(0, -1);
  let found: Map<number, number> | undefined;
  while (kept.length > 0 && !(found = searchFree(kept))) kept = kept.slice(0, -1);
  const placed = [...(found ?? [])].map(([index, option]) => candidates[index]![option]!.box);
  const labels = candidates.map((options, index) => {
    const option = found?.get(index);
    if (option !== undefined) return { ...options[option]!, shown: true };
    let best = options[0]!;
    let bestCost = Infinity;
    for (const candidate of options) {
      const cost = candidate.cost + placed.reduce((sum, other) => sum + clash(candidate.box, other), 0);
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
    }
    const shown = bestCost <= negligible;
    if (shown) placed.push(best.box);
    return { ...best, shown };
  });
  return { labels, free: false };
}
