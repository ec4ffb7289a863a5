// One group of consecutive messages of one role, as Gradio's Message.svelte and ButtonPanel.svelte
// draw it: div.message-row.<layout>.<role>-row > [avatar] div.flex-wrap > div.message.<role> >
// one div.message per part > div[data-testid=user|bot][aria-label="<role>'s message: …"], and the
// buttons (Copy message, Download, Retry, Undo, Edit, Dislike, Like, Feedback). A group is
// updated in place: only parts whose content changed are redrawn (a streamed reply re-renders
// its last part alone).
import { canEdit, editedValue, fileName, groupText, isAllText, lastUserData, likeData, partLabel, roleName } from "./helpers.js";
import { contentBox, setContent } from "./content.js";
import { setThought, thoughtView } from "./thoughts.js";
import { iconBtn, setLabel, svgIcon } from "./icons.js";
import { redrawSignal } from "../atoms/block.js";

export function groupView(group, meta, env) {
  const role = roleName(group.role);
  const row = document.createElement("div");
  row.className = `message-row ${env.layout} ${role}-row`;
  const avatar = env.avatars[group.role === "user" ? 0 : 1];
  if (avatar) {
    row.classList.add("with_avatar");
    const box = document.createElement("div");
    box.className = "avatar-container";
    const img = document.createElement("img");
    img.className = "avatar-image";
    img.src = avatar;
    img.alt = `${role} avatar`;
    box.append(img);
    row.append(box);
  }
  const wrap = document.createElement("div");
  wrap.className = "flex-wrap role";
  const inner = document.createElement("div");
  if (env.consecutive) inner.className = `message ${role}`;
  wrap.append(inner);
  row.append(wrap);
  const panel = document.createElement("div");
  if (env.layout === "panel") inner.append(panel);
  const gv = { role: group.role, row, wrap, inner, panel, parts: [], group, meta, panelKey: null, avatar: Boolean(avatar) };
  gv.nodes = env.layout === "panel" ? [row] : [row, panel];
  updateGroup(gv, group, meta, env);
  return gv;
}

export function updateGroup(gv, group, meta, env) {
  gv.group = group;
  gv.meta = meta;
  const editing = env.state.editing === meta.k;
  group.parts.forEach((part, j) => {
    const key = JSON.stringify(part) + (editing ? "|edit" : "");
    const pv = gv.parts[j];
    if (pv?.key === key) return;
    const titled = Boolean(part.metadata?.title);
    if (pv && !editing && !pv.editing && pv.titled === titled) {
      setPart(pv, part, env);
      pv.key = key;
      return;
    }
    const made = partView(part, j, editing, env);
    made.key = key;
    if (pv) {
      pv.drawn.abort();
      pv.el.replaceWith(made.el);
    } else gv.inner.insertBefore(made.el, env.layout === "panel" ? gv.panel : null);
    gv.parts[j] = made;
  });
  for (const old of gv.parts.splice(group.parts.length)) {
    old.drawn.abort();
    old.el.remove();
  }
  gv.wrap.classList.toggle("component-wrap", group.parts[0]?.type === "component");
  drawPanel(gv, env);
}

// A group leaving the log: its parts' and buttons' listeners go with its elements.
export function removeGroup(gv) {
  gv.nodes.forEach((n) => n.remove());
  for (const pv of gv.parts) pv.drawn.abort();
  gv.panelDrawn?.abort();
}

function partView(part, j, editing, env) {
  const role = roleName(part.role);
  const el = document.createElement("div");
  el.className = "message panel-full-width";
  if (!env.consecutive) el.classList.add(role);
  el.classList.toggle("message-markdown-disabled", !env.markdown);
  el.classList.toggle("component", part.type === "component");
  el.classList.toggle("thought", j > 0);
  const pv = { el, part, titled: Boolean(part.metadata?.title), editing: editing && part.type === "text" };
  // A part redrawn in place keeps its elements; a replaced or removed one drops its listeners.
  const signal = redrawSignal(pv, "drawn", env.signal);
  if (pv.editing) {
    pv.textarea = document.createElement("textarea");
    pv.textarea.className = "edit-textarea";
    pv.textarea.setAttribute("aria-label", "Edit message");
    pv.textarea.value = part.content;
    el.append(pv.textarea);
    return pv;
  }
  const body = document.createElement("div");
  body.dataset.testid = role;
  // Gradio names the message with aria-label on a plain div; a role lets the name apply.
  body.setAttribute("role", "group");
  body.dir = env.rtl ? "rtl" : "ltr";
  body.style.textAlign = env.rtl ? "right" : "left";
  if (env.selectable) {
    body.classList.add("selectable");
    body.tabIndex = 0;
    const select = () => env.ctx.emit("select", { index: pv.part.index, value: pv.part.content });
    body.addEventListener("click", select, { signal });
    body.addEventListener("keydown", (e) => e.key === "Enter" && select(), { signal });
  }
  pv.body = body;
  pv.content = pv.titled ? thoughtView(part, env, `t${part.index}:${j}`, signal) : contentBox(part, env);
  body.append(pv.content.el);
  el.append(body);
  setPart(pv, part, env);
  return pv;
}

function setPart(pv, part, env) {
  pv.part = part;
  pv.body.setAttribute("aria-label", `${roleName(part.role)}'s message: ${partLabel(part)}`);
  if (pv.titled) setThought(pv.content, part, env);
  else setContent(pv.content, part, env);
}

