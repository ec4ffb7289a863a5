// What the engine's status, toast and validation commands look like in the page: a component's
// loading state (data attributes, aria-busy, and a visible role=status line with queue place,
// ETA or progress, as Gradio's loading status shows), toasts, and validation messages.

// One component's element takes a status command.
export function showStatus(el, { status, show_progress, message, queue_position, eta, progress }) {
  const text = statusText(status, queue_position, eta, progress);
  el.dataset.status = status;
  el.dataset.showProgress = show_progress;
  el.setAttribute("aria-busy", String(status === "pending" || status === "generating"));
  if (queue_position != null) el.dataset.queuePosition = queue_position;
  else delete el.dataset.queuePosition;
  if (eta != null) el.dataset.eta = eta.toFixed(1);
  else delete el.dataset.eta;
  if (status === "error") el.dataset.error = message;
  else delete el.dataset.error;
  let line = el.querySelector(":scope > .graft-status");
  if (!text || show_progress === "hidden") {
    line?.remove();
    return;
  }
  if (!line) {
    line = document.createElement("p");
    line.className = "graft-status";
    line.setAttribute("role", "status");
    el.prepend(line);
  }
  line.textContent = text;
}

// A toast in `container`; errors stay until closed unless they carry a duration.
export function showToast(container, { level, title, message, duration }) {
  const toast = document.createElement("div");
  toast.className = `graft-toast graft-toast-${level}`;
  toast.setAttribute("role", level === "error" ? "alert" : "status");
  const heading = document.createElement("strong");
  heading.textContent = title;
  const body = document.createElement("p");
  body.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", "Close");
  close.addEventListener("click", () => toast.remove());
  toast.append(heading, body, close);
  container.append(toast);
  if (level !== "error" || duration != null) setTimeout(() => toast.remove(), (duration ?? 4) * 1000);
}

// A validator's message on an input (or none, clearing it).
export function showValidation(el, message) {
  el.querySelector(":scope > .graft-validation")?.remove();
  el.toggleAttribute("aria-invalid", Boolean(message));
  if (!message) return;
  const note = document.createElement("p");
  note.className = "graft-validation";
  note.setAttribute("role", "alert");
  note.textContent = message;
  el.append(note);
}

// "queue: 2 | 3.1s", "processing", "Denoising 3/10 steps" — or nothing once the run is over.
function statusText(status, position, eta, progress) {
  if (status !== "pending" && status !== "generating") return "";
  const step = Array.isArray(progress) ? progress[progress.length - 1] : null;
  if (step) {
    const frac = step.index != null && step.length != null ? ` ${step.index}/${step.length}${step.unit ? ` ${step.unit}` : ""}` : "";
    const pct = step.progress != null ? ` ${Math.round(step.progress * 100)}%` : "";
    return `${step.desc ?? "progress"}${frac}${pct}`;
  }
  const when = eta != null ? ` | ${eta.toFixed(1)}s` : "";
  if (position != null) return `queue: ${position + 1}${when}`;
  return status === "generating" ? "generating" : `processing${when}`;
}
