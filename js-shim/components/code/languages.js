// The grammars gr.Code can load, each a dynamic import so esbuild gives it its own chunk and
// an app fetches only the language it shows (Gradio's js/code/shared/language.ts does the same).
// Keys come from helpers.js languageKey(); legacy modes cover what has no Lezer grammar.
import { StreamLanguage } from "@codemirror/language";

const legacy = (mode) => StreamLanguage.define(mode);

const LOADERS = {
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  typescript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true })),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  html: () => import("@codemirror/lang-html").then((m) => m.html()),
  css: () => import("@codemirror/lang-css").then((m) => m.css()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  sql: (dialect) => import("@codemirror/lang-sql").then((m) => m.sql({ dialect: m[dialect ?? "StandardSQL"] ?? m.StandardSQL })),
  c: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  cpp: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  yaml: () => import("@codemirror/lang-yaml").then((m) => m.yaml()),
  shell: () => import("@codemirror/legacy-modes/mode/shell").then((m) => legacy(m.shell)),
  r: () => import("@codemirror/legacy-modes/mode/r").then((m) => legacy(m.r)),
  latex: () => import("@codemirror/legacy-modes/mode/stex").then((m) => legacy(m.stex)),
  dockerfile: () => import("@codemirror/legacy-modes/mode/dockerfile").then((m) => legacy(m.dockerFile)),
  jinja2: () => import("@codemirror/legacy-modes/mode/jinja2").then((m) => legacy(m.jinja2)),
};

// { key, dialect? } -> a CodeMirror extension, or [] (plain text) for no key or a failed load.
export async function loadLanguage(spec) {
  const load = spec && LOADERS[spec.key];
  if (!load) return [];
  try {
    return await load(spec.dialect);
  } catch (err) {
    console.warn(`gr.Code: could not load the ${spec.key} grammar; showing plain text`, err);
    return [];
  }
}
