// Syntax highlighting for gr.Markdown's fenced code blocks: Prism (as Gradio's markdown-code),
// its own chunk loaded only when a block names a language, and each grammar a further chunk
// loaded on first use. Prism's output is spans with "token <type>" classes over escaped text.
import "./prism-setup.js";
import Prism from "prismjs/components/prism-core.js";

// Grammars and what each extends when it loads (Prism's components.json "require").
const LOADERS = {
  clike: () => import("prismjs/components/prism-clike.js"),
  markup: () => import("prismjs/components/prism-markup.js"),
  css: () => import("prismjs/components/prism-css.js"),
  javascript: () => import("prismjs/components/prism-javascript.js"),
  typescript: () => import("prismjs/components/prism-typescript.js"),
  python: () => import("prismjs/components/prism-python.js"),
  bash: () => import("prismjs/components/prism-bash.js"),
  c: () => import("prismjs/components/prism-c.js"),
  cpp: () => import("prismjs/components/prism-cpp.js"),
  json: () => import("prismjs/components/prism-json.js"),
  sql: () => import("prismjs/components/prism-sql.js"),
  java: () => import("prismjs/components/prism-java.js"),
  go: () => import("prismjs/components/prism-go.js"),
  rust: () => import("prismjs/components/prism-rust.js"),
  "markup-templating": () => import("prismjs/components/prism-markup-templating.js"),
  php: () => import("prismjs/components/prism-php.js"),
  yaml: () => import("prismjs/components/prism-yaml.js"),
  latex: () => import("prismjs/components/prism-latex.js"),
  r: () => import("prismjs/components/prism-r.js"),
  diff: () => import("prismjs/components/prism-diff.js"),
};
const REQUIRES = {
  javascript: ["clike"], typescript: ["javascript"], c: ["clike"], cpp: ["c"], java: ["clike"], go: ["clike"],
  "markup-templating": ["markup"], php: ["markup-templating"],
};

const loading = new Map();
function load(name) {
  if (!loading.has(name)) {
    loading.set(name, (async () => {
      for (const dep of REQUIRES[name] ?? []) await load(dep);
      await LOADERS[name]?.();
    })());
  }
  return loading.get(name);
}

// Highlighted HTML for `code` in Prism grammar `name`, or null (unknown or failed grammar).
export async function highlight(code, name) {
  if (!LOADERS[name]) return null;
  try {
    await load(name);
  } catch {
    return null;
  }
  const grammar = Prism.languages[name];
  return grammar ? Prism.highlight(code, grammar, name) : null;
}
