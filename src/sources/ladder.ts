/** The Causal Ladder's three rungs, as the site draws them on every ladder chapter and on the landing (src/components/Ladder.astro). */
import data from '../../content/data/trustworthy-matrix.json';

export interface Rung {
  /** 1 at the bottom (Approximate Alignment), 3 at the top (Reflectable). */
  n: number;
  /** The layer's id in content/data/trustworthy-matrix.json, which names its strings (fig.matrix.layer.<id>…). */
  id: string;
  /** The slug of the chapter that climbs it. */
  chapter: string;
  /** Where Zhou places the field on it: mostly here, some attempts, still to climb. */
  stance: string;
}

/** The chapter after the three rungs: where the field stands on the ladder (the ladder stands atop it too). */
export const CLIMB_CHAPTER = 'climbing-the-ladder';

export const RUNGS: Rung[] = data.layers.map((layer, i) => ({ n: i + 1, id: layer.id, chapter: layer.chapter, stance: layer.stance }));

/**
 * The rung a chapter climbs, or undefined for a chapter that is not a rung.
 * @example rungOf('intervenable') // 2
 */
export const rungOf = (slug: string): number | undefined => RUNGS.find((rung) => rung.chapter === slug)?.n;
