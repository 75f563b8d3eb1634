import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrlWarning } from './siteUrl';

const start = () => {
  const hook = siteUrlWarning().hooks['astro:build:start'] as unknown as (options: { logger: { warn: (message: string) => void } }) => void;
  const warn = vi.fn();
  hook({ logger: { warn } });
  return warn;
};

describe('the build and SITE_URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('a build for publishing (DEPLOY set) without SITE_URL, or with a localhost one, fails', () => {
    vi.stubEnv('DEPLOY', '1');
    vi.stubEnv('SITE_URL', '');
    expect(start).toThrow(/SITE_URL/);
    vi.stubEnv('SITE_URL', 'http://localhost:4321');
    expect(start).toThrow(/SITE_URL/);
    vi.stubEnv('SITE_URL', 'https://ai45.example.org');
    expect(start()).not.toHaveBeenCalled();
  });

  it('a local build without SITE_URL goes on, and warns', () => {
    vi.stubEnv('DEPLOY', '');
    vi.stubEnv('SITE_URL', '');
    expect(start()).toHaveBeenCalledOnce();
  });
});
