// Gradio 6's custom buttons (`buttons=["copy", refresh_btn]`): each gr.Button entry of a
// component's `buttons` is drawn after its own buttons, named by the Button's value; a click
// emits custom_button_click with the Button's id, which the app turns into that Button's click.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom } from "./dom.mjs";

installDom();
const { ComponentTree } = await import("../../js-shim/component-tree.js");
const { customButtons } = await import("../../js-shim/components/atoms/block.js");
const modules = new Map(await Promise.all(["textbox", "json", "gallery", "annotatedimage", "video"].map(async (t) =>
  [t, (await import(`../../js-shim/components/${t}/index.js`)).default])));

const refresh = { value: "Refresh", variant: "secondary", size: "lg", icon: null, name: "button", id: 3 };
const flush = () => new Promise((r) => setTimeout(r, 0));

function mountOne(type, props) {
  const emitted = [];
  const ctx = () => ({ emit: (e, d) => emitted.push([e, d]), setValue() {}, toast() {}, app: {}, files: null, listens: () => false });
  const t = new ComponentTree({ id: 0, type: "column", props: {}, children: [{ id: 4, type, props }] },
    new Map([...modules, ["column", { create: () => ({ el: document.createElement("div") }), update() {} }]]), ctx);
  document.body.replaceChildren(t.render());
  return { t, emitted, el: document.querySelector("[data-graft-id='4']") };
}

const named = (el, name) => [...el.querySelectorAll("button.custom-button")].filter((b) => b.getAttribute("aria-label") === name);

test("only gr.Button entries (objects with an id) are custom buttons; built-in names are not", () => {
  assert.deepEqual(customButtons(["copy", refresh, null, 7, { value: "no id" }]), [refresh]);
  assert.deepEqual(customButtons(undefined), []);
});

test("a Textbox draws its custom button at the top right, named by the Button's value; a click emits its id", () => {
  const { el, emitted } = mountOne("textbox", { label: "Sample Text", value: "x", buttons: ["copy", refresh] });
  const [b] = named(el, "Refresh");
  assert.ok(b, "drawn");
  assert.equal(b.textContent, "Refresh");
  assert.equal(b.closest(".graft-custom-buttons").hidden, false);
  b.click();
  assert.deepEqual(emitted, [["custom_button_click", { id: 3 }]]);
  assert.ok(el.querySelector('button[aria-label="Copy"]'), "the built-in Copy stays");
});

test("new buttons replace the old ones, whose listeners go; show_label false hides the bar", async () => {
  const { t, el, emitted } = mountOne("textbox", { label: "T", buttons: [refresh] });
  const [old] = named(el, "Refresh");
  t.queue(4, { buttons: [{ ...refresh, value: "Reload", id: 9 }, { value: null, id: 10 }] });
  await flush();
  assert.equal(named(el, "Refresh").length, 0);
  old.click();
  assert.deepEqual(emitted, [], "a removed button fires nothing");
  named(el, "Reload")[0].click();
  named(el, "Custom action")[0].click(); // a Button with no value: Gradio's fallback name
  assert.deepEqual(emitted.map(([, d]) => d.id), [9, 10]);
  t.queue(4, { show_label: false });
  await flush();
  assert.equal(el.querySelector(".graft-custom-buttons").hidden, true);
});

test("JSON and Video put custom buttons in their own toolbar, shown even without their built-ins", () => {
  const json = mountOne("json", { value: { a: 1 }, buttons: [refresh] }).el;
  const [b] = named(json, "Refresh");
  assert.equal(b.parentElement.hidden, false);
  assert.ok(b.parentElement.classList.contains("icon-button-wrapper"));
  assert.equal(json.querySelector('button[aria-label="Copy"]').hidden, true, "copy is not in buttons");
  assert.equal(json.querySelector(".graft-custom-buttons"), null, "no second bar");
  const video = mountOne("video", { value: { video: { path: "a.mp4", url: "data:video/mp4;base64,AA==" } }, interactive: false, buttons: [refresh] }).el;
  const [v] = named(video, "Refresh");
  assert.equal(v.parentElement.hidden, false);
  assert.equal(video.querySelector('button[aria-label="Clear"]').hidden, true, "a static video has no Clear");
});

test("a Gallery's custom buttons follow its toolbar into the preview and back", async () => {
  const items = [{ image: { path: "a.png", url: "data:image/png;base64,AA==" }, caption: null }];
  const { t, el, emitted } = mountOne("gallery", { value: items, interactive: false, buttons: ["download", refresh] });
  assert.equal(named(el, "Refresh").length, 1, "drawn once, at the top right");
  el.querySelector(".thumbnail-lg").click();
  await flush();
  const [b] = named(el, "Refresh");
  assert.ok(b.closest(".preview"), "in the preview's toolbar");
  b.click();
  assert.deepEqual(emitted.at(-1), ["custom_button_click", { id: 3 }]);
  t.queue(4, { value: [] });
  await flush();
  assert.equal(named(el, "Refresh").length, 1);
});

test("AnnotatedImage's custom buttons sit beside Fullscreen over the image", () => {
  const value = { image: { path: "a.png", url: "data:image/png;base64,AA==" }, annotations: [] };
  const { el } = mountOne("annotatedimage", { value, buttons: ["fullscreen", refresh] });
  const [b] = named(el, "Refresh");
  assert.ok(b.parentElement.querySelector('button[aria-label="Fullscreen"]'));
});

test("a Gallery whose toolbar hides while an item is selected (allow_preview false) keeps its custom buttons shown", async () => {
  const items = [{ image: { path: "a.png", url: "data:image/png;base64,AA==" }, caption: null }];
  const { el } = mountOne("gallery", { value: items, interactive: true, allow_preview: false, buttons: [refresh] });
  el.querySelector(".thumbnail-lg").click();
  await flush();
  const [b] = named(el, "Refresh");
  assert.equal(b.closest("[hidden]"), null, "not inside a hidden toolbar");
});
