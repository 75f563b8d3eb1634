import { describe, expect, it } from 'vitest';
import { assembleBrief, type BriefChapter, type BriefSectionPlan } from './brief';
import { chapterLastChanged } from '../sources/changelog';

const imbalance: BriefChapter = {
  slug: 'imbalance',
  path: '/en/imbalance/',
  order: 1,
  figures: ['compute', 'measures'],
  takeaways: { claimed: 'Zhou estimates 99 : 1.', measured: 'Ratios point the same way.', unknown: 'How compute is divided.' },
  claims: [
    { id: 'c-s8', kind: 'speech', fact: 'S8', text: '99% of the world’s compute goes to pretraining', keys: ['zhou2024waic'], paragraph: { id: 'p-estimate-1', label: '§1.1 ¶1' } },
    { id: 'c-m1', kind: 'data', fact: 'M1', text: 'RLHF took 1.6%', keys: ['ouyang2022instructgpt', 'brown2020gpt3'], paragraph: { id: 'p-instructgpt-1', label: '§1.3 ¶1' } },
    { id: 'c-m2', kind: 'data', fact: 'M2', text: 'safety was 2% of research', keys: ['eto2024safety', 'zhou2024waic'] },
  ],
};
const manifest = { '/imbalance/': ['p-estimate-1', 'p-instructgpt-1', 'takeaways'] };
const plan = (points: BriefSectionPlan['points']): BriefSectionPlan[] => [{ id: 'estimate', title: 'brief.estimate', points }];

describe('the two-page brief', () => {
  it('takes each point from the chapter, with who speaks, numbered references and a link to its paragraph', () => {
    const brief = assembleBrief('en', plan([{ chapter: 'imbalance', claim: 'c-s8' }, { chapter: 'imbalance', takeaway: 'measured', rests: ['c-m1'] }]), [imbalance], manifest);
    const [claim, takeaway] = brief.sections[0]!.points;
    expect(claim).toEqual({ kinds: ['speech'], text: '99% of the world’s compute goes to pretraining', refs: [1], href: '/en/imbalance/#p-estimate-1', chapter: 1, paragraph: '§1.1 ¶1' });
    expect(takeaway).toEqual({ kinds: ['data'], text: 'Ratios point the same way.', refs: [2, 3], href: '/en/imbalance/#takeaways', chapter: 1, paragraph: undefined });
    expect(brief.references).toEqual(['zhou2024waic', 'ouyang2022instructgpt', 'brown2020gpt3']);
  });

  it('numbers a reference once, at its first use, and labels a takeaway that sums up no claim as the site’s own reading', () => {
    const brief = assembleBrief('en', plan([{ chapter: 'imbalance', claim: 'c-s8' }, { chapter: 'imbalance', takeaway: 'measured', rests: ['c-m2'] }, { chapter: 'imbalance', takeaway: 'unknown', rests: [] }]), [imbalance], manifest);
    const [, research, unknown] = brief.sections[0]!.points;
    expect(research!.refs).toEqual([2, 1]);
    expect(unknown).toMatchObject({ kinds: ['analysis'], refs: [], text: 'How compute is divided.' });
  });

  it('is dated by the newest change to the chapters it draws on', () => {
    const brief = assembleBrief('en', plan([{ chapter: 'imbalance', claim: 'c-s8' }]), [imbalance], manifest);
    expect(brief.date).toBe(chapterLastChanged('imbalance', imbalance.figures));
  });

  it('splits a section’s points under its subtitle', () => {
    const brief = assembleBrief('en', [{ ...plan([{ chapter: 'imbalance', claim: 'c-s8' }, { chapter: 'imbalance', claim: 'c-m1' }])[0]!, split: { at: 1, subtitle: 'brief.objections' } }], [imbalance], manifest);
    expect(brief.sections[0]!.points.map((p) => p.href)).toEqual(['/en/imbalance/#p-estimate-1']);
    expect(brief.sections[0]!.after.map((p) => p.href)).toEqual(['/en/imbalance/#p-instructgpt-1']);
  });

  it('fails the build, naming the point and the claim, when a claim it cites is no longer marked', () => {
    expect(() => assembleBrief('zh', plan([{ chapter: 'imbalance', claim: 'c-s8' }, { chapter: 'imbalance', claim: 'c-s99' }]), [imbalance], manifest)).toThrow(
      /section "estimate", point 2 cites claim "c-s99", which the zh chapter "imbalance" no longer marks/,
    );
    expect(() => assembleBrief('en', plan([{ chapter: 'imbalance', takeaway: 'measured', rests: ['c-m9'] }]), [imbalance], manifest)).toThrow(/cites claim "c-m9"/);
    expect(() => assembleBrief('en', plan([{ chapter: 'gone', claim: 'c-s8' }]), [imbalance], manifest)).toThrow(/there is no en chapter "gone"/);
  });

  it('fails the build when a point’s paragraph is missing or not a published, never-breaking id', () => {
    expect(() => assembleBrief('en', plan([{ chapter: 'imbalance', claim: 'c-m2' }]), [imbalance], manifest)).toThrow(/claim "c-m2" of the en chapter "imbalance" stands in no numbered paragraph/);
    expect(() => assembleBrief('en', plan([{ chapter: 'imbalance', claim: 'c-s8' }]), [imbalance], { '/imbalance/': ['takeaways'] })).toThrow(
      /links to \/en\/imbalance\/#p-estimate-1, which content\/anchors.json does not list/,
    );
    expect(() => assembleBrief('en', plan([{ chapter: 'imbalance', takeaway: 'unknown', rests: [] }]), [imbalance], {})).toThrow(/#takeaways, which content\/anchors.json does not list/);
  });
});
