/**
 * Open Graph / Twitter card images (1200 × 630 PNG), drawn at build time: an
 * SVG of the title and text, with a figure's static SVG when the card is for
 * a figure, rasterised by resvg. Text uses the machine's fonts: Chinese
 * cards need a CJK font (fonts-noto-cjk on Debian), as the README says.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { wrap } from '../utils/wrap';

export const CARD = { width: 1200, height: 630 } as const;

/** The figure marks' light-theme colours (global.css), as plain CSS that resvg understands. */
const MARKS = `
.ai45-plot { color: #1f2328; }
.ai45-plot text { fill: #1f2328; }
.m-band path { fill: #d8e6d0; stroke: none; }
.m-diagonal path, .m-diagonal line { stroke: #5a5f66; stroke-dasharray: 4 3; fill: none; }
.m-path path { stroke: #0b5cad; stroke-width: 2.5; fill: none; }
.m-shift path { stroke: #a4420b; stroke-width: 2.5; fill: none; }
.m-ideal path { stroke: #a4420b; stroke-width: 1.25; stroke-dasharray: 2 3; fill: none; }
.m-stepline path { stroke: #a4420b; stroke-width: 1.5; fill: none; }
.m-step-off path, .m-shift-dot circle { fill: #a4420b; }
.m-path-dot circle { fill: #0b5cad; }
.m-note text { fill: #5a5f66; }
.m-value text { fill: #1f2328; font-weight: 700; }
.m-cell rect { fill: #d9d4c8; }
.m-cell-safety rect { fill: #b3261e; }
.m-value-safety text { fill: #b3261e; font-weight: 700; }
.m-lollipop line { stroke: #d9d4c8; stroke-width: 2; }
.m-measured circle { fill: #145a32; }
.m-modelled circle { fill: #fbfaf7; stroke: #5b2a86; stroke-width: 2; }
.m-share-area path { fill: #f0dccf; stroke: none; }
.m-cursor line { stroke: #9a9ca0; }
.m-chance line, .m-zero line { stroke: #d9d4c8; stroke-width: 1.5; }
.m-bar-seen rect, .m-bar-rung1 rect { fill: #a4420b; }
.m-bar-done rect, .m-bar-rung2 rect { fill: #0b5cad; }
.m-bar-rung3 rect { fill: #5b2a86; }
.m-bar-risk rect { fill: #5a5f66; }
.m-gap line { stroke: #1f2328; stroke-width: 2; }
`;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


export interface CardContent {
  lang: 'en' | 'zh';
  /** Small line above the title, e.g. "Chapter 3" or "Figure 3.1". */
  kicker: string;
  title: string;
  text: string;
  /** Site name, bottom left. */
  site: string;
  /** A figure panel's SVG markup, drawn on the right. */
  figure?: string | undefined;
}

/** The card as SVG markup. */
export function cardSvg(card: CardContent): string {
  const serif = card.lang === 'zh' ? 'Noto Serif CJK SC, Noto Sans CJK SC, serif' : 'DejaVu Serif, Noto Serif, serif';
  const sans = card.lang === 'zh' ? 'Noto Sans CJK SC, DejaVu Sans, sans-serif' : 'DejaVu Sans, Noto Sans, sans-serif';
  const textWidth = card.figure ? 580 : 1040;
  const titleSize = 58;
  const titleLines = wrap(card.title, textWidth / titleSize, 3);
  const bodySize = 28;
  const bodyLines = wrap(card.text, textWidth / bodySize, card.figure ? 6 : 4);
  const titleTop = 190;
  const bodyTop = titleTop + titleLines.length * titleSize * 1.2 + 30;
  const tspans = (lines: string[], size: number, lineHeight: number) => lines.map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : size * lineHeight}">${escape(line)}</tspan>`).join('');
  // The panel keeps its viewBox; its own width and height give way to the card's box.
  const panel = card.figure?.replace(/^<svg\b[^>]*>/, (open) => open.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg\b/, '<svg x="0" y="0" width="400" height="398" preserveAspectRatio="xMidYMid meet"'));
  const figure = panel ? `<g transform="translate(720 110)"><rect x="-16" y="-16" width="432" height="430" rx="12" fill="#ffffff" stroke="#d9d4c8"/>${panel}</g>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<style>${MARKS}</style>
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="${CARD.width}" height="10" fill="#b3261e"/>
<text x="80" y="120" font-family="${sans}" font-size="26" font-weight="700" fill="#b3261e" letter-spacing="2">${escape(card.kicker.toUpperCase())}</text>
<text x="80" y="${titleTop}" font-family="${serif}" font-size="${titleSize}" font-weight="700" fill="#1f2328">${tspans(titleLines, titleSize, 1.2)}</text>
<text x="80" y="${bodyTop}" font-family="${sans}" font-size="${bodySize}" fill="#5a5f66">${tspans(bodyLines, bodySize, 1.45)}</text>
<line x1="80" x2="${CARD.width - 80}" y1="560" y2="560" stroke="#d9d4c8"/>
<text x="80" y="600" font-family="${sans}" font-size="24" font-weight="700" fill="#1f2328">${escape(card.site)}</text>
${figure}
</svg>`;
}

/** DejaVu's files (Debian's fonts-dejavu-core): an English card without Han characters needs no other font. */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((name) => `/usr/share/fonts/truetype/dejavu/${name}`);

/** Where drawn cards are kept between builds, by the hash of what they draw (npm's own cache folder, never committed). */
const CACHE = 'node_modules/.cache/ai45-cards';

/**
 * The card as PNG bytes. Loading every system font costs resvg about two
 * seconds a card (the CJK collections are most of it), so an English card
 * without Han characters loads DejaVu alone (about 0.1 s), when it is there;
 * and a card drawn once is kept (CACHE) until its SVG changes, so a rebuild
 * draws only the cards whose words or figure changed.
 */
export function cardPng(card: CardContent): Uint8Array {
  const svg = cardSvg(card);
  const file = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = drawCard(card, svg);
  try {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, png);
  } catch {
    // A read-only tree draws every card each time.
  }
  return png;
}

function drawCard(card: CardContent, svg: string): Uint8Array {
  const latinOnly = card.lang === 'en' && !/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(svg) && DEJAVU.every((file) => existsSync(file));
  const font = latinOnly ? { loadSystemFonts: false, fontFiles: DEJAVU, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true, defaultFontFamily: card.lang === 'zh' ? 'Noto Sans CJK SC' : 'DejaVu Sans' };
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font });
  return resvg.render().asPng();
}
