// gr.Chatbot: Gradio's Block > BlockLabel ("Chatbot") > toolbar ("Clear", "Copy conversation") >
// div.bubble-wrap|panel-wrap[role=log] > div.message-wrap > one row per group of messages
// (message.js), then the "Loading response" dots while its event is pending, or the last reply's
// options. Empty: the placeholder and example cards. Rows are kept between values: only groups
// whose parts changed are touched, so a streamed token re-renders the last message alone.
import { applyBlock, block, blockLabel, redrawSignal, updateBlockLabel } from "../atoms/block.js";
import * as h from "./helpers.js";
import { groupView, removeGroup, updateGroup } from "./message.js";
import { sniffType } from "./content.js";
import { drawEmpty, optionButtons, pendingDots } from "./extras.js";
import { iconBtn, setLabel } from "./icons.js";
import { css } from "./style.js";

// Props whose change redraws every row (they shape each message's DOM).
const REBUILD = ["layout", "group_consecutive_messages", "render_markdown", "sanitize_html", "latex_delimiters", "line_breaks", "rtl", "avatar_images", "_selectable", "editable"];
const CHAT_DELIMITERS = [{ left: "$$", right: "$$", display: true }]; // gr.Chatbot's default

function create(props, ctx) {
  const el = block(props, { kind: "chatbot" });
  const label = blockLabel(props, "Chatbot");
  const toolbar = document.createElement("div");
  toolbar.className = "icon-button-wrapper top-panel";
  const log = document.createElement("div");
  log.setAttribute("role", "log");
  log.setAttribute("aria-label", "chatbot conversation");
  log.setAttribute("aria-live", "polite");
  log.tabIndex = 0; // the log scrolls: keyboard users can scroll it too (Gradio's cannot be focused)
  const wrap = document.createElement("div");
  wrap.className = "message-wrap";
  const end = document.createComment("end of messages");
  wrap.append(end);
  const empty = document.createElement("div");
  empty.className = "placeholder-content";
  empty.setAttribute("role", "complementary");
  log.append(wrap, empty);
  const down = document.createElement("div");
  down.className = "scroll-down-button-container";
  down.hidden = true;
  el.append(label, toolbar, log, down);
  const view = {
    el, label, toolbar, log, wrap, end, empty, down, groups: [], env: {}, rebuildKey: null, emptyKey: null,
    state: { likes: new Map(), toggles: new Map(), editing: null }, renders: new Set(), stick: true, sniff: sniffType,
  };
  // Resolves once every Markdown render asked so far has landed (tests, benches).
  view.idle = async () => {
    while (view.renders.size) await Promise.allSettled([...view.renders]);
  };
  const redraw = () => draw(view, ctx.props(), ctx);
  const opts = { signal: ctx.signal };
  toolbar.append(
    iconBtn("Clear", "trash", () => {
      view.state = { likes: new Map(), toggles: new Map(), editing: null };
      ctx.setValue([], "clear");
      redraw();
    }, ctx.signal),
    (view.copyAll = iconBtn("Copy conversation", "copy", () => {
      navigator.clipboard?.writeText(h.conversationText(view.env.parts ?? [])).catch(() => {});
      setLabel(view.copyAll, "Copied conversation");
      setTimeout(() => setLabel(view.copyAll, "Copy conversation"), 1000);
    }, ctx.signal)),
  );
  down.append(iconBtn("Scroll down", "down", () => scrollDown(view), ctx.signal));
  // Gradio: new content scrolls the log down unless the user scrolled up; then "Scroll down".
  log.addEventListener("scroll", () => {
    view.stick = !(log.scrollHeight - log.scrollTop - log.clientHeight >= 100);
    down.hidden = view.stick;
  }, opts);
  // The app marks the block with its event's status; "pending" shows Gradio's loading dots.
  const Observer = el.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (Observer) {
    const observer = new Observer(redraw);
    observer.observe(el, { attributes: true, attributeFilter: ["data-status"] });
    ctx.signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  }
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  applyBlock(view.el, props);
  view.el.style.height = h.cssSize(props.height ?? 400);
  view.el.style.minHeight = h.cssSize(props.min_height);
  view.el.style.maxHeight = h.cssSize(props.max_height);
  updateBlockLabel(view.label, props, "Chatbot");
  view.el.dir = props.rtl ? "rtl" : "ltr";
  draw(view, props, ctx);
}

