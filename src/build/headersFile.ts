/**
 * The `_headers` file that Netlify and Cloudflare Pages read (and that
 * `scripts/serve.ts` applies in the tests): a path pattern on its own line,
 * then its headers indented below it. Every rule whose pattern matches a path
 * applies. Pure, shared by the build, the test server and the unit tests.
 */

export interface HeaderRule {
  /** A URL path; `*` matches any run of characters. */
  path: string;
  headers: [string, string][];
}

/**
 * Writes rules as a `_headers` file.
 * @example formatHeaders([{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] }]) // '/*\n  X-Content-Type-Options: nosniff\n'
 */
export function formatHeaders(rules: HeaderRule[]): string {
  return rules.map((rule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`).join('\n');
}

/** Reads a `_headers` file; comment lines start with `#`. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a path gets: those of every matching rule, in file order.
 * @example headersFor(parseHeaders('/_astro/*\n  Cache-Control: immutable\n'), '/_astro/a.js') // [['Cache-Control', 'immutable']]
 */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
  return rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers);
}
