/**
 * The only script a chapter loads up front. It waits until a figure is near
 * the viewport, or touched, before fetching the figure runtime (and with it
 * the shared Plot chunk), so reading costs no JavaScript beyond this file.
 */

const started = new WeakSet<Element>();

function hydrate(figure: HTMLElement): void {
  if (started.has(figure)) return;
  started.add(figure);
  void import('./figureRuntime').then(({ hydrateFigure }) => hydrateFigure(figure));
}

export function observeFigures(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]')];
  if (figures.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        hydrate(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const figure of figures) {
    observer.observe(figure);
    for (const type of ['pointerdown', 'focusin', 'input']) {
      figure.addEventListener(type, () => hydrate(figure), { once: true, passive: true });
    }
  }
}
