// Emscripten 3.1.6's loader mistakes Node >= 18's fetch() for a browser's; hide it under Node.
var fetch = (typeof process == 'object' && process.versions && process.versions.node) ? undefined : globalThis.fetch;
