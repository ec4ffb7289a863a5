// Runs before Prism's core evaluates (highlight.js imports it first): Prism reads `manual` from
// the global it finds and, without it, highlights every code[class*=language-] in the whole
// page once the document loads; Graft highlights only its own blocks, by calling it.
for (const scope of new Set([globalThis, globalThis.window].filter(Boolean))) {
  scope.Prism ??= {};
  scope.Prism.manual = true;
  scope.Prism.disableWorkerMessageHandler = true;
}
