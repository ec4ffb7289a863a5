// What the engine's status, toast and validation commands look like in the page, after
// Gradio's StatusTracker and Toast: a component's tracker (pending spinner, queue place, ETA,
// gr.Progress bars, the error pill), toasts grouped by type with Gradio's test ids, and
// validation messages. Messages are text, never markup.
import { statusText, progressBars, toastTitle, DEFAULT_TOAST_SECONDS } from "./status-text.js";

// One component's element takes a status command.
export function showStatus(el, { status, show_progress, message, queue_position, eta, progress }) {
  el.dataset.status = status;
  el.dataset.showProgress = show_progress;
  const busy = status === "pending" || status === "generating";
  el.setAttribute("aria-busy", String(busy));
  if (queue_position != null) el.dataset.queuePosition = queue_position;
  else delete el.dataset.queuePosition;
  if (eta != null) el.dataset.eta = eta.toFixed(1);
  else delete el.dataset.eta;
  if (status === "error") el.dataset.error = message;
  else delete el.dataset.error;
  const tracker = trackerOf(el);
  const shown = show_progress !== "hidden" && (busy || status === "error");
  tracker.className = `wrap graft-status ${show_progress === "minimal" ? "minimal" : "full"}${shown ? "" : " hide"}${status === "generating" ? " generating" : ""}`;
  tracker.replaceChildren();
  if (!shown) return;
  if (status === "error") {
    const pill = document.createElement("span");
    pill.className = "error";
    pill.textContent = "Error";
    tracker.append(pill);
    return;
  }
  if (status === "pending" && show_progress !== "minimal") {
    const spinner = document.createElement("span");
    spinner.className = "graft-spinner";
    spinner.setAttribute("aria-hidden", "true");
    tracker.append(spinner);
  }
  const line = document.createElement("span");
  line.className = "progress-text";
  line.setAttribute("role", "status");
  line.textContent = statusText(status, queue_position, eta, progress);
  tracker.append(line);
  for (const bar of progressBars(progress)) {
    const wrap = document.createElement("div");
    wrap.className = "progress-level";
    const desc = document.createElement("div");
    desc.className = "progress-level-text";
    desc.textContent = bar.text;
    const track = document.createElement("div");
    track.className = "progress-bar-wrap";
    const fill = document.createElement("div");
    fill.className = "progress-bar";
    fill.style.width = `${bar.percent}%`;
    track.append(fill);
    wrap.append(desc, track);
    tracker.append(wrap);
  }
}

// Every Block holds a tracker permanently (hidden when idle), as Gradio's does.
function trackerOf(el) {
  let tracker = el.querySelector(":scope > [data-testid=status-tracker]");
  if (!tracker) {
    tracker = document.createElement("div");
    tracker.dataset.testid = "status-tracker";
    el.prepend(tracker);
  }
  return tracker;
}

// The fixed top-right area toasts appear in.
export function toastArea() {
  const wrap = document.createElement("div");
  wrap.className = "toast-wrap graft-toasts";
  return wrap;
}

// A toast, grouped with the others of its type: one toast-body per type, a header naming the
// type and count with a close button for the group, one toast-text per message. It closes
// after `duration` seconds (Gradio's default 10; null or Infinity: stays) while it is alone.
export function showToast(area, { level = "info", message, duration, visible = true }) {
  if (visible === false) return;
  let group = area.querySelector(`:scope > .toast-body.${level}`);
  if (!group) {
    group = document.createElement("div");
    group.className = `toast-body ${level}`;
    group.dataset.testid = "toast-body";
    group.setAttribute("role", level === "error" ? "alert" : "status");
    group.setAttribute("aria-live", level === "error" ? "assertive" : "polite");
    const head = document.createElement("div");
    head.className = "toast-heading";
    const title = document.createElement("span");
    title.className = "toast-title";
    const close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.dataset.testid = "toast-close";
    close.setAttribute("aria-label", "Close");
    close.textContent = "×";
    close.addEventListener("click", () => group.remove());
    head.append(title, close);
    const list = document.createElement("div");
    list.className = "toast-messages";
    group.append(head, list);
    area.append(group);
  }
  const list = group.querySelector(".toast-messages");
  const text = document.createElement("div");
  text.className = "toast-message-text";
  text.dataset.testid = "toast-text";
  text.textContent = message;
  list.append(text);
  group.querySelector(".toast-title").textContent = toastTitle(level, list.childElementCount);
  const seconds = duration === undefined ? DEFAULT_TOAST_SECONDS : duration;
  if (seconds != null && Number.isFinite(seconds)) {
    setTimeout(() => {
      text.remove();
      if (!list.childElementCount) group.remove();
      else group.querySelector(".toast-title").textContent = toastTitle(level, list.childElementCount);
    }, seconds * 1000);
  }
}

// A validator's message on an input (or none, clearing it).
export function showValidation(el, message) {
  el.querySelector(":scope > .validation-error")?.remove();
  el.toggleAttribute("aria-invalid", Boolean(message));
  if (!message) return;
  const note = document.createElement("div");
  note.className = "validation-error";
  note.setAttribute("role", "alert");
  note.textContent = message;
  el.append(note);
}
