import { describe, expect, it } from 'vitest';
import { brokenAnchors, fragmentId, movedParagraphs, pageKey, recordAnchors, redirectFragment, unrecordedAnchors } from './anchors';

const none = { pages: {}, anchors: {} };

describe('the anchor manifest', () => {
  it('maps both languages onto one page key', () => {
    expect(pageKey('/en/intervenable/')).toBe('/intervenable/');
    expect(pageKey('/zh/intervenable/')).toBe('/intervenable/');
    expect(pageKey('/en/')).toBe('/');
  });

  it('reports an id that disappeared from one language, and not one that was redirected', () => {
    const manifest = { '/a/': ['x', 'y'] };
    const current = { en: { '/a/': ['x', 'y'] }, zh: { '/a/': ['x'] } };
    expect(brokenAnchors(manifest, current, none)).toEqual([expect.stringContaining('/zh/a/#y is gone')]);
    expect(brokenAnchors(manifest, current, { pages: {}, anchors: { '/a/#y': '#x' } })).toEqual([]);
  });

  it('reports a page that disappeared unless a page redirect says where it went', () => {
    const manifest = { '/old/': ['x'] };
    const current = { en: { '/new/': ['x'] }, zh: { '/new/': ['x'] } };
    expect(brokenAnchors(manifest, current, none)).toHaveLength(2);
    expect(brokenAnchors(manifest, current, { pages: { '/old/': '/new/' }, anchors: {} })).toEqual([]);
  });

  it('treats new ids as free: they are reported for recording, never as broken', () => {
    const manifest = { '/a/': ['x'] };
    const current = { '/a/': ['x', 'z'], '/b/': ['w'] };
    expect(brokenAnchors(manifest, { en: current, zh: current }, none)).toEqual([]);
    expect(unrecordedAnchors(manifest, current)).toEqual({ '/a/': ['z'], '/b/': ['w'] });
  });

  it('records by adding, never removing', () => {
    expect(recordAnchors({ '/a/': ['x', 'gone'] }, { '/a/': ['x', 'z'] })).toEqual({ '/a/': ['x', 'gone', 'z'] });
  });

  it('sends a removed fragment to its declared new place, and leaves existing ids alone', () => {
    const anchors = { '/a/#old': '#new' };
    expect(redirectFragment('/a/', 'old', anchors, () => false)).toBe('#new');
    expect(redirectFragment('/a/', 'old', anchors, () => true)).toBeUndefined();
    expect(redirectFragment('/a/', 'other', anchors, () => false)).toBeUndefined();
  });
});

describe('fragmentId', () => {
  it('decodes an escaped fragment', () => {
    expect(fragmentId('#s-%E5%A4%B1%E8%A1%A1')).toBe('s-失衡');
  });

  it('a malformed percent escape gives the raw text, without throwing', () => {
    for (const hash of ['#%', '#s-imbalance-compute%', '#%E0%A4%A', '#%%', '%ZZ']) expect(() => fragmentId(hash)).not.toThrow();
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('movedParagraphs', () => {
  it('reads paragraph moves, within a chapter and across chapters, and ignores other ids', () => {
    expect(movedParagraphs({ '/a/#p-x-1': '/b/#p-y-2', '/a/#p-x-2': '#p-z-1', '/a/#c-1': '/b/#c-1', '/a/#units': '/b/#units', '/#p-q-1': '/a/#p-q-1' })).toEqual([
      { fromSlug: 'a', fromId: 'p-x-1', toSlug: 'b', toId: 'p-y-2' },
      { fromSlug: 'a', fromId: 'p-x-2', toSlug: 'a', toId: 'p-z-1' },
    ]);
  });
  it('every paragraph move in content/redirects.json points at a paragraph id', async () => {
    const { default: redirects } = await import('../../content/redirects.json');
    for (const move of movedParagraphs(redirects.anchors)) expect(move.toId).toMatch(/^p-[a-z0-9-]+-\d+[b-z]?$/);
  });
});
