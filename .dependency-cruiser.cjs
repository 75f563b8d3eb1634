/**
 * The house's layering, as rules a tool checks (`npm test` runs dependency-cruiser with this file;
 * `src/build/layering.test.ts` proves that each rule still bites). Each rule's comment is the message a
 * violation prints: it says the design, not the mechanism.
 *
 * The folders (README, "How it is built"): figures/ (models, charts, the browser runtime, downloads,
 * pages and cards), talk/, brief/, sources/ (the content model), search/, build/ (remark and Astro
 * plugins), utils/ (small helpers that know no feature), i18n/; Astro's pages/, layouts/ and
 * components/ stay where Astro wants them.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules never import each other in a circle: a cycle means two modules are one thing, or one of them is in the wrong folder.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'models-know-nothing-of-the-site',
      severity: 'error',
      comment: 'A model (src/figures/models) is the maths behind a figure: it imports other models and nothing else of the site (no chart, no i18n, no data files, no DOM), so it can be unit-tested and reused anywhere.',
      from: { path: '^src/figures/models/' },
      to: { path: '^(src|content)/', pathNot: '^src/figures/models/' },
    },
    {
      name: 'charts-never-reach-the-browser-or-the-page',
      severity: 'error',
      comment: 'A chart module (src/figures/charts) turns (data, state) into Plot options: it never imports the browser runtime, a component, a layout, a page, the talk or the brief. Those use charts, not the other way round.',
      from: { path: '^src/figures/charts/' },
      to: { path: '^src/(figures/browser|components|layouts|pages|talk|brief|search|build)/|/browser/' },
    },
    {
      name: 'utilities-know-no-feature',
      severity: 'error',
      comment: 'src/utils holds small helpers that know no feature: they import other utilities and the i18n dictionaries only, never figures, the talk, the brief, the sources or the build.',
      from: { path: '^src/utils/' },
      to: { path: '^src/', pathNot: '^src/(utils|i18n)/' },
    },
    {
      name: 'i18n-is-a-leaf',
      severity: 'error',
      comment: 'The dictionaries (src/i18n) import only each other: every part of the site reads them, so they can read none of it.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/i18n/' },
    },
    {
      name: 'nothing-imports-a-page',
      severity: 'error',
      comment: 'A page (src/pages) is a route: nothing imports it. Move what two pages share into a component, a layout or its feature folder.',
      from: {},
      to: { path: '^src/pages/' },
    },
    {
      name: 'the-site-never-imports-the-scripts',
      severity: 'error',
      comment: 'scripts/ are the command line (test, bench, serve, present): they use the site\'s modules, the site never uses them.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      severity: 'error',
      comment: 'Code that runs in the reader\'s browser (a browser/ folder, search/search.ts) imports no Node built-in and no build-time plugin: it would break the page or drag the build into the bundle.',
      from: { path: '(^src/[^/]+/browser/|^src/search/search\\.ts$)' },
      to: { path: '(^src/build/|^node:|^(fs|path|child_process|http|crypto|os|url|util)$)' },
    },
    {
      name: 'features-do-not-reach-into-each-others-browser-code',
      severity: 'error',
      comment: 'Build-time modules (the content model, the brief, the build plugins, the utilities) never import browser code: a browser module belongs to the page that loads it.',
      from: { path: '^src/(sources|brief|build|utils|i18n)/', pathNot: '/browser/' },
      to: { path: '/browser/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/|\\.test\\.ts$|__snapshots__' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
