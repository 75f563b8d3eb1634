import { describe, expect, it } from 'vitest';
import { labTimeline } from './timeline';

describe('the timeline of the law at work', () => {
  it('lists events in date order, an event known only to its month at the middle of that month', () => {
    const ids = labTimeline({ tlOthers: 1 }).events.map((event) => event.id);
    expect(ids.indexOf('speech')).toBeLessThan(ids.indexOf('safetywashing'));
    expect(ids.indexOf('paper')).toBeLessThan(ids.indexOf('deepseek-v3'));
    expect(ids.indexOf('framework-1-5')).toBeLessThan(ids.indexOf('report-1-5'));
  });

  it('without others’ work shows only the speech, the paper and the laboratory’s own reports', () => {
    const model = labTimeline({ tlOthers: 0 });
    expect(model.others).toBe(0);
    expect(new Set(model.events.map((event) => event.who))).toEqual(new Set(['speech', 'paper', 'lab']));
    expect(model.lab).toBe(5);
  });
});
