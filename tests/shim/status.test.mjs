// The words of the status tracker and toasts, and toasts grouped by type as Gradio shows them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom } from "./dom.mjs";
import { statusText, progressBars, toastTitle } from "../../js-shim/status-text.js";

installDom();
const { showToast, toastArea } = await import("../../js-shim/status.js");

test("a queued job shows its place and ETA; gr.Progress shows steps and bars", () => {
  assert.equal(statusText("pending", 1, 3.14, null), "queue: 2 | 3.1s");
  assert.equal(statusText("complete", 1, 3, null), "");
  assert.equal(statusText("pending", null, null, [{ index: 3, length: 10, unit: "steps", desc: "Denoising" }]), "3/10 steps");
  assert.deepEqual(progressBars([{ progress: 0.375, desc: "Denoising" }]), [{ percent: 37.5, text: "Denoising - 37.5%" }]);
});

test("toasts of one type share a group titled with their count, with Gradio's test ids", () => {
  const area = toastArea();
  showToast(area, { level: "warning", message: "one", duration: null });
  showToast(area, { level: "warning", message: "<b>two</b>", duration: null });
  showToast(area, { level: "error", message: "bad", duration: null });
  const groups = area.querySelectorAll("[data-testid=toast-body]");
  assert.equal(groups.length, 2);
  assert.equal(groups[0].querySelector(".toast-title").textContent, "Warning (2)");
  assert.equal(groups[0].querySelectorAll("[data-testid=toast-text]")[1].textContent, "<b>two</b>", "text, never markup");
  assert.equal(groups[1].getAttribute("role"), "alert");
  groups[0].querySelector("[data-testid=toast-close]").dispatchEvent(new Event("click"));
  assert.equal(area.querySelectorAll("[data-testid=toast-body]").length, 1);
  assert.equal(toastTitle("info", 1), "Info");
});

test("a toast with visible false is not shown", () => {
  const area = toastArea();
  showToast(area, { level: "info", message: "quiet", visible: false });
  assert.equal(area.childElementCount, 0);
});
