// The words of Gradio's status tracker and toasts, as pure functions (Node-tested).

export const DEFAULT_TOAST_SECONDS = 10; // gr.Info/Warning/Error's default duration

// "queue: 2/5 | 1.3/3.1s", "1.3/3.1s", "generating" — or nothing once the run is over.
export function statusText(status, position, eta, progress, elapsed = null) {
  if (status !== "pending" && status !== "generating") return "";
  const step = Array.isArray(progress) ? progress[progress.length - 1] : null;
  const time = eta != null ? `${elapsed != null ? `${elapsed.toFixed(1)}/` : ""}${eta.toFixed(1)}s` : elapsed != null ? `${elapsed.toFixed(1)}s` : "";
  if (step && step.index != null && step.length != null) return `${step.index}/${step.length}${step.unit ? ` ${step.unit}` : ""}${time ? ` | ${time}` : ""}`;
  if (position != null) return `queue: ${position + 1}${time ? ` | ${time}` : ""}`;
  if (status === "generating") return "generating";
  return time || "processing";
}

// gr.Progress levels as bars: "desc - 37.5%" and the percentage drawn.
export function progressBars(progress) {
  if (!Array.isArray(progress)) return [];
  return progress
    .filter((p) => p && (p.progress != null || (p.index != null && p.length)))
    .map((p) => {
      const fraction = p.progress != null ? p.progress : p.index / p.length;
      const percent = Math.max(0, Math.min(100, Math.round(fraction * 1000) / 10));
      return { percent, text: `${p.desc ? `${p.desc} - ` : ""}${percent}%` };
    });
}

// The header of a toast group: the capitalised type, and the count when several.
export function toastTitle(level, count) {
  const name = level.charAt(0).toUpperCase() + level.slice(1);
  return count > 1 ? `${name} (${count})` : name;
}
