// gr.ColorPicker's popover DOM (Colorpicker.svelte's div.color-picker), built once on first
// open and re-attached on every open: the "Saturation and brightness" and "Hue" sliders
// (div[role=slider], as Gradio draws them), the colour text box and the Hex/RGB/HSL buttons.
function el(tag, className, attrs = {}) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function slider(className, name, extra = {}) {
  const s = el("div", className, { role: "slider", "aria-label": name, tabindex: "0", ...extra });
  const marker = el("div", "marker", { "aria-hidden": "true" });
  s.append(marker);
  return [s, marker];
}

export function buildPopover(view, ctx, act) {
  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  const root = el("div", "color-picker", { role: "dialog" });
  const [area, areaMarker] = slider("color-gradient", "Saturation and brightness");
  const [hue, hueMarker] = slider("hue-slider", "Hue", { "aria-valuemin": "0", "aria-valuemax": "360" });
  const row = el("div", "input");
  const preview = el("span", "swatch", { "aria-hidden": "true" });
  const fields = el("div", "fields");
  const inputWrap = el("div", "input-wrap");
  // Gradio's text box has no name; "Color value" gives it one for getByRole/getByLabel.
  const text = el("input", "", { type: "text", "aria-label": "Color value", spellcheck: "false", autocomplete: "off" });
  inputWrap.append(text);
  if (typeof window !== "undefined" && window.EyeDropper) {
    const pick = el("button", "eyedropper", { type: "button", "aria-label": "Pick a color from the screen", title: "Pick a color from the screen" });
    pick.innerHTML = '<svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" ' +
      'stroke-width="2" stroke-linecap="round"><path d="m2 22 1-1h3l9-9M3 21v-3l9-9M15 6l3-3 3 3-3 3M12 9l3 3"/></svg>';
    on(pick, "click", () => act.eyedropper());
    inputWrap.append(pick);
  }
  const buttons = el("div", "buttons", { role: "group", "aria-label": "Color format" });
  const modes = [["Hex", "hex"], ["RGB", "rgb"], ["HSL", "hsl"]].map(([label, mode]) => {
    const b = el("button", "button", { type: "button" });
    b.textContent = label;
    on(b, "click", () => act.mode(mode));
    buttons.append(b);
    return [mode, b];
  });
  fields.append(inputWrap, buttons);
  row.append(preview, fields);
  root.append(area, hue, row);
  for (const [kind, target] of [["area", area], ["hue", hue]]) {
    on(target, "pointerdown", (e) => act.down(kind, e));
    on(target, "keydown", (e) => act.key(kind, e));
  }
  on(text, "keydown", act.text);
  on(text, "change", act.text);
  on(root, "keydown", (e) => e.key === "Escape" && act.close());
  return { el: root, area, areaMarker, hue, hueMarker, preview, text, modes };
}
