// The peer page of `npm run bench` (scripts/bench-interactions.ts). Built offline: the page imports
// Plot and Inputs from node_modules, never with `npm:` (which would fetch them from a CDN), and the
// bench runs the build with OBSERVABLE_TELEMETRY_DISABLE=true.
export default {
  root: "src",
  title: "Peer",
  sidebar: false,
  pager: false,
  search: false,
  toc: false,
  footer: "",
  // No web fonts: the default theme would link Google Fonts, and the bench stays on localhost.
  globalStylesheets: []
};
