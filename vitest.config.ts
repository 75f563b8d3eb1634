import { configDefaults, defineConfig } from 'vitest/config';
import { browserPlot } from './src/figures/browserPlot';

const BROWSER_PLOT_TEST = 'src/figures/charts/browserPlot.test.ts';

export default defineConfig({
  test: {
    projects: [
      // One worker reuses its module graph across files (isolate: false): the unit tests keep no state between files,
      // and a worker per file spent more time starting than testing (13.5 s to 6 s).
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: [...configDefaults.exclude, BROWSER_PLOT_TEST], environment: 'node', isolate: false } },
      {
        // The figures through the Plot readers download: the same stand-ins as the client build.
        plugins: [browserPlot({ everywhere: true })],
        test: {
          name: 'browser-plot',
          include: [BROWSER_PLOT_TEST],
          environment: 'node',
          // Plot and d3 go through Vite (not Node's loader), so that the stand-ins replace what they leave out.
          server: { deps: { inline: [/@observablehq\/plot/, /node_modules\/d3\//] } },
        },
      },
    ],
  },
});
