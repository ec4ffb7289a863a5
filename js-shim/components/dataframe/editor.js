// Selecting and editing Dataframe cells with Gradio's keys: a click selects (select fires even
// when not interactive); double-click, Enter or a printable key opens <textarea aria-label=
// "Edit cell">; Enter commits and moves down, Tab commits and moves right, Esc cancels, blur
// commits; arrows move the selection; Delete/Backspace empty the selected cells; Ctrl+C copies.
import { redrawSignal } from "../atoms/block.js";
import { cellRange, coerceInput, cellText, copyText, emptyCell, selectData, withCell } from "./helpers.js";

export function createEditor(s, ctx, body, wrap, change) {
  let editor = null; // { r, c, textarea, cell, drawn }

  const viewIndexOf = (r) => (s.order ? s.order.indexOf(r) : r);
  const cols = () => s.table.headers.length;

  function focusGrid() {
    wrap.focus?.({ preventScroll: true });
  }

  function setSelected(r, c, cells = [[r, c]]) {
    s.selected = [r, c];
    s.cells = cells;
    body.paintSelection();
    const el = body.cell(r, c);
    if (el) wrap.setAttribute("aria-activedescendant", el.id);
    else wrap.removeAttribute("aria-activedescendant");
  }

  // A click: Shift extends the selection to a range, Ctrl/Cmd toggles a cell; select fires
  // with Gradio's SelectData for the clicked cell.
  function click(r, c, e) {
    // Choosing another cell commits the open editor; text it cannot take is dropped.
    if (editor && (editor.r !== r || editor.c !== c) && !finish({ keepFocus: false })) close();
    if (e.shiftKey && s.selected) setSelected(r, c, cellRange(s.selected, [r, c]));
    else if (e.ctrlKey || e.metaKey) {
      const has = s.cells.some(([a, b]) => a === r && b === c);
      setSelected(r, c, has ? s.cells.filter(([a, b]) => a !== r || b !== c) : [...s.cells, [r, c]]);
    } else setSelected(r, c);
    ctx.emit("select", selectData(s.table.data, r, c));
  }

  function open(r, c, text) {
    if (s.isStatic(c) || s.types[c] === "bool") return false;
    if (editor && !finish({ keepFocus: false })) close();
    body.reveal(viewIndexOf(r));
    const cell = body.cell(r, c);
    if (!cell) return false;
    const textarea = document.createElement("textarea");
    textarea.setAttribute("aria-label", "Edit cell");
    textarea.rows = 1;
    textarea.value = text ?? cellText(s.table.data[r]?.[c], s.types[c]);
    cell.classList.add("editing");
    cell.append(textarea);
    editor = { r, c, textarea, cell };
    s.editing = [r, c];
    // Each edit makes a new textarea: its listeners go when it closes.
    const signal = redrawSignal(editor, "drawn", ctx.signal);
    const on = (type, fn) => textarea.addEventListener(type, fn, { signal });
    on("keydown", onEditorKey);
    on("blur", () => editor?.textarea === textarea && finish({ keepFocus: false }));
    on("mousedown", (e) => e.stopPropagation());
    on("dblclick", (e) => e.stopPropagation());
    on("input", () => textarea.removeAttribute("aria-invalid"));
    textarea.focus();
    const end = textarea.value.length;
    textarea.setSelectionRange?.(end, end);
    return true;
  }

  function close() {
    if (!editor) return;
    const { textarea, cell, drawn } = editor;
    editor = null;
    s.editing = null;
    cell.classList.remove("editing");
    textarea.remove();
    drawn.abort();
  }

  // Commits the editor's text. Invalid text (a number column given "abc") is not committed:
  // the editor stays open, marked aria-invalid, and false is returned.
  function finish({ keepFocus = true, defer = false } = {}) {
    if (!editor) return true;
    const { r, c, textarea } = editor;
    const coerced = coerceInput(textarea.value, s.types[c]);
    if (!coerced.ok) {
      textarea.setAttribute("aria-invalid", "true");
      textarea.title = coerced.error;
      return false;
    }
    close();
    if (keepFocus) focusGrid();
    const previous = s.table.data[r]?.[c] ?? null;
    if (coerced.value !== previous && !(coerced.value === "" && previous == null)) {
      change(withCell(s.table, r, c, coerced.value), { index: [r, c], value: coerced.value, previous_value: previous }, { cells: [[r, c]], defer });
    }
    return true;
  }

  function cancel() {
    close();
    focusGrid();
  }

  // Moves the selection by view rows (the sorted/searched order) and columns.
  function move(dr, dc, { wrapRows = false } = {}) {
    if (!s.selected) return false;
    const n = body.count();
    let v = viewIndexOf(s.selected[0]) + dr;
    let c = s.selected[1] + dc;
    if (wrapRows && c >= cols()) { c = 0; v += 1; }
    if (wrapRows && c < 0) { c = cols() - 1; v -= 1; }
    if (v < 0 || v >= n || c < 0 || c >= cols()) return false;
    const r = body.rowAt(v);
    body.reveal(v);
    setSelected(r, c);
    return true;
  }

  function onEditorKey(e) {
    e.stopPropagation();
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      if (finish()) move(1, 0);
    } else if (e.key === "Tab") {
      e.preventDefault();
      if (!finish()) return;
      // Gradio keeps editing in the next cell when Tab left an editor.
      if (move(0, e.shiftKey ? -1 : 1, { wrapRows: true })) open(...s.selected);
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    }
  }

  function onGridKey(e) {
    if (!s.selected || e.target !== wrap) return;
    const [r, c] = s.selected;
    const editable = !s.isStatic(c);
    const arrows = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (arrows[e.key]) {
      e.preventDefault();
      move(...arrows[e.key]);
    } else if (e.key === "Tab") {
      // At the table's last cell Tab leaves the table, so keyboard focus is never trapped.
      if (move(0, e.shiftKey ? -1 : 1, { wrapRows: true })) e.preventDefault();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (editable && s.types[c] === "bool") toggle(r, c);
      else if (editable) open(r, c);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      if (s.props.interactive === false) return;
      e.preventDefault();
      clearCells();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "c") {
      e.preventDefault();
      copy(s.cells);
    } else if (e.key === " " && editable && s.types[c] === "bool") {
      e.preventDefault();
      toggle(r, c);
    } else if (editable && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // A printable key starts editing with that key as the cell's new text.
      e.preventDefault();
      open(r, c, e.key);
    }
  }

  function clearCells() {
    let table = s.table;
    const cells = s.cells.filter(([, c]) => !s.isStatic(c));
    for (const [r, c] of cells) table = withCell(table, r, c, emptyCell(s.types[c]));
    if (table !== s.table) change(table, null, { cells });
  }

  function toggle(r, c, checked) {
    const previous = s.table.data[r]?.[c] ?? null;
    const value = checked ?? !(previous === true || previous === "true" || previous === 1);
    change(withCell(s.table, r, c, value), { index: [r, c], value, previous_value: previous }, { cells: [[r, c]] });
  }

  function copy(cells) {
    const text = copyText(s.table.data, cells && cells.length ? cells : null);
    return navigator.clipboard?.writeText(text).catch(() => {});
  }

  // Rows leave the DOM as the table scrolls: an editor whose row leaves is committed first
  // (or dropped, if its text is invalid), since a removed textarea can fire no blur.
  function beforeWindow({ start, end }) {
    if (!editor) return;
    const v = viewIndexOf(editor.r);
    if (v >= start && v < end) return;
    if (!finish({ keepFocus: false, defer: true })) close();
  }

  const on = (el, type, fn) => el.addEventListener(type, fn, { signal: ctx.signal });
  on(wrap, "keydown", onGridKey);
  on(body.body, "mousedown", (e) => {
    const cell = e.target.closest?.(".body-cell");
    if (!cell || cell.classList.contains("editing")) return;
    click(Number(cell.dataset.row), Number(cell.dataset.col), e);
    if (e.target.localName !== "input") {
      e.preventDefault(); // keeps focus on the grid, not on text in the cell
      focusGrid();
    }
  });
  on(body.body, "dblclick", (e) => {
    const cell = e.target.closest?.(".body-cell");
    if (cell) open(Number(cell.dataset.row), Number(cell.dataset.col));
  });
  on(body.body, "change", (e) => {
    if (!e.target.classList?.contains("bool-cell")) return;
    const cell = e.target.closest(".body-cell");
    toggle(Number(cell.dataset.row), Number(cell.dataset.col), e.target.checked);
    focusGrid();
  });

  return {
    click, open, finish, cancel, copy, beforeWindow, setSelected,
    get editing() { return editor ? [editor.r, editor.c] : null; },
    get textarea() { return editor?.textarea ?? null; },
    reset() {
      close();
      s.selected = null;
      s.cells = [];
    },
  };
}
