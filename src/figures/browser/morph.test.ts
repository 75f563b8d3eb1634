import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { morph } from './morph';

const { document } = parseHTML('<!doctype html><html><body><div id="slot"></div></body></html>');
const svg = (markup: string): Element => {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.firstElementChild!;
};

describe('morph', () => {
  it('ends with exactly the new drawing, keeping the elements both share', () => {
    const slot = document.getElementById('slot')!;
    slot.replaceChildren(svg('<svg width="10" tabindex="0"><g class="m-hit"><rect x="1"></rect></g><g class="line"><path d="M0,0"></path></g><text x="1">old</text><g class="m-readout"></g></svg>'));
    const path = slot.querySelector('path');
    const next = svg('<svg width="12"><g class="line"><path d="M1,1"></path><path d="M2,2"></path></g><text x="2">new</text><circle r="3"></circle></svg>');
    const expected = next.outerHTML;
    const kept = morph(slot.firstElementChild!, next);
    expect(slot.innerHTML).toBe(expected);
    expect(kept, 'the root is the one on screen').toBe(slot.firstElementChild);
    expect(slot.querySelector('path'), 'a shared element is kept, changed in place').toBe(path);
  });

  it('replaces an element whose tag changed', () => {
    const slot = document.getElementById('slot')!;
    slot.replaceChildren(svg('<svg><rect></rect></svg>'));
    const next = svg('<div><p>x</p></div>');
    morph(slot.firstElementChild!, next);
    expect(slot.innerHTML).toBe('<div><p>x</p></div>');
  });

  it('puts children in the new order, whatever the old one', () => {
    const slot = document.getElementById('slot')!;
    slot.replaceChildren(svg('<svg><g class="b"></g><g class="a"></g><g class="c"></g></svg>'));
    const next = svg('<svg><g class="a"></g><g class="b"></g><g class="c"></g><g class="a"></g></svg>');
    const expected = next.outerHTML;
    morph(slot.firstElementChild!, next);
    expect(slot.innerHTML).toBe(expected);
  });
});
