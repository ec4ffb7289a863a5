// gr.Model3D in the page: a cube uploaded as STL or OBJ reaches a page function as a URL and the
// output Model3D draws it with three.js (WebGL through SwiftShader in headless Chromium; where
// WebGL is missing the component says so), Undo puts a moved camera back, a wrong file is
// refused naming it, Clear empties the input, and a page without Model3D never fetches three.js.
import { test, expect } from "@playwright/test";
import { openPage, helloConfig } from "./support.js";

// An ASCII STL of the unit cube: two triangles per face.
function cubeStl() {
  const v = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]];
  const faces = [[0, 3, 2, 1], [4, 5, 6, 7], [0, 1, 5, 4], [2, 3, 7, 6], [1, 2, 6, 5], [0, 4, 7, 3]];
  const tri = (a, b, c) => `facet normal 0 0 0\nouter loop\n${[a, b, c].map((i) => `vertex ${v[i].join(" ")}`).join("\n")}\nendloop\nendfacet`;
  const body = faces.flatMap(([a, b, c, d]) => [tri(a, b, c), tri(a, c, d)]).join("\n");
  return { name: "cube.stl", mimeType: "model/stl", buffer: Buffer.from(`solid cube\n${body}\nendsolid cube\n`) };
}

function cubeObj() {
  const v = ["v 0 0 0", "v 1 0 0", "v 1 1 0", "v 0 1 0", "v 0 0 1", "v 1 0 1", "v 1 1 1", "v 0 1 1"];
  const f = ["f 1 4 3 2", "f 5 6 7 8", "f 1 2 6 5", "f 3 4 8 7", "f 2 3 7 6", "f 1 5 8 4"];
  return { name: "cube.obj", mimeType: "text/plain", buffer: Buffer.from([...v, ...f].join("\n")) };
}

