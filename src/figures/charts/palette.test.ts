/**
 * Two palettes (issue 27): data colours mean a role in a chart (the rung code: orange sees, blue does,
 * purple imagines; a measured value; safety's share; the band), interface colours mean something about
 * the page (links, the brand red, the claim marks, focus). No colour may be both, and a chart's roles
 * and a figure's status line draw only from their own palette.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The interface colours live in the shared sheet, the data colours and chart roles in the figures' own sheet.
const css = ['global.css', 'figure.css'].map((file) => readFileSync(new URL(`../../styles/${file}`, import.meta.url), 'utf8')).join('\n');

/** The light and dark values of a custom property declared as `light-dark(a, b)` (or one colour). */
function colours(name: string): string[] {
  const match = new RegExp(`${name}:\\s*light-dark\\(([^,]+),\\s*([^)]+)\\)`).exec(css);
  if (!match) throw new Error(`${name} is not declared as light-dark() in global.css or figure.css`);
  return [match[1]!.trim().toLowerCase(), match[2]!.trim().toLowerCase()];
}

const INTERFACE = ['--c-link', '--c-accent', '--c-said', '--c-measured', '--c-modelled', '--c-warn', '--c-path'];
const DATA = ['--d-main', '--d-warn', '--d-rung3', '--d-safety', '--d-data', '--d-band'];

describe('the two palettes', () => {
  it('share no colour: no interface colour is a data colour, in light or dark', () => {
    const ui = new Map(INTERFACE.flatMap((name) => colours(name).map((value) => [value, name] as const)));
    for (const name of DATA) {
      for (const value of colours(name)) expect(ui.get(value), `${name} ${value} is also the interface colour ${ui.get(value)}`).toBeUndefined();
    }
  });

  it('give every chart role that has a hue a data colour', () => {
    const plot = /\.ai45-plot \{([^}]*)\}/.exec(css)?.[1] ?? '';
    for (const role of ['main', 'warn', 'rung3', 'safety', 'data']) {
      expect(plot, `--k-${role}`).toMatch(new RegExp(`--k-${role}:\\s*var\\(--d-${role}\\)`));
    }
    // The band, the timeline and any mark coloured by name use data colours only, never an interface colour.
    const marks = css.split('\n').filter((line) => line.startsWith('.ai45-plot .m-'));
    for (const line of marks) for (const name of INTERFACE) expect(line, line).not.toContain(`var(${name})`);
  });

  it('keep the figure status line neutral: no data or claim colour on it', () => {
    const status = css.split('\n').filter((line) => line.startsWith('.figure-status'));
    expect(status.length).toBeGreaterThan(0);
    for (const line of status) for (const name of [...INTERFACE, ...DATA]) expect(line, line).not.toContain(`var(${name})`);
  });
});
