/**
 * A figure's state lives in the page URL as plain query parameters.
 * Each figure declares a schema of bounded numeric parameters; parsing never
 * throws: a missing, malformed, non-finite or out-of-range value falls back to
 * its default, so a hostile link shows the default figure.
 */

export interface NumberParam {
  /** Smallest accepted value (inclusive). */
  min: number;
  /** Largest accepted value (inclusive). */
  max: number;
  /** Values are snapped to multiples of `step` from `min`. */
  step: number;
  default: number;
}

export type StateSchema = Record<string, NumberParam>;

/** The parsed state of a schema: one number per parameter. */
export type StateOf<S extends StateSchema> = { [K in keyof S]: number };

/** Longest raw value we even look at; anything longer is hostile or a mistake. */
const MAX_RAW_LENGTH = 24;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * Snaps a value onto the parameter's grid, or returns undefined if it is not
 * an acceptable value.
 * @example snap({ min: 0, max: 10, step: 0.5, default: 1 }, 3.26) // 3.5
 */
export function snap(param: NumberParam, value: number): number | undefined {
  if (!Number.isFinite(value) || value < param.min || value > param.max) return undefined;
  const steps = Math.round((value - param.min) / param.step);
  const snapped = param.min + steps * param.step;
  const decimals = (String(param.step).split('.')[1] ?? '').length;
  return Math.min(param.max, Number(snapped.toFixed(decimals)));
}

/** The default state of a schema. */
export function defaultState<S extends StateSchema>(schema: S): StateOf<S> {
  const state: Record<string, number> = {};
  for (const [key, param] of Object.entries(schema)) state[key] = param.default;
  return state as StateOf<S>;
}

/**
 * Reads a figure's state from URL search parameters.
 * @example parseState({ split: { min: 1, max: 99, step: 1, default: 30 } }, new URLSearchParams('split=999')) // { split: 30 }
 */
export function parseState<S extends StateSchema>(schema: S, params: URLSearchParams): StateOf<S> {
  const state: Record<string, number> = {};
  for (const [key, param] of Object.entries(schema)) {
    const raw = params.get(key);
    // Strict: the exact digits a figure writes, nothing else (no spaces, exponents, hex or signs like "+").
    const value = raw !== null && raw.length <= MAX_RAW_LENGTH && NUMBER_PATTERN.test(raw) ? snap(param, Number(raw)) : undefined;
    state[key] = value ?? param.default;
  }
  return state as StateOf<S>;
}

/**
 * Writes a figure's state into URL search parameters, leaving other
 * parameters alone and omitting values equal to their defaults (short links).
 */
export function writeState<S extends StateSchema>(
  schema: S,
  state: StateOf<S>,
  params: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, param] of Object.entries(schema)) {
    const value = state[key as keyof S];
    if (value === param.default) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
