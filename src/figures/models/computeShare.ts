/**
 * What a share of training compute means in absolute terms (arithmetic on
 * reported figures, plus one what-if):
 *
 *   FLOP = petaflop/s-days × 10^15 FLOP/s × 86,400 s
 *   safety FLOP(run, share) = share × pretraining FLOP(run)          (what-if)
 *   measured share = InstructGPT SFT + RLHF compute / GPT-3 pretraining compute
 *   years to grow by a factor F at g× a year = ln F / ln g
 *
 * Assumption of the what-if: the safety budget is a share of the run's own
 * pretraining compute, as in Zhou's framing of compute "for pretraining" vs
 * "for alignment or safety-first work".
 */

export const FLOP_PER_PETAFLOP_DAY = 1e15 * 86_400;

export interface Reported {
  value: number;
  unit: 'petaflop/s-days' | 'FLOP';
}

export interface TrainingRun {
  id: string;
  label: { en: string; zh: string };
  stage: 'pretraining' | 'alignment';
  reported: Reported;
  source: string;
}

/** @example toFlop({ value: 1, unit: 'petaflop/s-days' }) // 8.64e19 */
export function toFlop(reported: Reported): number {
  return reported.unit === 'FLOP' ? reported.value : reported.value * FLOP_PER_PETAFLOP_DAY;
}

/** Years for compute to grow by `factor` at `rate`× a year. @example yearsToGrow(100, 10) // 2 */
export function yearsToGrow(factor: number, rate: number): number {
  return Math.log(factor) / Math.log(rate);
}

export interface ComputeRow {
  id: string;
  label: { en: string; zh: string };
  kind: 'measured' | 'modelled';
  flop: number;
  source: string;
}

export interface ComputeSplit {
  /** Safety's share, 0–1. */
  share: number;
  /** Measured: InstructGPT alignment fine-tuning compute over GPT-3 pretraining compute, 0–1. */
  measuredShare: number;
  rows: ComputeRow[];
}

/**
 * The reported runs, each pretraining run followed by what `share` of it would be.
 * @example computeSplit(runs, 1).measuredShare // ≈ 0.0178 (64.9 / 3,640)
 */
export function computeSplit(runs: TrainingRun[], sharePercent: number): ComputeSplit {
  const share = sharePercent / 100;
  const flopOf = (id: string) => toFlop(runs.find((run) => run.id === id)?.reported ?? { value: NaN, unit: 'FLOP' });
  const rows: ComputeRow[] = [];
  for (const run of runs) {
    const flop = toFlop(run.reported);
    rows.push({ id: run.id, label: run.label, kind: 'measured', flop, source: run.source });
    if (run.stage === 'pretraining') {
      rows.push({ id: `${run.id}-share`, label: run.label, kind: 'modelled', flop: flop * share, source: run.source });
    }
  }
  return { share, measuredShare: flopOf('instructgpt-alignment') / flopOf('gpt3-pretraining'), rows };
}
