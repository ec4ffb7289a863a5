// gr.Chatbot's value logic, pure and Node-tested: what a function may return (messages,
// ChatMessage-like objects, old [user, bot] pairs) made into Gradio's wire messages, and the
// wire messages made into what Gradio's ChatBot.svelte draws (normalise_messages: one part per
// content item, thoughts nested by metadata.parent_id, groups of consecutive roles).

const ROLES = new Set(["user", "assistant", "system"]);
const shown = (v) => {
  try {
    return JSON.stringify(v)?.slice(0, 80) ?? String(v);
  } catch {
    return String(v);
  }
};

// Python's inspect.cleandoc, which Gradio applies to a message given as a bare string: tabs
// expanded, the common indentation of lines after the first removed, blank edges dropped.
export function cleandoc(text) {
  const lines = String(text).replace(/\t/g, "        ").split("\n");
  const rest = lines.slice(1).filter((l) => l.trim());
  const indent = rest.length ? Math.min(...rest.map((l) => l.length - l.trimStart().length)) : 0;
  const out = [lines[0].trimStart(), ...lines.slice(1).map((l) => l.slice(indent))];
  while (out.length && !out[0].trim()) out.shift();
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out.join("\n");
}

const isBlob = (v) => typeof Blob !== "undefined" && v instanceof Blob;
const isFileLike = (v) => isBlob(v) || (v && typeof v === "object" && (typeof v.path === "string" || typeof v.url === "string" || v.data instanceof Uint8Array || v.data instanceof ArrayBuffer));

// One content item a function returned -> a wire part, or null (Gradio drops None). `fileOf`
// turns a returned file (URL/path, Blob, bytes, FileData) into FileData (the app's FileStore).
function partOf(item, fileOf, where) {
  if (item == null) return null;
  if (typeof item === "string") return { type: "text", text: cleandoc(item) };
  if (typeof item === "number" || typeof item === "boolean") return { type: "text", text: String(item) };
  if (typeof item !== "object") throw new Error(`${where}: expected text, a file or a list of them, got ${shown(item)}`);
  if (item.type === "text" && typeof item.text === "string") return { type: "text", text: item.text };
  if (item.type === "component") return item;
  if (item.type === "file" || (item.file != null && !isBlob(item))) {
    if (item.file == null) throw new Error(`${where}: a file part needs "file", got ${shown(item)}`);
    return { type: "file", file: fileOf(item.file), alt_text: item.alt_text ?? null };
  }
  if (isBlob(item)) return { type: "file", file: fileOf(item), alt_text: null };
  if (isFileLike(item)) {
    const { alt_text = null, ...file } = item;
    return { type: "file", file: fileOf(file), alt_text };
  }
  throw new Error(`${where}: expected text, a file or a list of them, got ${shown(item)}`);
}

function contentOf(content, fileOf, where) {
  const items = Array.isArray(content) ? content : [content];
  return items.map((c, i) => partOf(c, fileOf, Array.isArray(content) ? `${where}[${i}]` : where)).filter(Boolean);
}

// [user, bot] pairs (Gradio's old "tuples" format): a side is text, a file, or [path, alt_text].
function pairToMessages(pair, fileOf, where) {
  return pair.flatMap((side, s) => {
    if (side == null) return [];
    const role = s === 0 ? "user" : "assistant";
    const item = Array.isArray(side) ? { type: "file", file: side[0], alt_text: side[1] ?? null } : side;
    const content = contentOf(item, fileOf, `${where}[${s}]`);
    return content.length ? [{ role, content, metadata: null, options: null }] : [];
  });
}

const isPair = (m) => Array.isArray(m) && m.length === 2;
export const hasPairs = (value) => Array.isArray(value) && value.some(isPair);

