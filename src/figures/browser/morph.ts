/**
 * Turns the drawing on screen into a new one by changing only what differs,
 * so that a slider's frame keeps the SVG's elements instead of replacing
 * them: the browser then restyles and lays out only the changed attributes
 * and text, not a new tree of hundreds of elements (about half of a frame's
 * time at 4× CPU throttle went there).
 *
 * Children are matched in order by tag and class: an old child with no match
 * among the new ones (a read-out's invisible marks, which a quick drawing
 * leaves out) is removed, and a new one with no old match is inserted. What
 * ends on screen has the new tree's elements, attributes and text, in the new
 * tree's order; only identity (and so focus) is kept.
 */

/** The key that pairs an old child with a new one. */
function keyOf(node: Node): string {
  if (node.nodeType === 3) return '#text';
  if (node.nodeType !== 1) return `#${node.nodeType}`;
  const element = node as Element;
  return `${element.tagName}.${element.getAttribute('class') ?? ''}`;
}

function morphAttributes(from: Element, to: Element): void {
  const wanted = to.attributes;
  for (let i = 0; i < wanted.length; i++) {
    const { name, value } = wanted[i]!;
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
  // Now `from` has every wanted attribute: any more are to go.
  const had = from.attributes;
  if (had.length === wanted.length) return;
  for (let i = had.length - 1; i >= 0; i--) {
    const { name } = had[i]!;
    if (!to.hasAttribute(name)) from.removeAttribute(name);
  }
}

/** Makes `from` (on screen) equal to `to` (just drawn, not in the document) and returns `from`. */
export function morph(from: Element, to: Element): Element {
  if (from.tagName !== to.tagName || from.namespaceURI !== to.namespaceURI) {
    from.replaceWith(to);
    return to;
  }
  morphAttributes(from, to);
  morphChildren(from, to);
  return from;
}

function morphChildren(from: Element, to: Element): void {
  const wanted = [...to.childNodes];
  let cursor: ChildNode | null = from.firstChild;
  for (const next of wanted) {
    const key = keyOf(next);
    // The first old child from the cursor on with the same key; those skipped are removed.
    let match: ChildNode | null = cursor;
    while (match && keyOf(match) !== key) match = match.nextSibling;
    if (!match) {
      from.insertBefore(next, cursor);
      continue;
    }
    while (cursor && cursor !== match) {
      const gone: ChildNode = cursor;
      cursor = cursor.nextSibling;
      gone.remove();
    }
    cursor = match.nextSibling;
    // An unchanged subtree (an axis, most labels) is left as it is: the browser compares it faster than a walk.
    if (next.nodeType === 1) {
      if (!match.isEqualNode(next)) morph(match as Element, next as Element);
    }
    else if (match.nodeValue !== next.nodeValue) match.nodeValue = next.nodeValue;
  }
  while (cursor) {
    const gone: ChildNode = cursor;
    cursor = cursor.nextSibling;
    gone.remove();
  }
}
