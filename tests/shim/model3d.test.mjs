// gr.Model3D in the page: the format of a file from its name or type, Gradio's camera_position
// maths, clear_color and control speeds, .splat points, the function edge, and the component's
// DOM (Gradio's names and test ids, upload / refusal / clear, no WebGL → a message, not a crash).
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import {
  formatOf, orbitOf, orbitOffset, fitDistance, clearColorOf, controlSpeeds, parseSplat, isSplatPly, plyHeader, shColor,
  toArgument, toOutput, FILE_TYPES,
} from "../../js-shim/components/model3d/helpers.js";

installDom();
const { default: model3d } = await import("../../js-shim/components/model3d/index.js");

const near = (a, b, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≈ ${b}`);

test("the format comes from orig_name first, then the path or URL, then the MIME type", () => {
  assert.equal(formatOf({ path: "blob:x", url: "blob:x", orig_name: "Duck.GLB" }), "glb");
  assert.equal(formatOf({ path: "/files/fox.gltf?v=2", url: "/files/fox.gltf?v=2" }), "gltf");
  assert.equal(formatOf("https://example.com/a/cube.stl#top"), "stl");
  assert.equal(formatOf({ url: "blob:y", mime_type: "model/obj" }), "obj");
  assert.equal(formatOf({ url: "blob:y", mime_type: "model/gltf-binary" }), "glb");
  assert.equal(formatOf({ name: "points.ply", type: "" }), "ply");
  assert.equal(formatOf({ name: "scene.splat" }), "splat");
  assert.equal(formatOf({ name: "notes.txt" }), "?txt");
  assert.equal(formatOf({ url: "blob:z" }), null);
  assert.equal(formatOf(null), null);
});

test("camera_position is Babylon's orbit: alpha round the vertical axis, beta down from the top, in degrees", () => {
  const top = orbitOffset(orbitOf([0, 0, 10], 5));
  near(top[1], 10, 1e-3); // beta 0 looks straight down (kept just off the pole)
  const side = orbitOffset(orbitOf([0, 90, 4], 5));
  near(side[0], 4);
  near(side[1], 0);
  near(side[2], 0);
  const front = orbitOffset(orbitOf([90, 90, 2], 5));
  near(front[0], 0);
  near(front[2], 2);
});

test("an unset part of camera_position keeps the viewer's default: front, a little above, framed", () => {
  const o = orbitOf([null, null, null], 7);
  near(o.alpha, Math.PI / 2);
  near(o.beta, (75 * Math.PI) / 180);
  assert.equal(o.radius, 7);
  assert.equal(orbitOf(undefined, 3).radius, 3);
  assert.equal(orbitOf([10, 20, -1], 3).radius, 3); // a non-positive radius cannot be used
  near(orbitOf([45, null, null], 3).alpha, Math.PI / 4);
});

test("the framing distance fits the model's sphere in the narrower side of the view", () => {
  const square = fitDistance(1, 90, 1);
  near(square, 1.1 / Math.sin(Math.PI / 4));
  assert.ok(fitDistance(1, 90, 0.5) > square, "a tall narrow view stands further back");
  near(fitDistance(1, 90, 2), square); // a wide view: the vertical angle decides
  near(fitDistance(2, 90, 1), 2 * square);
});

test("clear_color takes Gradio's RGBA floats, clamped; anything else is transparent black", () => {
  assert.deepEqual(clearColorOf([0.2, 0.4, 0.6, 1]), { rgb: [0.2, 0.4, 0.6], alpha: 1 });
  assert.deepEqual(clearColorOf([2, -1, 0.5, 0.5]), { rgb: [1, 0, 0.5], alpha: 0.5 });
  assert.deepEqual(clearColorOf([1, 1, 1]), { rgb: [1, 1, 1], alpha: 1 });
  assert.deepEqual(clearColorOf(null), { rgb: [0, 0, 0], alpha: 0 });
  assert.deepEqual(clearColorOf(["red"]), { rgb: [0, 0, 0], alpha: 0 });
});

test("zoom_speed and pan_speed set the controls' speeds; a bad one is 1", () => {
  assert.deepEqual(controlSpeeds({ zoom_speed: 2, pan_speed: 0.5 }), { zoomSpeed: 2, panSpeed: 0.5 });
  assert.deepEqual(controlSpeeds({ zoom_speed: 0, pan_speed: "fast" }), { zoomSpeed: 1, panSpeed: 1 });
});

test("a .splat file gives each splat's centre and colour; a torn file is refused", () => {
  const b = new ArrayBuffer(64);
  const v = new DataView(b);
  v.setFloat32(0, 1, true); v.setFloat32(4, 2, true); v.setFloat32(8, 3, true);
  new Uint8Array(b).set([255, 0, 51, 255], 24);
  v.setFloat32(32, -1, true);
  const { count, positions, colors } = parseSplat(b);
  assert.equal(count, 2);
  assert.deepEqual([...positions.slice(0, 4)], [1, 2, 3, -1]);
  assert.deepEqual([...colors.slice(0, 3)].map((c) => Math.round(c * 255)), [255, 0, 51]);
  assert.throws(() => parseSplat(new ArrayBuffer(40)), /32 bytes per splat; this one has 40/);
});

test("a Gaussian-splat PLY is told from a mesh PLY by its header", () => {
  const enc = (s) => new TextEncoder().encode(s);
  const splat = plyHeader(enc("ply\nformat binary_little_endian 1.0\nelement vertex 1\nproperty float x\nproperty float scale_0\nproperty float f_dc_0\nend_header\n\u0000\u0001"));
  assert.ok(splat.endsWith("end_header\n"));
  assert.ok(isSplatPly(splat));
  assert.ok(!isSplatPly(plyHeader(enc("ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nelement face 1\nend_header\n"))));
  assert.equal(plyHeader(enc("solid cube\n")), "");
  near(shColor(0), 0.5);
  assert.equal(shColor(100), 1);
});

test("a page function receives the model's URL", () => {
  assert.equal(toArgument({ path: "blob:a", url: "blob:a", orig_name: "cube.stl" }), "blob:a");
  assert.equal(toArgument({ path: "/tmp/cube.obj" }), "/tmp/cube.obj");
  assert.equal(toArgument(null), null);
});

test("a function may return a path, a FileData or bytes with a name; a wrong value names what was expected", () => {
  const files = new FileStore();
  assert.deepEqual(
    [toOutput("https://example.com/m/fox.glb", files)].map((f) => [f.url, f.orig_name]),
    [["https://example.com/m/fox.glb", "fox.glb"]],
  );
  const made = toOutput({ data: new TextEncoder().encode("v 0 0 0\n"), name: "p.obj" }, files);
  assert.match(made.url, /^blob:/);
  assert.equal(made.orig_name, "p.obj");
  assert.equal(toOutput(null, files), null);
  assert.deepEqual(toOutput({ __type__: "update", value: "a.stl" }, files).value.orig_name, "a.stl");
  assert.throws(() => toOutput(42, files), /Model3D expects a path or URL string .*; got 42/);
  assert.throws(() => toOutput(["a.obj"], files), /got a list/);
  assert.throws(() => toOutput("notes.txt", files), /Model3D expects a \.obj, .*file; got "notes\.txt"/);
});

// ---- The component ----

function mountModel(props) {
  const m = mount(model3d, props);
  m.ctx.files = new FileStore();
  return m;
}
const pick = (el, file) => {
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change"));
};
const fd = (url, name) => ({ path: url, url, orig_name: name });

test("an empty interactive Model3D shows Gradio's label and an upload area taking its formats", () => {
  const { el } = mountModel({ value: null });
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "3D Model");
  const area = el.querySelector('button[aria-label^="Drop a 3D model (.obj, .glb, .stl, .gltf, .splat, or .ply) file here to upload"]');
  assert.ok(area && !area.hidden);
  assert.equal(area.querySelector('input[data-testid="file-upload"]').getAttribute("accept"), FILE_TYPES.join(", "));
  assert.ok(el.classList.contains("empty-value"));
});

test("uploading an STL makes it the value and fires upload; the viewer shows its toolbar", () => {
  const { el, ctx } = mountModel({ value: null, label: "Part" });
  pick(el, new File(["solid cube\nendsolid cube\n"], "cube.stl", { type: "" }));
  const [kind, value, event] = ctx.calls.at(-1);
  assert.deepEqual([kind, event, value.orig_name], ["setValue", "upload", "cube.stl"]);
  const stage = el.querySelector(".input-model");
  assert.ok(!stage.hidden);
  assert.ok(el.querySelector('button[aria-label^="Drop a 3D model"]').hidden);
  assert.ok(!el.querySelector('button[aria-label="Clear"]').hidden);
  assert.ok(!el.querySelector('button[aria-label="Undo"]').hidden);
  assert.equal(el.querySelector("canvas").getAttribute("aria-label"), "3D model: cube.stl");
});

test("a file that is not a 3D model is refused with a toast naming it, and the value stays", () => {
  const { el, ctx } = mountModel({ value: null });
  pick(el, new File(["hi"], "notes.txt", { type: "text/plain" }));
  assert.equal(ctx.calls.length, 1);
  assert.equal(ctx.calls[0][0], "toast");
  assert.match(ctx.calls[0][1].message, /notes\.txt/);
  assert.ok(!el.querySelector('button[aria-label^="Drop a 3D model"]').hidden);
});

test("Clear empties the model and fires clear", () => {
  const { el, ctx } = mountModel({ value: fd("blob:m", "m.obj") });
  el.querySelector('button[aria-label="Clear"]').click();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", null, "clear"]);
  assert.ok(!el.querySelector('button[aria-label^="Drop a 3D model"]').hidden);
});

test("a static Model3D has Gradio's test id, Undo and a Download link under the file's name", () => {
  const { el } = mountModel({ value: fd("https://example.com/fox.glb", "fox.glb"), interactive: false });
  const stage = el.querySelector('div.model3D[data-testid="model3d"]');
  assert.ok(stage && !stage.hidden);
  const link = stage.querySelector('a[data-testid="model3d-download-link"]');
  assert.equal(link.getAttribute("href"), "https://example.com/fox.glb");
  assert.equal(link.getAttribute("download"), "fox.glb");
  assert.equal(link.getAttribute("aria-label"), "Download");
  assert.ok(stage.querySelector('button[aria-label="Undo"]').disabled, "nothing to undo before the camera moves");
  assert.ok(stage.querySelector('button[aria-label="Clear"]').hidden);
});

test("a static empty Model3D shows Empty; an empty label falls back to '3D Model'", () => {
  const { el } = mountModel({ value: null, interactive: false, label: "" });
  assert.ok(!el.querySelector('.empty[aria-label="Empty value"]').hidden);
  assert.ok(el.querySelector(".model3D").hidden);
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "3D Model");
});

test("without WebGL the component says so instead of drawing, and keeps its Download link", async () => {
  const { el } = mountModel({ value: fd("https://example.com/fox.glb", "fox.glb"), interactive: false });
  await new Promise((r) => setTimeout(r, 0));
  const message = el.querySelector(".model3d-message");
  assert.match(message.textContent, /WebGL 2 is not available/);
  assert.ok(!message.hidden);
  assert.ok(el.querySelector("canvas").hidden);
  assert.ok(!el.querySelector('a[data-testid="model3d-download-link"]').hidden);
});

test("a value set from the app shows the viewer; null brings the upload area back", () => {
  const { el, patch } = mountModel({ value: null });
  patch({ value: fd("blob:q", "q.ply") });
  assert.ok(!el.querySelector(".input-model").hidden);
  patch({ value: null });
  assert.ok(el.querySelector(".input-model").hidden);
  assert.ok(!el.querySelector('button[aria-label^="Drop a 3D model"]').hidden);
});
