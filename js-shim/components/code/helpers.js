// gr.Code's pure logic (Node-tested): which grammar a Gradio language name loads, the file
// name "Download" saves, the editor's height bounds from lines/max_lines, the buttons shown,
// and the function edge (Gradio's Code.postprocess).

// Gradio's gr.Code.languages and the aliases its frontend accepts (js/code/shared/language.ts)
// -> the loader key in languages.js. Names not listed here show as plain text.
const LANGUAGE_KEYS = {
  python: "python", py: "python",
  javascript: "javascript", js: "javascript",
  typescript: "typescript", ts: "typescript",
  json: "json", html: "html", css: "css",
  markdown: "markdown", md: "markdown",
  sql: "sql",
  c: "c", cpp: "cpp",
  yaml: "yaml", yml: "yaml",
  shell: "shell", sh: "shell",
  r: "r", latex: "latex", dockerfile: "dockerfile", jinja2: "jinja2",
};

// Gradio's SQL dialects ("sql-mySQL"…) map onto @codemirror/lang-sql's dialect exports.
export const SQL_DIALECTS = {
  standardSQL: "StandardSQL", msSQL: "MSSQL", mySQL: "MySQL", mariaDB: "MariaSQL", sqlite: "SQLite",
  cassandra: "Cassandra", plSQL: "PLSQL", pgSQL: "PostgreSQL", hive: "StandardSQL", gql: "StandardSQL",
  gpSQL: "PostgreSQL", sparkSQL: "StandardSQL", esper: "StandardSQL",
};

// A language name -> { key, dialect? } for languages.js, or null for plain text.
export function languageKey(language) {
  if (typeof language !== "string" || !language) return null;
  const sql = /^sql-(\w+)$/.exec(language);
  if (sql) return SQL_DIALECTS[sql[1]] ? { key: "sql", dialect: SQL_DIALECTS[sql[1]] } : null;
  const key = LANGUAGE_KEYS[language] ?? LANGUAGE_KEYS[language.toLowerCase()];
  return key ? { key } : null;
}

// Gradio's Download.svelte: "file.<ext>" by language, "file.txt" otherwise.
const EXTENSIONS = {
  py: "py", python: "py", md: "md", markdown: "md", json: "json", html: "html", css: "css", js: "js",
  javascript: "js", ts: "ts", typescript: "ts", yaml: "yaml", yml: "yml", dockerfile: "dockerfile",
  sh: "sh", shell: "sh", r: "r", c: "c", cpp: "cpp", latex: "tex",
};
export function downloadName(language) {
  return `file.${EXTENSIONS[language] ?? "txt"}`;
}

// Gradio sizes the scroller in line heights: at least `lines` + 1 (1 when lines is 1), at
// most max_lines + 1; no maximum without max_lines (the editor grows with its text). Lines
// are CodeMirror's 1.4 line height, in em of the editor's font.
export function heightBounds(lines, maxLines) {
  const min = Number.isFinite(lines) && lines > 0 ? Math.floor(lines) : 5;
  const minLines = min === 1 ? 1 : min + 1;
  if (!Number.isFinite(maxLines) || maxLines <= 0) return { minLines, maxLines: null };
  return { minLines, maxLines: Math.max(minLines, Math.floor(Math.max(maxLines, min)) + 1) };
}
export function heightStyle(lines, maxLines) {
  const b = heightBounds(lines, maxLines);
  return { minHeight: `calc(${b.minLines} * 1.4em)`, maxHeight: b.maxLines ? `calc(${b.maxLines} * 1.4em)` : "" };
}

// Gradio's default buttons are ["copy", "download"]; gr.Button entries are not drawn here.
export function buttonsOf(buttons) {
  const list = Array.isArray(buttons) ? buttons : ["copy", "download"];
  return { copy: list.includes("copy"), download: list.includes("download") };
}

// Static (interactive=False) and empty: Gradio draws Empty instead of the editor.
export function showsEmpty(props) {
  return !props.value && props.interactive === false;
}

// Gradio's Code.postprocess: None stays None, a str is stripped of surrounding whitespace, and
// the old (file path,) tuple is refused. Anything else would fail in Python's .strip() too.
export function toWire(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "object" && value.__type__ === "update") return "value" in value ? { ...value, value: toWire(value.value) } : value;
  if (Array.isArray(value)) throw new Error("Code expects a string, got a list (returning a (file path,) tuple is no longer supported: read the file and return its text)");
  throw new Error(`Code expects a string, got ${describe(value)}`);
}

function describe(value) {
  if (typeof value === "object") return `an object ${JSON.stringify(value)?.slice(0, 60) ?? ""}`.trim();
  return `a ${typeof value} (${String(value).slice(0, 60)})`;
}
