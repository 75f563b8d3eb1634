/**
 * The address of the site's source repository, from the build setting
 * SOURCE_REPOSITORY_URL (like SITE_URL): shown on the About page when set,
 * never guessed. Only an http(s) address is accepted; anything else fails the build.
 * @example SOURCE_REPOSITORY_URL=https://example.org/ai45 npx astro build
 */
export function sourceRepository(value = process.env.SOURCE_REPOSITORY_URL): URL | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SOURCE_REPOSITORY_URL must be an http(s) address, not "${value}".`);
  return url;
}
