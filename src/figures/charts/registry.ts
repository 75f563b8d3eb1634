import type { AnyFigure } from './types';

/**
 * Every figure of the site, loaded on demand: the browser fetches a figure's
 * module only when that figure is hydrated; the build awaits it directly.
 */
export const figureLoaders: Record<string, () => Promise<AnyFigure>> = {
  compute: async () => (await import('./compute')).compute as AnyFigure,
  counterfactual: async () => (await import('./counterfactual')).counterfactualFigure as AnyFigure,
  dag: async () => (await import('./dag')).dagFigure as AnyFigure,
  doing: async () => (await import('./doing')).doingFigure as AnyFigure,
  matrix: async () => (await import('./matrix')).matrixFigure as AnyFigure,
  measures: async () => (await import('./measures')).measuresFigure as AnyFigure,
  plane: async () => (await import('./plane')).planeFigure as AnyFigure,
  shortcut: async () => (await import('./shortcut')).shortcut as AnyFigure,
  timeline: async () => (await import('./timeline')).timelineFigure as AnyFigure,
  trajectory: async () => (await import('./trajectory')).trajectory as AnyFigure,
};

export function loadFigure(id: string): Promise<AnyFigure> {
  const loader = figureLoaders[id];
  if (!loader) return Promise.reject(new Error(`Unknown figure "${id}": add it to src/figures/charts/registry.ts.`));
  return loader();
}
