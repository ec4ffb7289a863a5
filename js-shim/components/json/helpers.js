// gr.JSON's pure logic (Node-tested): Gradio's postprocess (JSON text is parsed, other values
// made JSON), when the tree is Empty, which nodes start collapsed, previews and line counts.

const short = (s) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

// Function return -> wire value, as JSON.postprocess: None -> null; a str must be JSON text
// ("Invalid JSON string" otherwise); anything else goes through JSON (Dates become strings,
// undefined members drop). Values JSON cannot hold (BigInt, cycles) fail the output.
export function toWire(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    try {
      return JSON.parse(value);
    } catch (e) {
      throw new Error(`JSON expects valid JSON text, got "${short(value)}" (${e.message})`);
    }
  }
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new Error(`JSON expects a JSON-serialisable value: ${e.message}`);
  }
  if (text === undefined) throw new Error(`JSON expects a JSON-serialisable value, got a ${typeof value}`);
  return JSON.parse(text);
}

// What the tree draws: a value on the wire, or JSON text (Gradio parses strings; text that is
// not JSON is drawn as a string).
export function displayValue(value) {
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

// Gradio's JSON.svelte shows Empty for null, "", '""' and {}. Unlike Gradio, 0 and false are
// drawn: they are values a function meant to show.
export function isEmpty(value) {
  if (value === null || value === undefined || value === "" || value === '""') return true;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

const isPlainObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

export function isCollapsible(value) {
  return value !== null && typeof value === "object";
}

// JSONNode: depth >= 3 starts collapsed unless `open`.
export function startsCollapsed(depth, open) {
  return !open && depth >= 3;
}

export function preview(value) {
  return Array.isArray(value) ? `Array(${value.length})` : `Object(${Object.keys(value).length})`;
}

// Lines a node takes, hidden ones included (Gradio numbers every .line, shown or not): one for
// a leaf; an opening line, the children's and a closing line for an array or object.
export function lineCount(value) {
  if (!isCollapsible(value)) return 1;
  let n = 2;
  for (const child of Object.values(value)) n += lineCount(child);
  return n;
}

// A leaf's text and class as JSONNode draws it.
export function leaf(value) {
  if (typeof value === "string") return { text: `"${value}"`, kind: "string" };
  if (typeof value === "number") return { text: String(value), kind: "number" };
  if (typeof value === "boolean") return { text: String(value), kind: "bool" };
  if (value === null) return { text: "null", kind: "null" };
  return { text: String(value), kind: "" };
}

// The Copy button's text: JSON.stringify(value, null, 2), as Gradio.
export function copyText(value) {
  return JSON.stringify(value, null, 2);
}

// gr.JSON's buttons: Copy shows unless `buttons` is set without "copy".
export function showsCopy(buttons) {
  return !Array.isArray(buttons) || buttons.includes("copy");
}
