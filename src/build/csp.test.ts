import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineStyleHashes, trimHashes } from './csp';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

describe('each page names only its own inline scripts', () => {
  const theme = '(()=>{document.documentElement.dataset.js=""})();';
  it('keeps the hash of a script the page runs and drops the others, leaving the rest of the policy as it was', () => {
    const policy = `default-src 'self'; script-src 'self' '${hash(theme)}' '${hash('elsewhere')}' 'sha256-AAAA+/=='; style-src 'self' '${hash('s')}';`;
    const out = trimHashes(page(policy, `<script>${theme}</script><script type="application/json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>`));
    expect(out).toContain(`default-src 'self'; script-src 'self' '${hash(theme)}'; style-src 'self';`);
    expect(out).not.toContain(hash('elsewhere'));
    expect(out).not.toContain('AAAA');
  });
  it('a data block or an external file needs no hash; an inline module does', () => {
    expect(inlineScriptHashes('<script type="application/ld+json">{}</script><script src="/a.js"></script>')).toEqual(new Set());
    expect(inlineScriptHashes('<script type="module">go()</script>')).toEqual(new Set([hash('go()')]));
  });
  it('keeps the hash of a <style> the page has', () => {
    expect(inlineStyleHashes('<style>p{color:red}</style>')).toEqual(new Set([hash('p{color:red}')]));
    const out = trimHashes(page(`style-src 'self' '${hash('p{}')}' '${hash('')}';`, '<style>p{}</style>'));
    expect(out).toContain(`style-src 'self' '${hash('p{}')}';`);
  });
  it('a page without a policy, or one whose scripts are all named, is left alone', () => {
    expect(trimHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
    const named = page(`script-src 'self' '${hash(theme)}';`, `<script>${theme}</script>`);
    expect(trimHashes(named)).toBe(named);
  });
});