const config = {
  components: [
    { id: 1, type: "model3d", props: { label: "Upload" } },
    { id: 2, type: "model3d", props: { label: "Shown", interactive: false, camera_position: [45, 60, null] } },
    { id: 3, type: "textbox", props: { label: "Received" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [2, 3], api_name: "show" },
    { id: 1, targets: [[1, "clear"]], inputs: [1], outputs: [2, 3], api_name: "show" },
  ],
};

async function openModelPage(page) {
  await openPage(page, "/model3d.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("show", (path) => path == null ? [null, "cleared"] : [path, typeof path + " " + path.slice(0, 5)]);
    </script>`);
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
  return {
    input: page.locator(".graft-model3d").first(),
    output: page.locator(".graft-model3d").nth(1),
    webgl: await page.evaluate(() => !!document.createElement("canvas").getContext("webgl2")),
  };
}

// The canvas's on-screen pixels come from a screenshot (the page composites WebGL's frame, so
// no drawing buffer needs keeping).
const grab = async (canvas) => (await canvas.screenshot()).toString("base64");

// The share of screenshot `a`'s pixels that differ from screenshot `b`, or from `a`'s own corner
// (the background) when `b` is null: how much of the canvas the model covers, or how much moved.
function share(page, a, b = null) {
  return page.evaluate(async ([a64, b64]) => {
    const read = async (b64) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const g = new OffscreenCanvas(img.width, img.height).getContext("2d");
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    };
    const x = await read(a64);
    const y = b64 ? await read(b64) : null;
    let n = 0;
    for (let i = 0; i < x.length; i += 4) {
      const j = y ? i : 0;
      const z = y ?? x;
      if (Math.abs(x[i] - z[j]) + Math.abs(x[i + 1] - z[j + 1]) + Math.abs(x[i + 2] - z[j + 2]) > 24) n++;
    }
    return n / (x.length / 4);
  }, [a, b]);
}

for (const make of [cubeStl, cubeObj]) {
  test(`an uploaded ${make().name} reaches the function as a URL and the output draws it`, async ({ page }) => {
    const { input, output, webgl } = await openModelPage(page);
    await expect(input.getByRole("button", { name: /^Drop a 3D model \(\.obj, \.glb, \.stl, \.gltf, \.splat, or \.ply\) file here to upload/ })).toBeVisible();
    await expect(output.getByRole("img", { name: "Empty value" })).toBeVisible();
    await input.getByTestId("file-upload").setInputFiles(make());
    await expect(page.getByLabel("Received")).toHaveValue("string blob:");
    const stage = output.getByTestId("model3d");
    await expect(stage).toHaveAttribute("aria-busy", "false", { timeout: 20000 });
    await expect(stage.getByTestId("model3d-download-link")).toHaveAttribute("download", make().name);
    if (!webgl) {
      await expect(stage).toContainText("WebGL 2 is not available");
      return;
    }
    const canvas = stage.getByRole("img", { name: `3D model: ${make().name}` });
    await expect(canvas).toBeVisible();
    const drawn = await share(page, await grab(canvas));
    expect(drawn).toBeGreaterThan(0.02); // the cube covers part of the view…
    expect(drawn).toBeLessThan(0.9); // …not all of it
    expect(await page.evaluate(() => globalThis.__THREE__)).toMatch(/^\d+$/); // three.js came with the model
  });
}

test("dragging turns the model; Undo puts the camera back", async ({ page }) => {
  const { input, output, webgl } = await openModelPage(page);
  test.skip(!webgl, "this browser has no WebGL 2");
  await input.getByTestId("file-upload").setInputFiles(cubeStl());
  const stage = output.getByTestId("model3d");
  await expect(stage).toHaveAttribute("aria-busy", "false", { timeout: 20000 });
  const canvas = stage.locator("canvas");
  const undo = stage.getByRole("button", { name: "Undo" });
  await expect(undo).toBeDisabled();
  const before = await grab(canvas);
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 30, { steps: 6 });
  await page.mouse.up();
  await expect(undo).toBeEnabled();
  expect(await share(page, await grab(canvas), before)).toBeGreaterThan(0.02);
  await undo.click();
  await page.mouse.move(0, 0);
  // Back where it started (the toolbar over the canvas and edge antialiasing may differ a little).
  await expect.poll(async () => share(page, await grab(canvas), before)).toBeLessThan(0.01);
});

test("a file that is not a 3D model is refused with a toast naming it; Clear empties the input", async ({ page }) => {
  const { input, output } = await openModelPage(page);
  await input.getByTestId("file-upload").setInputFiles(cubeObj());
  await expect(page.getByLabel("Received")).toHaveValue("string blob:");
  await input.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByLabel("Received")).toHaveValue("cleared");
  await expect(output.getByRole("img", { name: "Empty value" })).toBeVisible();
  const area = input.getByRole("button", { name: /^Drop a 3D model/ });
  await expect(area).toBeVisible();
  await input.getByTestId("file-upload").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a model") });
  await expect(page.getByTestId("toast-body")).toContainText("notes.txt");
  await expect(area).toBeVisible();
  await expect(page.getByLabel("Received")).toHaveValue("cleared");
});

test("a function returning something that is not a 3D model fails naming Model3D", async ({ page }) => {
  const bad = {
    components: [
      { id: 1, type: "model3d", props: { label: "Out", interactive: false } },
      { id: 2, type: "button", props: { value: "Make" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }] },
    dependencies: [{ id: 0, targets: [[2, "click"]], inputs: [], outputs: [1], api_name: "make" }],
  };
  await openPage(page, "/model3d-bad.html", `
    <graft-app><script type="application/json">${JSON.stringify(bad)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("make", () => ({ data: new TextEncoder().encode("hello"), name: "hello.txt" }));
    </script>`);
  await page.getByRole("button", { name: "Make" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Model3D" })).toContainText('got "hello.txt"');
});

test("a page without a Model3D never fetches three.js", async ({ page }) => {
  const scripts = [];
  page.on("response", (r) => r.request().resourceType() === "script" && scripts.push(r));
  await openPage(page, "/hello-no-3d.html", `
    <graft-app><script type="application/json">${helloConfig([])}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
  await page.getByLabel("Name").fill("Ada");
  expect(scripts.length).toBeGreaterThan(0);
  for (const r of scripts) expect(await r.text(), r.url()).not.toContain("__THREE__");
  expect(await page.evaluate(() => globalThis.__THREE__)).toBeUndefined();
});
