// A config's own `js` functions (Gradio's `js=` on a listener): the app's code, compiled once
// per source. Values never run. Compiling needs `unsafe-eval` under a Content-Security-Policy;
// apps that must run under a strict policy register their functions instead (docs/embedding.md).
const compiled = new Map();

export function compileJs(source) {
  let fn = compiled.get(source);
  if (!fn) {
    fn = new Function(`return (${source});`)();
    compiled.set(source, fn);
  }
  return fn;
}
