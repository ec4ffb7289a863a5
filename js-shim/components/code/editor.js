// gr.Code's CodeMirror 6 editor, its own chunk (index.js imports it dynamically, so apps
// without a Code never load CodeMirror). Gradio's setup (js/code/shared/Code.svelte and
// extensions.ts) minus autocompletion; colours come from the theme's CSS variables, so one
// theme serves light and dark.
import { Annotation, Compartment, EditorState } from "@codemirror/state";
import { EditorView, drawSelection, highlightSpecialChars, keymap, lineNumbers, rectangularSelection, crosshairCursor } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { HighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { loadLanguage } from "./languages.js";

// Marks a document replaced by the app (a function's output), so it is not reported as an edit.
const External = Annotation.define();

const theme = EditorView.theme({
  "&": { fontSize: "var(--text-sm)", color: "var(--body-text-color)", backgroundColor: "var(--code-background-fill)", height: "100%" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", overflow: "auto" },
  ".cm-content": { paddingTop: "5px", paddingBottom: "5px", caretColor: "var(--body-text-color)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--body-text-color)" },
  ".cm-gutters": { backgroundColor: "transparent", color: "var(--body-text-color-subdued)", borderRight: "1px solid var(--border-color-primary)" },
  ".cm-gutterElement": { marginRight: "var(--spacing-xs)" },
  ".cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, ::selection": { backgroundColor: "var(--graft-code-selection)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--block-background-fill)", border: "1px solid var(--border-color-primary)", color: "var(--body-text-color)" },
  ".cm-specialChar": { color: "var(--graft-code-invalid)" },
});

// Token colours are variables set in index.js's css for light and dark (AA on the background).
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword, t.definitionKeyword, t.modifier, t.self], color: "var(--graft-code-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp, t.character, t.docString], color: "var(--graft-code-string)" },
  { tag: [t.number, t.bool, t.null, t.atom, t.unit, t.color], color: "var(--graft-code-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment, t.meta, t.processingInstruction], color: "var(--graft-code-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName)), t.macroName, t.labelName], color: "var(--graft-code-function)" },
  { tag: [t.typeName, t.className, t.namespace, t.annotation, t.standard(t.variableName)], color: "var(--graft-code-type)" },
  { tag: [t.tagName, t.heading, t.deleted], color: "var(--graft-code-tag)", fontWeight: "600" },
  { tag: [t.attributeName, t.propertyName, t.definition(t.propertyName), t.link, t.url], color: "var(--graft-code-attribute)" },
  { tag: [t.inserted], color: "var(--graft-code-string)" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "700" },
  { tag: t.strikethrough, textDecoration: "line-through" },
  { tag: t.invalid, color: "var(--graft-code-invalid)" },
]);

// options: { doc, language: {key, dialect?}|null, readOnly, lineNumbers, wrap, minHeight,
// maxHeight, describedBy }; handlers: { onEdit(text), onFocus(), onBlur() }.
export function createEditor(parent, options, handlers) {
  const parts = { lang: new Compartment(), access: new Compartment(), gutter: new Compartment(), wrap: new Compartment() };
  let current = { ...options };
  let wanted = null; // the language key last asked for: a slower, older load must not win

  const access = (o) => [
    EditorState.readOnly.of(!!o.readOnly),
    EditorView.editable.of(!o.readOnly),
    // Gradio's name for the editor, which its tests and scripts use; the label describes it.
    EditorView.contentAttributes.of({
      "aria-label": "Code input container",
      ...(o.describedBy ? { "aria-describedby": o.describedBy } : {}),
      ...(o.readOnly ? { "aria-readonly": "true" } : {}),
    }),
  ];
  const gutter = (o) => (o.lineNumbers === false ? [] : [lineNumbers(), foldGutter()]);
  const wrap = (o) => (o.wrap ? EditorView.lineWrapping : []);

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc ?? "",
      extensions: [
        highlightSpecialChars(), history(), drawSelection(), EditorState.allowMultipleSelections.of(true),
        indentOnInput(), rectangularSelection(), crosshairCursor(),
        syntaxHighlighting(highlight),
        keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, indentWithTab]),
        theme,
        parts.lang.of([]), parts.access.of(access(options)), parts.gutter.of(gutter(options)), parts.wrap.of(wrap(options)),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && u.transactions.some((tr) => tr.docChanged && !tr.annotation(External))) handlers.onEdit?.(u.state.doc.toString());
          if (u.focusChanged) (u.view.hasFocus ? handlers.onFocus : handlers.onBlur)?.();
        }),
      ],
    }),
  });

  const size = (o) => {
    view.scrollDOM.style.minHeight = o.minHeight ?? "";
    view.scrollDOM.style.maxHeight = o.maxHeight ?? "";
  };
  const language = (spec) => {
    const key = spec ? `${spec.key}:${spec.dialect ?? ""}` : "";
    if (key === wanted) return;
    wanted = key;
    loadLanguage(spec).then((ext) => {
      if (wanted === key && !destroyed) view.dispatch({ effects: parts.lang.reconfigure(ext) });
    });
  };
  let destroyed = false;
  size(options);
  language(options.language);

  return {
    view,
    text: () => view.state.doc.toString(),
    // A value from the app replaces the document; the listener above does not report it.
    setDoc(text) {
      const doc = String(text ?? "");
      if (doc === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc }, annotations: External.of(true) });
    },
    configure(next) {
      const o = { ...current, ...next };
      const effects = [];
      if (o.readOnly !== current.readOnly || o.describedBy !== current.describedBy) effects.push(parts.access.reconfigure(access(o)));
      if (o.lineNumbers !== current.lineNumbers) effects.push(parts.gutter.reconfigure(gutter(o)));
      if (o.wrap !== current.wrap) effects.push(parts.wrap.reconfigure(wrap(o)));
      if (effects.length) view.dispatch({ effects });
      size(o);
      language(o.language);
      current = o;
    },
    destroy() {
      destroyed = true;
      view.destroy();
    },
  };
}
