// Places the co-mention network for a build-time SVG on a circle: people, then organizations, then weapon
// systems, each kind by how often it is named, with labels pointing outwards along the radius. Co-mention
// graphs of the most named entities are dense; on a circle no label hides another and every tie stays
// visible as a chord, where a force layout gives a hairball.
import type { NetworkData } from '../briefing/charts.ts';
import type { EntityInfo } from '../briefing/types.ts';
import type { EntityType } from '../../schema/article.ts';

export interface PlacedNode {
  entity: EntityInfo;
  x: number;
  y: number;
  r: number;
  /** Label position and rotation (degrees), reading left to right on both halves of the circle. */
  label: { x: number; y: number; rotate: number; anchor: 'start' | 'end'; text: string };
}

export interface PlacedEdge {
  source: PlacedNode;
  target: PlacedNode;
  count: number;
  /** SVG path: a curve bowed towards the centre. */
  path: string;
}

const ORDER: EntityType[] = ['person', 'organization', 'system', 'place'];

/** Approximate width of a label character at the picture's font size. */
const CHAR_WIDTH = 6.8;

export interface NetworkLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The box holding every node and label, for the SVG viewBox. */
  bounds: { x: number; y: number; width: number; height: number };
}

export function layoutNetwork(data: NetworkData, box: { cx: number; cy: number; radius: number }): NetworkLayout {
  const sorted = [...data.nodes].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  const most = Math.max(1, ...sorted.map((n) => n.articleCount));
  const placed = new Map<string, PlacedNode>();
  sorted.forEach((entity, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    const r = 4 + 8 * Math.sqrt(entity.articleCount / most);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const degrees = (angle * 180) / Math.PI;
    const left = cos < -1e-9;
    const reach = box.radius + r + 5;
    placed.set(entity.id, {
      entity,
      x: round(box.cx + box.radius * cos),
      y: round(box.cy + box.radius * sin),
      r: round(r),
      label: {
        x: round(box.cx + reach * cos),
        y: round(box.cy + reach * sin),
        rotate: round(left ? degrees + 180 : degrees),
        anchor: left ? 'end' : 'start',
        text: entity.name,
      },
    });
  });
  const edges = data.edges.map((e) => {
    const source = placed.get(e.source)!;
    const target = placed.get(e.target)!;
    const control = { x: round((source.x + target.x) / 4 + box.cx / 2), y: round((source.y + target.y) / 4 + box.cy / 2) };
    return { source, target, count: e.count, path: `M${source.x} ${source.y}Q${control.x} ${control.y} ${target.x} ${target.y}` };
  });
  const nodes = [...placed.values()];
  // Each label runs outwards from its node along the radius: its far end bounds the picture.
  const points = nodes.flatMap((n) => {
    const dx = n.x - box.cx;
    const dy = n.y - box.cy;
    const length = Math.hypot(dx, dy) || 1;
    const far = box.radius + n.r + 5 + n.label.text.length * CHAR_WIDTH;
    return [
      [n.x - n.r, n.y - n.r],
      [n.x + n.r, n.y + n.r],
      [box.cx + (dx / length) * far, box.cy + (dy / length) * far],
    ];
  });
  const pad = 8;
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const x = round(Math.min(...xs) - pad);
  const y = round(Math.min(...ys) - pad);
  const bounds = { x, y, width: round(Math.max(...xs) + pad - x), height: round(Math.max(...ys) + pad - y) };
  return { nodes, edges, bounds };
}

/** Two decimals are plenty for a picture and keep the output byte-identical across platforms. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