function draw(view, props, ctx) {
  const raw = Array.isArray(props.value) ? props.value : [];
  const value = h.hasPairs(raw) ? pairsOr(raw) : raw;
  const parts = h.normalise(value);
  const groups = h.groupParts(parts, props.group_consecutive_messages !== false);
  const status = view.el.dataset.status;
  const env = Object.assign(view.env, {
    ctx, signal: ctx.signal, state: view.state, value, parts,
    layout: props.layout === "panel" ? "panel" : "bubble",
    consecutive: props.group_consecutive_messages !== false,
    markdown: props.render_markdown !== false,
    mdOptions: { lineBreaks: props.line_breaks !== false, latexDelimiters: props.latex_delimiters ?? CHAT_DELIMITERS, sanitizeHtml: props.sanitize_html !== false },
    rtl: props.rtl === true, selectable: props._selectable === true,
    avatars: [0, 1].map((i) => h.avatarUrl(props.avatar_images?.[i])),
    buttons: h.buttonsFor(props), editable: props.editable ?? null, feedbackValue: props.feedback_value ?? null,
    busy: status === "pending" || status === "generating",
    track: (p) => {
      view.renders.add(p);
      p.finally(() => view.renders.delete(p));
    },
    rendered: () => stickDown(view, props),
    sniff: (url) => view.sniff(url),
    redraw: () => draw(view, ctx.props(), ctx),
  });
  const rebuildKey = JSON.stringify(REBUILD.map((k) => props[k] ?? null));
  if (rebuildKey !== view.rebuildKey) {
    for (const gv of view.groups.splice(0)) removeGroup(gv);
    view.rebuildKey = rebuildKey;
  }
  let bots = 0;
  const common = JSON.stringify([env.busy, env.buttons, env.feedbackValue]);
  groups.forEach((group, k) => {
    const last = group.parts[group.parts.length - 1];
    const meta = { k, botIndex: group.role === "assistant" ? bots++ : null, isLastBot: group.role === "assistant" && last === parts[parts.length - 1] };
    // A group is redrawn when its parts, its place or its buttons' state changed.
    const sig = `${common}|${k}|${meta.botIndex}|${meta.isLastBot}|${view.state.editing === k}|${view.state.likes.get(group.parts[0].index) ?? null}|${JSON.stringify(group.parts)}`;
    const gv = view.groups[k];
    if (gv && gv.role === group.role) {
      if (gv.sig !== sig) updateGroup(gv, group, meta, env);
      gv.sig = sig;
      return;
    }
    const made = groupView(group, meta, env);
    made.sig = sig;
    if (gv) {
      gv.nodes[0].before(...made.nodes);
      removeGroup(gv);
    } else made.nodes.forEach((n) => view.wrap.insertBefore(n, view.end));
    view.groups[k] = made;
  });
  for (const gv of view.groups.splice(groups.length)) removeGroup(gv);
  drawTail(view, props, groups, env);
  stickDown(view, props);
}

// After the rows: the loading dots while pending (Gradio's Pending), else the last reply's
// options; with no messages, the toolbar goes and the placeholder and examples show.
function drawTail(view, props, groups, env) {
  view.log.className = env.layout === "panel" ? "panel-wrap" : "bubble-wrap";
  const hasValue = groups.length > 0;
  view.toolbar.hidden = !hasValue;
  view.copyAll.hidden = !env.buttons.copyAll;
  view.pending?.remove();
  view.options?.remove();
  view.pending = view.options = null;
  // The options are redrawn with every draw (each streamed token): the replaced ones' listeners go.
  const signal = redrawSignal(view, "optionsDrawn", env.signal);
  const pending = view.el.dataset.status === "pending" && view.el.dataset.showProgress !== "hidden";
  if (hasValue && pending) view.wrap.append((view.pending = pendingDots(env)));
  const options = h.lastOptions(groups);
  if (hasValue && !pending && options.length) view.wrap.append((view.options = optionButtons(options, env, signal)));
  view.empty.hidden = hasValue;
  const emptyKey = JSON.stringify([props.placeholder ?? null, props.examples ?? null]);
  if (!hasValue && emptyKey !== view.emptyKey) drawEmpty(view, props, env);
  view.emptyKey = hasValue ? null : emptyKey;
}

// A value holding [user, bot] pairs (a config's own value, not yet through the core) as messages.
function pairsOr(raw) {
  try {
    return h.toMessages(raw);
  } catch {
    return raw;
  }
}

// At most once a frame (each Markdown render lands separately; a scroll forces a layout).
function stickDown(view, props) {
  if (props.autoscroll === false || !view.stick || view.stickQueued) return;
  view.stickQueued = true;
  const frame = globalThis.requestAnimationFrame ?? ((f) => setTimeout(f, 16));
  frame(() => {
    view.stickQueued = false;
    if (view.stick) view.log.scrollTop = view.log.scrollHeight;
  });
}

function scrollDown(view) {
  view.stick = true;
  view.down.hidden = true;
  view.log.scrollTop = view.log.scrollHeight;
}

export default {
  receives: "a list of messages [{role, content: [{type: \"text\", text} | {type: \"file\", file: FileData, alt_text}], metadata, options}]",
  create,
  update,
  css,
  toolbar: (view) => view.toolbar, // where Gradio 6's custom buttons go
  edge: {
    argument: (value) => h.argumentOf(value),
    // Messages, ChatMessage-like objects or [user, bot] pairs; files through the app's store.
    output: (value, props, app) => {
      const fileOf = (f) => h.fileFromStore(app?.files, f);
      if (value && !Array.isArray(value) && value.__type__ === "update") return "value" in value ? { ...value, value: h.toMessages(value.value, fileOf) } : value;
      return h.toMessages(value, fileOf);
    },
  },
};
