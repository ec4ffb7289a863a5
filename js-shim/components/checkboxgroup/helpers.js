// Pure logic of gr.CheckboxGroup (no DOM): choices as [display, value] pairs, toggling in
// choice order, the select-all state, and Gradio's pre/postprocess. Radio shares the choice
// helpers (its choices and checks are the same as Gradio's).

// Gradio's config writes choices as [[display, value], ...]; a bare string or number c is
// (str(c), c), as the Python constructor makes it.
export function normaliseChoices(choices) {
  if (!Array.isArray(choices)) return [];
  return choices.map((c) => (Array.isArray(c) ? [String(c[0] ?? c[1] ?? ""), c.length > 1 ? c[1] : c[0]] : [String(c), c]));
}

// Gradio's postprocess: None is [], a single value is [value].
export function asList(value) {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

// The value after toggling `choice`: the selected choice values in choice order, then any
// values that are not choices (kept as a function set them). Gradio appends in click order.
export function toggle(value, choiceValues, choice) {
  const list = asList(value);
  const on = new Set(list);
  if (on.has(choice)) on.delete(choice);
  else on.add(choice);
  return [...choiceValues.filter((v) => on.has(v)), ...list.filter((v) => !choiceValues.includes(v))];
}

export function selectAllState(value, choiceValues) {
  const list = asList(value);
  const n = choiceValues.filter((v) => list.includes(v)).length;
  return n === 0 ? "unchecked" : n === choiceValues.length ? "checked" : "indeterminate";
}

// Select/Deselect All: everything, or nothing once everything is selected (Gradio's rule).
export function toggleAll(value, choiceValues) {
  return selectAllState(value, choiceValues) === "checked" ? [] : choiceValues.slice();
}

// Python's repr/type names, so errors read as Gradio's do.
const repr = (v) => (typeof v === "string" ? `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'` : v === null ? "None" : typeof v === "boolean" ? (v ? "True" : "False") : String(v));
const pyType = (v) => (typeof v === "string" ? "str" : typeof v === "boolean" ? "bool" : Number.isInteger(v) ? "int" : v === null ? "NoneType" : "float");

// Gradio's preprocess message for a value that is not one of the choices, or null.
export function notAChoice(value, choiceValues) {
  if (choiceValues.includes(value)) return null;
  return `Value: ${repr(value)} (type: <class '${pyType(value)}'>) is not in the list of choices: [${choiceValues.map(repr).join(", ")}]`;
}

const isChoiceValue = (v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

// What a function's return becomes: a list of choice values (strings or numbers).
export function outputList(value) {
  const list = asList(value);
  const bad = list.find((v) => !isChoiceValue(v));
  if (bad !== undefined) throw new Error(`CheckboxGroup expects a list of strings or numbers, got ${bad === null ? "null" : typeof bad === "object" ? "an object" : typeof bad} in it`);
  return list;
}

// What a function receives: the values, or their indices for type="index"; a value that is
// not a choice fails the event with Gradio's message.
export function argumentList(value, props) {
  const choiceValues = normaliseChoices(props.choices).map(([, v]) => v);
  const list = asList(value);
  for (const v of list) {
    const error = notAChoice(v, choiceValues);
    if (error) return Promise.reject(new Error(error));
  }
  return props.type === "index" ? list.map((v) => choiceValues.indexOf(v)) : list;
}
