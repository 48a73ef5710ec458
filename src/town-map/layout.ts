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

/** Where a label sits next to its marker, in the order they are tried. */
export type Placement = 'right' | 'left' | 'above' | 'below';
export const placements: readonly Placement[] = ['right', 'left', 'above', 'below'];

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
export function labelBox(at: Point, radius: number, size: { w: number; h: number }, placement: Placement, gap = 4): Rect {
  switch (placement) {
    case 'right':
      return { x: at.x + radius + gap, y: at.y - size.h / 2, ...size };
    case 'left':
      return { x: at.x - radius - gap - size.w, y: at.y - size.h / 2, ...size };
    case 'above':
      return { x: at.x - size.w / 2, y: at.y - radius - gap - size.h, ...size };
    case 'below':
      return { x: at.x - size.w / 2, y: at.y + radius + gap, ...size };
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far a box sticks out of the drawing, as an area. */
function outside(box: Rect, bounds: Rect): number {
  const inside = overlap(box, bounds);
  return box.w * box.h - inside;
}

export interface LabelRequest {
  at: Point;
  radius: number;
  size: { w: number; h: number };
}

/**
 * Places labels in order: for each, the first of right, left, above, below that overlaps no label placed before
 * it and no marker and stays inside the drawing; when none is free, the one with the least overlap. Greedy and
 * simple, which is enough for the dozen partners a region has, and stable when a partner is added.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Rect): { placement: Placement; box: Rect }[] {
  const markers: Rect[] = requests.map(({ at, radius }) => ({ x: at.x - radius, y: at.y - radius, w: 2 * radius, h: 2 * radius }));
  const placed: Rect[] = [];
  return requests.map((request, index) => {
    let best: { placement: Placement; box: Rect; cost: number } | undefined;
    for (const placement of placements) {
      const box = labelBox(request.at, request.radius, request.size, placement);
      const cost =
        placed.reduce((sum, other) => sum + overlap(box, other), 0) +
        markers.reduce((sum, marker, other) => sum + (other === index ? 0 : overlap(box, marker)), 0) +
        outside(box, bounds) * 2;
      if (!best || cost < best.cost) best = { placement, box, cost };
      if (cost === 0) break;
    }
    placed.push(best!.box);
    return { placement: best!.placement, box: best!.box };
  });
}
