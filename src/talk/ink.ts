/**
 * Strokes drawn on a slide, as the deck, the presenter view and the relay
 * pass them around: a tool and its points in the slide's own coordinates
 * (0–1000 across and down, whatever the screen), checked before use since a
 * stroke may arrive from another device.
 */

export const TOOLS = ['pen', 'highlighter'] as const;
export type Tool = (typeof TOOLS)[number] | 'eraser';

export interface Stroke {
  tool: (typeof TOOLS)[number];
  /** x0, y0, x1, y1, … each 0–1000. */
  points: number[];
}

/** Limits that keep a slide's ink small enough for any message: strokes per slide, numbers per stroke. */
export const INK_LIMITS = { strokes: 200, points: 2000 } as const;

/**
 * The SVG path of a stroke's points.
 * @example inkPath([0, 0, 10, 20]) // 'M0 0L10 20'
 */
export function inkPath(points: readonly number[]): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${points[i]} ${points[i + 1]}`;
  return points.length === 2 ? `${d}l0 0.1` : d;
}

/**
 * A slide's strokes from untrusted data, or undefined when anything in it is not a stroke.
 * @example parseStrokes([{ tool: 'pen', points: [1, 2, 3, 4] }]) // [{ tool: 'pen', points: [1, 2, 3, 4] }]
 */
export function parseStrokes(value: unknown): Stroke[] | undefined {
  if (!Array.isArray(value) || value.length > INK_LIMITS.strokes) return undefined;
  const strokes: Stroke[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { tool, points } = item as Record<string, unknown>;
    if (!(TOOLS as readonly unknown[]).includes(tool)) return undefined;
    if (!Array.isArray(points) || points.length < 2 || points.length > INK_LIMITS.points || points.length % 2 !== 0) return undefined;
    if (!points.every((n) => Number.isInteger(n) && (n as number) >= -100 && (n as number) <= 1100)) return undefined;
    strokes.push({ tool: tool as Stroke['tool'], points: points as number[] });
  }
  return strokes;
}
