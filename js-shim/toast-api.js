// gr.Info, gr.Warning, gr.Success and gr.Error for page functions, with Gradio's names and
// options. Info/Warning/Success show a toast in the app whose function is running (or every
// app on the page, called outside one); throwing an Error shows its message as gr.Error does.
const listeners = new Set();
let current = null; // the app whose function is running synchronously now

export function onToast(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

// Runs `call` with toasts going to `sink` (an app's), as far as it runs synchronously.
export function toastsTo(sink, call) {
  const before = current;
  current = sink;
  try {
    return call();
  } finally {
    current = before;
  }
}

function show(level, message, { duration = 10, visible = true, title = "" } = {}) {
  const toast = { level, message: String(message), duration, visible, title };
  if (current) current(toast);
  else for (const fn of listeners) fn(toast);
}

export const Info = (message, options) => show("info", message, options);
export const Warning = (message, options) => show("warning", message, options);
export const Success = (message, options) => show("success", message, options);

// `throw new Error(...)` or `throw new gr.Error(...)`: the message is always shown, even when
// the app's show_error is off (Gradio's gr.Error).
export class GradioError extends Error {
  constructor(message, { duration = 10, visible = true, title = "Error", print_exception = true } = {}) {
    super(message);
    this.name = "Error";
    Object.assign(this, { duration, visible, title, print_exception });
  }
}
