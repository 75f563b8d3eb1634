/**
 * Build steps of a talk slide, the same at build time (what the printed deck
 * and the page without JavaScript show: every step done) and in the browser.
 * Step 0 is the slide as it opens; step n has had n presses.
 */

export interface BuildStep {
  /** Parts of the figure this press reveals: mark classes (`m-path`) or panels (`panel-2`). */
  reveal: string[];
  /** The figure's state from this press on, as a query string. */
  state?: string | undefined;
}

/**
 * The figure's state after `pressed` steps: the slide's own, then each step's in turn.
 * @example stateAt('share=1', [{ reveal: [], state: 'share=20' }], 1) // 'share=20'
 */
export function stateAt(base: string, steps: readonly BuildStep[], pressed: number): string {
  return steps.slice(0, pressed).reduce((query, step) => step.state ?? query, base);
}

/**
 * What is still hidden after `pressed` steps: everything a later step reveals.
 * @example hiddenAt([{ reveal: ['m-path'] }, { reveal: ['panel-2'] }], 1) // Set { 'panel-2' }
 */
export function hiddenAt(steps: readonly BuildStep[], pressed: number): Set<string> {
  return new Set(steps.slice(pressed).flatMap((step) => step.reveal));
}
