import { describe, expect, it } from 'vitest';
import { pace } from './talkPresenter';

describe('pacing in the presenter view', () => {
  // A 10-minute talk of 10 slides: a minute each.
  it('is on time while the slide on screen is within its minute', () => {
    expect(pace(2, 10, 150, 600)).toEqual({ perSlide: 60, tone: 'on', by: 0 });
  });

  it('is behind once the slide on screen has run past its minute, by how much', () => {
    expect(pace(2, 10, 200, 600)).toEqual({ perSlide: 60, tone: 'behind', by: 20 });
  });

  it('is ahead when the talk reaches a slide before its minute starts, by how much', () => {
    expect(pace(5, 10, 240, 600)).toEqual({ perSlide: 60, tone: 'ahead', by: 60 });
  });
});