// What a function returned for a Chatbot -> Gradio's wire messages. Throws naming the problem.
// Each item is a message or a [user, bot] pair (the core's postprocess takes both, item by item).
export function toMessages(value, fileOf = (f) => f) {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new Error(`Chatbot expects a list of messages [{role, content}], got ${shown(value)}`);
  const out = [];
  value.forEach((m, i) => {
    const where = `value[${i}]`;
    if (isPair(m)) return out.push(...pairToMessages(m, fileOf, where));
    if (!m || typeof m !== "object" || Array.isArray(m) || !("role" in m) || !("content" in m))
      throw new Error(`Chatbot expects a list of messages {role: "user"|"assistant", content}; ${where} is ${shown(m)}`);
    if (!ROLES.has(m.role)) throw new Error(`Chatbot: ${where}.role must be "user", "assistant" or "system", got ${shown(m.role)}`);
    if (m.metadata != null && (typeof m.metadata !== "object" || Array.isArray(m.metadata))) throw new Error(`Chatbot: ${where}.metadata must be an object, got ${shown(m.metadata)}`);
    if (m.options != null && !Array.isArray(m.options)) throw new Error(`Chatbot: ${where}.options must be a list of {value, label}, got ${shown(m.options)}`);
    const content = contentOf(m.content, fileOf, `${where}.content`);
    // Gradio drops a message whose content list holds nothing; a bare "" stays a message.
    if (!content.length && Array.isArray(m.content)) return;
    out.push({ role: m.role, content, metadata: m.metadata ?? null, options: m.options ?? null });
  });
  return out;
}

// The wire value as a page function receives it (Gradio's preprocess: dicts with `content` a
// list of {type: "text", text} / {type: "file", file: FileData, alt_text}); a copy it may change.
export function argumentOf(value) {
  if (!Array.isArray(value)) return [];
  return value.map((m) => ({
    role: m.role,
    content: (Array.isArray(m.content) ? m.content : [m.content]).map((p) => (typeof p === "string" ? { type: "text", text: p } : structuredCopy(p))),
    metadata: m.metadata ? structuredCopy(m.metadata) : null,
    options: m.options ? structuredCopy(m.options) : null,
  }));
}
const structuredCopy = (v) => JSON.parse(JSON.stringify(v));

// ---- drawing ----

const EXT = {
  image: ["png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif", "ico"],
  audio: ["wav", "mp3", "ogg", "oga", "flac", "m4a", "aac", "opus", "weba"],
  video: ["mp4", "webm", "mov", "mkv", "ogv", "avi", "m4v"],
};

// image | audio | video | file, from the MIME type (Gradio) or, without one, the extension.
export function fileKind(file) {
  const mime = String(file?.mime_type ?? "");
  for (const kind of ["audio", "video", "image"]) if (mime.includes(kind)) return kind;
  if (mime) return "file";
  const ext = extensionOf(file).toLowerCase();
  for (const [kind, list] of Object.entries(EXT)) if (list.includes(ext)) return kind;
  return "file";
}

const MIME = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", svg: "image/svg+xml",
  bmp: "image/bmp", avif: "image/avif", wav: "audio/wav", mp3: "audio/mpeg", ogg: "audio/ogg", flac: "audio/flac",
  m4a: "audio/mp4", opus: "audio/opus", weba: "audio/webm", mp4: "video/mp4", webm: "video/webm", mov: "video/quicktime",
  pdf: "application/pdf", txt: "text/plain", csv: "text/csv", json: "application/json",
};

// A returned file's FileData with Gradio's mime_type (client_utils.get_mimetype: by extension)
// when it has none.
export function withMime(file) {
  if (!file || typeof file !== "object" || file.mime_type) return file;
  const mime = MIME[extensionOf(file).toLowerCase()];
  return mime ? { ...file, mime_type: mime } : file;
}

// A returned file through the app's FileStore (which names the files it holds), with its type.
export function fileFromStore(store, f) {
  return withMime(store ? store.fromReturn(f) : f);
}

