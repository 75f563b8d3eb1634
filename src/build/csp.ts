/**
 * Each page's Content-Security-Policy names only the inline scripts and styles that page has. Astro writes the same
 * hashes into every page's <meta>: the theme script's, the redirect stubs', and those of every script and style it
 * processed anywhere (nine scripts and two styles, none of them inline on any page: they are files, which `'self'`
 * allows; the site's scripts set styles through the CSSOM, which a policy does not govern). Those hashes are random to
 * gzip: about 450 bytes of every page's first round trip. After the build, each page's `script-src` and `style-src`
 * keep `'self'` and the hashes of the inline scripts and `<style>` elements it has; nothing else changes. Runs before
 * anything reads the pages, and before the headers file repeats each page's policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, fileOf } from './builtPages';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

/** The hashes (`sha256-…`) of the inline scripts a page runs: not data blocks (JSON, JSON-LD), not external files. */
export function inlineScriptHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype="([^"]*)"/i.exec(match[1]!)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    hashes.add(`sha256-${createHash('sha256').update(match[2]!).digest('base64')}`);
  }
  return hashes;
}

/** The hashes of the page's `<style>` elements. */
export function inlineStyleHashes(html: string): Set<string> {
  return new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => `sha256-${createHash('sha256').update(match[1]!).digest('base64')}`));
}

/**
 * The page with its policy's `script-src` and `style-src` hashes cut to those of its own inline scripts and styles.
 * @example trimHashes(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c';"><script>x</script>`).includes("'sha256-a'") // false
 */
export function trimHashes(html: string): string {
  const own: Record<string, Set<string>> = { 'script-src': inlineScriptHashes(html), 'style-src': inlineStyleHashes(html) };
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => {
      const words = directive.trim().split(/\s+/);
      const known = own[words[0]!];
      if (!known) return directive;
      const kept = words.filter((word) => {
        const hash = /^(?:'|&#39;)(sha(?:256|384|512)-[^']+?)(?:'|&#39;)$/.exec(word)?.[1];
        return hash === undefined || known.has(hash);
      });
      return `${directive.startsWith(' ') ? ' ' : ''}${kept.join(' ')}`;
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

export function cspTrim(): AstroIntegration {
  return {
    name: 'ai45:csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let trimmed = 0;
        for (const path of builtPages(root)) {
          const file = fileOf(path, root);
          const html = readFileSync(file, 'utf8');
          const next = trimHashes(html);
          if (next !== html) {
            writeFileSync(file, next);
            trimmed++;
          }
        }
        logger.info(`Content-Security-Policy: hashes cut to each page's own inline scripts and styles on ${trimmed} pages`);
      },
    },
  };
}
