// The props every Block shares, read as Gradio's Block reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { blockStyle, isMounted } from "../../js-shim/components/atoms/props.js";
import { installDom } from "./dom.mjs";

installDom();
const { applyBlock } = await import("../../js-shim/components/atoms/block.js");

test("visible 'hidden' keeps a component mounted but not displayed; false unmounts it", () => {
  assert.equal(blockStyle({ visible: "hidden" }).hidden, true);
  assert.equal(isMounted({ visible: "hidden" }), true);
  assert.equal(isMounted({ visible: false }), false);
  assert.equal(isMounted({}), true);
});

test("min_width is a px minimum capped at 100% and scale becomes flex-grow", () => {
  const s = blockStyle({ min_width: 320, scale: 2 });
  assert.equal(s.minWidth, "calc(min(320px, 100%))");
  assert.equal(s.flexGrow, "2");
});

test("elem_classes are replaced on update, not accumulated", () => {
  const el = document.createElement("div");
  applyBlock(el, { elem_classes: ["a", "b"] });
  applyBlock(el, { elem_classes: ["c"] });
  assert.equal(el.classList.contains("a"), false);
  assert.equal(el.classList.contains("c"), true);
});