export function fileName(file) {
  const path = String(file?.path ?? file?.url ?? "");
  return file?.orig_name || path.split(/[?#]/)[0].split("/").pop() || "file";
}

export function extensionOf(file) {
  const name = file?.orig_name || String(file?.path ?? file?.url ?? "").split(/[?#]/)[0];
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") && dot >= 0 ? name.slice(dot + 1) : "";
}

// One wire content item -> Gradio's normalised content: text stays a string; a file becomes
// {component: image|audio|video|file, value, alt_text, …} (a "file" component holds a list).
function normalisedContent(part) {
  if (part?.type === "text") return { type: "text", content: String(part.text ?? "") };
  if (typeof part === "string" || typeof part === "number") return { type: "text", content: String(part) };
  // A value not yet in wire form (a config's initial value): {path|url} or {file} is a file.
  if (part && !part.type && (part.file || typeof part.path === "string" || typeof part.url === "string")) part = { type: "file", file: part.file ?? part, alt_text: part.alt_text };
  if (part?.type === "file") {
    const file = Array.isArray(part.file) ? part.file[0] : part.file;
    const component = fileKind(file);
    const value = component === "file" ? (Array.isArray(part.file) ? part.file : [part.file]) : part.file;
    return { type: "component", content: { component, value, alt_text: part.alt_text ?? null, constructor_args: {}, props: {} } };
  }
  return { type: "component", content: { component: part?.component ?? "unknown", value: part?.value ?? null, alt_text: part?.alt_text ?? null, constructor_args: part?.constructor_args ?? {}, props: part?.props ?? {} } };
}

// Gradio's normalise_messages: one part per content item, carrying its message's index, role,
// metadata and options; a part whose metadata.parent_id names an earlier thought (metadata
// with id and title) becomes that thought's child instead of a part of its own.
export function normalise(messages) {
  if (!Array.isArray(messages)) return [];
  const thoughts = new Map();
  const out = [];
  messages.forEach((m, i) => {
    const content = Array.isArray(m?.content) ? m.content : m?.content == null ? [] : [m.content];
    const { id, title, parent_id: parent } = m?.metadata ?? {};
    for (const c of content) {
      const part = { role: m.role, metadata: m.metadata ?? null, index: i, options: m.options ?? null, ...normalisedContent(c) };
      const node = parent != null && thoughts.get(String(parent));
      if (node) {
        const child = { ...part, children: [] };
        node.children.push(child);
        if (id != null && title) thoughts.set(String(id), child);
        continue;
      }
      if (id != null && title) {
        const thought = { ...part, children: [] };
        thoughts.set(String(id), thought);
        out.push(thought);
        continue;
      }
      out.push(part);
    }
  });
  return out;
}

// Gradio's group_messages: consecutive parts of one role share a bubble (unless
// group_consecutive_messages is false); system messages are not drawn.
export function groupParts(parts, consecutive = true) {
  const groups = [];
  let current = null;
  for (const part of parts) {
    if (part.role !== "user" && part.role !== "assistant") continue;
    if (consecutive && current && current.role === part.role) current.parts.push(part);
    else groups.push((current = { role: part.role, parts: [part] }));
  }
  return groups;
}

export const roleName = (role) => (role === "user" ? "user" : "bot");

// The text after "<role>'s message: " in a message's aria-label (Gradio's get_message_label_data).
export function partLabel(part) {
  if (part.type === "text") return part.content;
  if (part.content.component === "file") {
    const files = part.content.value ?? [];
    const first = files[0];
    return `file of extension type: ${extensionOf(first)}${files.length === 1 ? fileName(first) : ""}`;
  }
  return `a component of type ${part.content.component ?? "unknown"}`;
}

// Gradio's get_thought_content / all_text: what "Copy message" copies for a group of text parts.
function thoughtText(part, depth = 0) {
  const indent = "  ".repeat(depth);
  let text = part.metadata?.title ? `${indent}${depth > 0 ? "- " : ""}${part.metadata.title}\n` : "";
  if (typeof part.content === "string") text += `${indent}  ${part.content}\n`;
  for (const child of part.children ?? []) text += thoughtText(child, depth + 1);
  return text;
}
export const isAllText = (parts) => parts.every((p) => typeof p.content === "string");
export const groupText = (parts) => parts.map((p) => (p.metadata?.title ? thoughtText(p) : p.content)).join("\n");

// "Copy conversation": each part as "role: text" (a file as its URL), blank-line separated.
export function conversationText(parts) {
  return parts.map((p) => `${p.role}: ${typeof p.content === "string" ? p.content : [].concat(p.content.value ?? []).map((f) => f?.url ?? f?.path ?? "").join(" ")}`).join("\n\n");
}

// Gradio's thought duration: "3s", "3.2s", or "45.0ms" under 0.1 s.
export function formatDuration(d) {
  if (typeof d !== "number" || !Number.isFinite(d)) return "";
  if (Number.isInteger(d)) return `${d}s`;
  return d >= 0.1 ? `${d.toFixed(1)}s` : `${(d * 1000).toFixed(1)}ms`;
}

// A thought's header suffix: "<log> (<duration>)", as Thought.svelte shows it.
export function thoughtMeta(metadata) {
  const log = metadata?.log ?? "";
  const duration = metadata?.duration != null ? `(${formatDuration(metadata.duration)})` : "";
  return [log, duration].filter(Boolean).join(" ");
}

// RetryData / UndoData: the last part that is not the assistant's (ChatBot.svelte).
export function lastUserData(parts) {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i].role !== "assistant") return { index: parts[i].index, value: parts[i].content };
  return null;
}

// LikeData for a group: its first part's index, every part's content, liked true (Like),
// false (Dislike), a custom feedback string, or "" when a choice is taken back.
export function likeData(group, selection) {
  const liked = selection === "Like" ? true : selection === "Dislike" ? false : selection || "";
  return { index: group.parts[0].index, value: group.parts.map((p) => p.content), liked };
}

// Which of Gradio's buttons show. Gradio's Python writes likeable/_retryable/_undoable (true
// once a like/retry/undo listener exists); a config without them (the JS builder's) shows them,
// as the page cannot see listeners. `buttons` (default share, copy, copy_all) picks the copy buttons.
export function buttonsFor(props) {
  const list = Array.isArray(props.buttons) ? props.buttons.filter((b) => typeof b === "string") : null;
  const has = (name) => (list ? list.includes(name) : true);
  const options = Array.isArray(props.feedback_options) ? props.feedback_options.map(String) : props.feedback_options === null ? [] : ["Like", "Dislike"];
  return {
    copy: props.show_copy_button ?? has("copy"),
    copyAll: has("copy_all"),
    like: (props.likeable ?? true) && options.length > 0,
    likeUser: props.like_user_message === true,
    feedback: options,
    retry: props._retryable ?? true,
    undo: props._undoable ?? true,
    download: props.allow_file_downloads !== false,
  };
}

// Edit is offered for every message with editable "all", for the user's text with "user".
export function canEdit(editable, group) {
  if (editable === "all") return true;
  return editable === "user" && group.role === "user" && group.parts[group.parts.length - 1]?.type === "text";
}

// The value after editing message `index` to `text`: Gradio replaces its content with the text.
export function editedValue(value, index, text) {
  return value.map((m, i) => (i === index ? { ...m, content: [{ type: "text", text }] } : m));
}

// Examples as cards: a string or {text, display_text?, files?, icon?}.
export function exampleCards(examples) {
  if (!Array.isArray(examples)) return [];
  return examples.map((e) => (typeof e === "string" ? { text: e } : e && typeof e === "object" ? e : { text: String(e) }));
}
export const exampleData = (index, card) => ({ index, value: { text: card.text, files: card.files } });

// Options ({value, label}) offered under the conversation: the last group's, when it is the bot's.
export function lastOptions(groups) {
  const last = groups[groups.length - 1];
  if (!last || last.role !== "assistant") return [];
  const options = last.parts[last.parts.length - 1].options;
  return Array.isArray(options) ? options.filter((o) => o && o.value != null) : [];
}

// An avatar_images entry: a FileData (Gradio's config), a URL string, or null.
export const avatarUrl = (a) => (typeof a === "string" ? a : a?.url ?? a?.path ?? null);

export function cssSize(v) {
  return v == null ? "" : typeof v === "number" ? `${v}px` : String(v);
}
