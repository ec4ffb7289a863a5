// gr.Dialogue's pure logic (Node-tested): the lines a value draws, Gradio's default formatter
// and unformatter (its server's format/unformat, done here: Graft has no server), what a
// function receives by `type`, Gradio's postprocess of what it returns, speaker colours, the
// ":" tag autocompletion and when a line may be added.
import { safeColor } from "../atoms/color.js";

const describe = (v) => {
  if (v === undefined) return "undefined";
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const isUpdate = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && v.__type__ === "update";

// The lines the dialogue view draws for a wire value. Gradio shows one empty line (for the first
// speaker) for an empty list; an unset value gets the same, so an input always has a line to type in.
export function linesOf(value, speakers = []) {
  if (Array.isArray(value) && value.length) {
    return value.map((l) => ({ speaker: String(l?.speaker ?? ""), text: String(l?.text ?? "") }));
  }
  return [{ speaker: speakers?.[0] ?? "", text: "" }];
}

// Gradio's default_formatter.
export const formatLine = (speaker, text) => `[${speaker}] ${text}`;

// Gradio's _format: a string stays as it is; a dialogue whose only line is empty is "";
// otherwise each line formatted, joined by `separator`.
export function format(value, separator = "\n") {
  if (typeof value === "string") return value;
  if (!Array.isArray(value)) return "";
  if (value.length === 1 && value[0].text === "") return "";
  return value.map((l) => formatLine(l.speaker, l.text)).join(separator);
}

// Gradio's default_unformatter on one line: "[speaker] text", else the whole line is the text
// of `defaultSpeaker`.
export function unformatLine(line, defaultSpeaker) {
  const s = line.trim();
  if (!s) return { speaker: "", text: "" };
  const end = s.indexOf("]");
  if (s.startsWith("[") && end >= 0) return { speaker: s.slice(1, end), text: s.slice(end + 1).trim() };
  return { speaker: defaultSpeaker, text: s };
}

// Gradio's unformat: plain text back into lines, split at `separator`; blank lines are skipped;
// a line without "[speaker]" goes to the first speaker ("Unknown" when there are none).
export function unformat(text, separator = "\n", speakers = []) {
  if (!text || !text.trim()) return [];
  const fallback = speakers?.length ? speakers[0] : "Unknown";
  const out = [];
  for (const raw of text.split(separator || "\n")) {
    if (!raw.trim()) continue;
    const line = unformatLine(raw, fallback);
    if (line.speaker || line.text) out.push(line);
  }
  return out;
}

// What a page function receives (Dialogue.preprocess): `type` "list" gives the lines (or the
// string a plain-text edit left), "text" (the default) the formatted string.
export function toArgument(value, props = {}) {
  if (value === null || value === undefined) return null;
  if (props.type === "list") return Array.isArray(value) ? value.map((l) => ({ speaker: l.speaker, text: l.text })) : value;
  return format(value, props.separator ?? "\n");
}

// What a function returns -> the wire value (Dialogue.postprocess): None, a string, or a list of
// {speaker, text} dictionaries whose both fields are strings (Gradio's DialogueLine model).
export function toWire(value) {
  if (value === null || value === undefined) return null;
  if (isUpdate(value)) return "value" in value ? { ...value, value: toWire(value.value) } : value;
  if (typeof value === "string") return value;
  if (!Array.isArray(value)) {
    throw new Error(`Dialogue expects a list of {speaker, text} dictionaries or a string, got ${describe(value)}`);
  }
  return value.map((line, i) => {
    if (!line || typeof line !== "object" || Array.isArray(line)) {
      throw new Error(`Dialogue expects each line to be a {speaker, text} dictionary, got ${describe(line)} at index ${i}`);
    }
    for (const key of ["speaker", "text"]) {
      if (typeof line[key] !== "string") throw new Error(`Dialogue expects line ${i}'s "${key}" to be a string, got ${describe(line[key])}`);
    }
    return { speaker: line.speaker, text: line.text };
  });
}

// Gradio's default speaker tints, in its colour-name order.
export const TINTS = {
  red: "rgba(254, 202, 202, 0.7)",
  green: "rgba(209, 250, 229, 0.7)",
  blue: "rgba(219, 234, 254, 0.7)",
  yellow: "rgba(254, 243, 199, 0.7)",
  purple: "rgba(233, 213, 255, 0.7)",
  teal: "rgba(204, 251, 241, 0.7)",
  orange: "rgba(254, 215, 170, 0.7)",
  cyan: "rgba(207, 250, 254, 0.7)",
  lime: "rgba(217, 249, 157, 0.7)",
  pink: "rgba(252, 231, 243, 0.7)",
};
const ORDER = Object.keys(TINTS);

// speaker -> background, drawn only while the dialogue is not interactive (Gradio). Without a
// color_map each speaker gets the next tint. A color_map's theme names get the same tints; other
// colours must be colour-shaped (safeColor) and are mixed half with white, so the black text
// Gradio puts on a tinted line stays readable in light and dark themes.
export function speakerColors(props = {}) {
  const out = {};
  if (props.color_map && typeof props.color_map === "object") {
    for (const [speaker, color] of Object.entries(props.color_map)) {
      const c = safeColor(color);
      if (!c) continue;
      out[speaker] = TINTS[c] ?? (c === "transparent" ? null : `color-mix(in srgb, ${c} 50%, white)`);
    }
  } else {
    (props.speakers ?? []).forEach((s, i) => (out[s] = TINTS[ORDER[i % ORDER.length]]));
  }
  return out;
}

// The tag being typed before the cursor: the text after the last ":" when it has no space
// (Gradio's menu trigger), else null.
export function tagQuery(text, cursor) {
  const colon = text.lastIndexOf(":", cursor - 1);
  if (colon < 0 || cursor <= colon) return null;
  const query = text.slice(colon + 1, cursor);
  return query.includes(" ") ? null : query;
}

// The tags whose name contains the query, case-insensitively, in their order.
export function filterTags(tags, query) {
  const q = query.toLowerCase();
  return (tags ?? []).filter((t) => !q || t.toLowerCase().includes(q));
}

// Picking a tag replaces ":query" before the cursor with the tag and a space; the new text and
// where the cursor goes.
export function insertTag(text, cursor, tag) {
  const colon = text.lastIndexOf(":", cursor - 1);
  if (colon < 0) return null;
  const before = text.slice(0, colon);
  return { text: `${before}${tag} ${text.slice(cursor)}`, cursor: before.length + tag.length + 1 };
}

// Line `index` shows "Add new line" while the dialogue has room: Gradio hides it from the line
// max_lines - 1 on; Graft also keeps line 0's from passing max_lines.
export function canAdd(index, count, maxLines) {
  if (maxLines === null || maxLines === undefined) return true;
  return index < maxLines - 1 && count < maxLines;
}

// Gradio's buttons: ["copy"] when unset; only string entries are drawn here.
export function showsCopy(props = {}) {
  const buttons = props.buttons ?? ["copy"];
  return props.show_label !== false && Array.isArray(buttons) && buttons.includes("copy");
}
