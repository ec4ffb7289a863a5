// gr.Dropdown's pure logic (no DOM), after Gradio's js/dropdown/shared/utils.ts and
// Dropdown.svelte / Multiselect.svelte: choices, filtering, keyboard movement, what the text
// box shows, and the value checks of the function edge. Unit-tested in tests/shim/dropdown.

// Gradio's config sends choices as [[display, value], ...]; page apps may give plain strings
// (or numbers), which are their own display text.
export function normalizeChoices(choices) {
  if (!Array.isArray(choices)) return [];
  return choices.map((c) => {
    if (Array.isArray(c)) return [String(c[0] ?? ""), c.length > 1 ? c[1] : c[0]];
    return [String(c), c];
  });
}

export const choiceValues = (choices) => choices.map((c) => c[1]);

// Indices (into choices) whose display text contains `text`, case-insensitively; all when empty.
export function filterChoices(choices, text) {
  const needle = (text ?? "").toLowerCase();
  const out = [];
  choices.forEach(([display], i) => {
    if (!needle || display.toLowerCase().includes(needle)) out.push(i);
  });
  return out;
}

// ArrowDown/ArrowUp move the active option through the shown ones, wrapping (Gradio's
// handle_shared_keys). From no active option, Down starts at the first and Up at the last.
// Returns the new active choice index, or null when nothing is shown.
export function moveActive(active, shown, key) {
  if (!shown.length) return null;
  const at = active === null ? -1 : shown.indexOf(active);
  if (key !== "ArrowDown" && key !== "ArrowUp") return active;
  if (at === -1) return key === "ArrowDown" ? shown[0] : shown[shown.length - 1];
  const step = key === "ArrowUp" ? -1 : 1;
  return shown[(at + step + shown.length) % shown.length];
}

export const indexOfValue = (choices, value) => choices.findIndex((c) => c[1] === value);
export const indexOfDisplay = (choices, text) => choices.findIndex((c) => c[0] === text);

// What the single dropdown's text box shows for `value` (Gradio's Dropdown.svelte effect):
// the choice's display text, the value itself when custom values are allowed, else "".
export function displayFor(value, choices, allowCustom) {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return "";
  const i = indexOfValue(choices, value);
  if (i !== -1) return choices[i][0];
  return allowCustom ? String(value) : "";
}

// The multiselect's chips for `value`: a choice index, or the custom value itself (kept only
// when custom values are allowed, as Multiselect.svelte's set_selected_indices does).
export function selectedEntries(value, choices, allowCustom) {
  const list = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out = [];
  for (const v of list) {
    const i = indexOfValue(choices, v);
    if (i !== -1) out.push(i);
    else if (allowCustom) out.push(v);
  }
  return out;
}

// An entry (choice index or custom value) as its value, display text and select EventData.
export function entryValue(entry, choices) {
  return typeof entry === "number" ? choices[entry]?.[1] : entry;
}
export function entryDisplay(entry, choices) {
  return typeof entry === "number" ? choices[entry]?.[0] ?? "" : String(entry);
}
export function selectData(entry, choices, selected) {
  return { index: typeof entry === "number" ? entry : -1, value: entryValue(entry, choices), selected };
}

// What committing the typed text of a single dropdown means (Enter, or blur with custom values):
// a choice whose display text matches exactly, else the text itself if custom values are allowed.
// Returns { index, value } or null when nothing should be committed.
export function commitText(text, choices, allowCustom) {
  const i = indexOfDisplay(choices, text);
  if (i !== -1) return { index: i, value: choices[i][1] };
  if (allowCustom) return { index: -1, value: text };
  return null;
}

// Whether one more chip may be added under max_choices (null/undefined = unlimited).
export function canAdd(count, maxChoices) {
  return maxChoices === null || maxChoices === undefined || count < maxChoices;
}

function describe(v) {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

// The function edge: a value a page function returns. Gradio's postprocess wraps a lone value
// in a list for multiselect and warns on values outside the choices; here that warning is an
// error (the output is marked failed) unless allow_custom_value is set.
export function checkOutput(value, props) {
  const choices = normalizeChoices(props.choices);
  const values = choiceValues(choices);
  const multi = !!props.multiselect;
  if (value === undefined || value === null) return multi ? [] : null;
  const list = multi ? (Array.isArray(value) ? value : [value]) : [value];
  for (const v of list) {
    if (v !== null && typeof v === "object") {
      throw new Error(`Dropdown expects ${multi ? "a list of choice values" : "a choice value"}, got ${JSON.stringify(v)}`);
    }
    if (!props.allow_custom_value && !values.includes(v)) {
      throw new Error(
        `Dropdown value ${describe(v)} is not among the choices [${values.map(describe).join(", ")}]; ` +
          "add it to choices or set allow_custom_value=True",
      );
    }
  }
  return multi ? list : value;
}

// What a page function receives: the value, or with type="index" its choice index (Gradio's
// preprocess; null for a value outside the choices).
export function toArgument(value, props) {
  if (props.type !== "index" || value === null || value === undefined) return value ?? null;
  const values = choiceValues(normalizeChoices(props.choices));
  const at = (v) => (values.includes(v) ? values.indexOf(v) : null);
  return Array.isArray(value) ? value.map(at) : at(value);
}
