import * as Plot from '@observablehq/plot';
import { cls, frameOf, lineHeight, textWidth, widest, wrapTo, type Frame } from './style';
import type { FigureText } from './types';

/*
 * Kept apart from the compute figure's module, so the browser's chunk for the figure does not carry it:
 * only the build draws it (the landing's opening picture, through src/figures/figurePanel.ts).
 */
const CELLS = 100;
const COLUMNS = 10;

/**
 * One training budget as 100 squares with safety's share shaded: the landing's opening picture. It is not
 * a panel of the figure any more (the figure compares compute on one axis); drawn by the same house style.
 */
export function waffle(sharePercent: number, text: FigureText, frame?: Frame): { label: 'fig.compute.waffleLabel'; options: Plot.PlotOptions } {
  const f = frameOf(frame, text.slide);
  const line = lineHeight(f);
  const cells = Array.from({ length: CELLS }, (_, i) => ({ i, x: i % COLUMNS, y: Math.floor(i / COLUMNS), fill: Math.min(1, Math.max(0, sharePercent - i)) }));
  const safetyLabel = text.t('fig.compute.safetyCells', { share: text.num(sharePercent, 1) });
  const restLabel = wrapTo(text.t('fig.compute.restCells', { rest: text.num(100 - sharePercent, 1) }), f.width - 4, f);
  const labelRoom = line * (2 + restLabel.split('\n').length) + 8;
  const side = Math.min(f.width, 300);
  const width = Math.min(f.width, Math.max(side, widest([safetyLabel], f, 7 / 6), ...restLabel.split('\n').map((l) => textWidth(l, f))) + 4);
  return {
    label: 'fig.compute.waffleLabel',
    options: {
      width,
      height: side + labelRoom,
      marginTop: 0,
      marginBottom: labelRoom,
      marginLeft: 0,
      marginRight: width - side,
      x: { axis: null, domain: [0, COLUMNS] },
      y: { axis: null, domain: [COLUMNS, 0] },
      marks: [
        Plot.rect(cells, { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.94, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: 'm-cell' }),
        Plot.rect(cells.filter((d) => d.fill > 0), { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.06 + 0.88 * d.fill, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: cls('m-cell-safety', 'safety') }),
        Plot.text([safetyLabel], { frameAnchor: 'bottom-left', dy: line * 1.4, className: cls('m-value m-value-safety', 'safety') }),
        Plot.text([restLabel], { frameAnchor: 'bottom-left', lineAnchor: 'top', dy: line * 2.1, lineHeight: 1.25, className: 'm-note' }),
      ],
    },
  };
}