// The group's buttons, redrawn only when what they show changed.
function drawPanel(gv, env) {
  const { group, meta } = gv;
  const b = env.buttons;
  const editing = env.state.editing === meta.k;
  const first = group.parts[0].index;
  const selected = env.state.likes.has(first) ? env.state.likes.get(first) : group.role === "assistant" ? env.feedbackValue?.[meta.botIndex] ?? null : null;
  const file = group.parts.map((p) => p.content?.value).find((v) => v && typeof v === "object");
  const shows = {
    copy: b.copy && isAllText(group.parts),
    download: b.download && Boolean(file && [].concat(file)[0]?.url),
    retry: b.retry && meta.isLastBot,
    undo: b.undo && meta.isLastBot,
    edit: canEdit(env.editable, group),
    like: b.like && (group.role === "assistant" || b.likeUser),
  };
  const key = JSON.stringify([shows, editing, selected, env.busy, b.feedback, env.layout, shows.download && [].concat(file)[0]?.url]);
  if (gv.panelKey === key) return;
  gv.panelKey = key;
  // Redrawn as the busy state or a like changes: the replaced buttons' listeners go.
  const signal = redrawSignal(gv, "panelDrawn", env.signal);
  const side = group.role === "user" ? "right" : "left";
  gv.panel.className = `message-buttons-${side} ${env.layout} message-buttons${gv.avatar ? " with-avatar" : ""}`;
  const bar = document.createElement("div");
  bar.className = "icon-button-wrapper";
  const add = (label, icon, fn, opts) => {
    const button = iconBtn(label, icon, fn, signal, opts);
    bar.append(button);
    return button;
  };
  if (editing) {
    add("Submit", "check", () => submitEdit(gv, env));
    add("Cancel", "close", () => setEditing(env, null));
  } else {
    if (shows.copy) {
      const copy = add("Copy message", "copy", () => {
        const value = groupText(gv.group.parts);
        navigator.clipboard?.writeText(value).catch(() => {});
        setLabel(copy, "Copied message");
        setTimeout(() => setLabel(copy, "Copy message"), 2000);
        env.ctx.emit("copy", { index: gv.group.parts[0].index, value });
      });
    }
    if (shows.download) bar.append(downloadLink([].concat(file)[0]));
    if (shows.retry) add("Retry", "retry", () => env.ctx.emit("retry", lastUserData(env.parts))).disabled = env.busy;
    if (shows.undo) add("Undo", "undo", () => env.ctx.emit("undo", lastUserData(env.parts))).disabled = env.busy;
    if (shows.edit) add("Edit", "edit", () => setEditing(env, meta.k)).disabled = env.busy;
    if (shows.like) likeButtons(bar, gv, selected, env, signal);
  }
  gv.panel.replaceChildren(bar);
  gv.panel.hidden = bar.childElementCount === 0;
}

// Dislike and Like (Gradio's order), "Disliked"/"Liked" while chosen; other feedback_options
// under a "Feedback" button. Choosing again takes the choice back (liked: "").
function likeButtons(bar, gv, selected, env, signal) {
  const choose = (option) => {
    const next = selected === option ? null : option;
    env.state.likes.set(gv.group.parts[0].index, next);
    env.ctx.emit("like", likeData(gv.group, next));
    drawPanel(gv, env);
  };
  for (const [option, on, off, icon] of [["Dislike", "Disliked", "Dislike", "dislike"], ["Like", "Liked", "Like", "like"]]) {
    if (!env.buttons.feedback.includes(option)) continue;
    const button = iconBtn(selected === option ? on : off, icon, () => choose(option), signal, { filled: selected === option });
    button.setAttribute("aria-pressed", String(selected === option));
    bar.append(button);
  }
  const extra = env.buttons.feedback.filter((o) => o !== "Like" && o !== "Dislike");
  if (!extra.length) return;
  const box = document.createElement("div");
  box.className = "extra-feedback";
  const menu = document.createElement("div");
  menu.className = "extra-feedback-options";
  menu.hidden = true;
  const flag = iconBtn("Feedback", "flag", () => {
    menu.hidden = !menu.hidden;
    flag.setAttribute("aria-expanded", String(!menu.hidden));
  }, signal, { filled: extra.includes(selected) });
  flag.setAttribute("aria-expanded", "false");
  for (const option of extra) {
    const item = document.createElement("button");
    item.type = "button";
    item.className = "extra-feedback-option";
    item.textContent = option;
    item.setAttribute("aria-pressed", String(selected === option));
    item.addEventListener("click", () => choose(option), { signal });
    menu.append(item);
  }
  box.append(flag, menu);
  bar.append(box);
}

function downloadLink(file) {
  const a = document.createElement("a");
  a.className = "icon-button download-link";
  a.href = file.url;
  a.download = fileName(file);
  setLabel(a, "Download");
  a.append(svgIcon("download"));
  return a;
}

function setEditing(env, k) {
  env.state.editing = k;
  env.redraw();
}

// Submit: each edited text replaces its message's content (Gradio's onedit), the value is stored
// with an `edit` event carrying EditData {index, value, previous_value}.
function submitEdit(gv, env) {
  let value = env.value;
  const edits = [];
  gv.parts.forEach((pv) => {
    if (!pv.textarea) return;
    value = editedValue(value, pv.part.index, pv.textarea.value);
    edits.push({ index: pv.part.index, value: pv.textarea.value, previous_value: pv.part.content });
  });
  env.state.editing = null;
  if (!edits.length) return env.redraw();
  env.ctx.setValue(value, "edit", edits[0]);
  for (const data of edits.slice(1)) env.ctx.emit("edit", data);
  env.redraw();
}
