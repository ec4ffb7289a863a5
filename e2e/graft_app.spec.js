// <graft-app> behaviour that no single demo shows: errors at load and at run time, and
// isolation between two apps on one page.
import { test, expect } from "@playwright/test";
import { helloConfig, openPage } from "./support.js";

const greetOnClick = [{ id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2], api_name: "greet" }];

test("a function that throws shows its message on the page and the app keeps working", async ({ page }) => {
  await openPage(page, "/e2e/throws.html", `
    <graft-app><script type="application/json">${helloConfig(greetOnClick)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("greet", (name) => { if (!name) throw new Error("Please enter a name first"); return "Hi " + name; });
    </script>`);
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByRole("alert")).toContainText("Please enter a name first");
  await page.getByLabel("Name").fill("Ada");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByLabel("Greeting")).toHaveValue("Hi Ada");
});

test("an async function's result arrives when its promise settles", async ({ page }) => {
  await openPage(page, "/e2e/async.html", `
    <graft-app><script type="application/json">${helloConfig(greetOnClick)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("greet", async (name) => { await new Promise((r) => setTimeout(r, 50)); return "Later, " + name; });
    </script>`);
  await page.getByLabel("Name").fill("Ada");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByLabel("Greeting")).toHaveValue("Later, Ada");
});

test("a module script after the element that arrives late still registers its functions in time", async ({ page }) => {
  // graft.js runs (and the app loads) while this script is still on its way: the app waits
  // for DOMContentLoaded, which comes only after every module script of the page has run.
  await page.route("**/e2e/late-functions.js", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ contentType: "text/javascript", body: `import { register } from "/graft/graft.js";\nregister("greet", (name) => "Late, " + name);` });
  });
  await openPage(page, "/e2e/late.html", `
    <graft-app><script type="application/json">${helloConfig(greetOnClick)}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>
    <script type="module" src="/e2e/late-functions.js"></script>`);
  await expect(page.locator("graft-app[data-ready]")).toHaveCount(1);
  await page.getByLabel("Name").fill("Ada");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByLabel("Greeting")).toHaveValue("Late, Ada");
});

test("a config naming an unregistered function fails at load, naming it", async ({ page }) => {
  await openPage(page, "/e2e/unregistered.html", `
    <graft-app><script type="application/json">${helloConfig(greetOnClick)}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This app could not be loaded");
  await expect(alert).toContainText('no function registered for "greet"');
  await expect(alert).toContainText("$.dependencies[0].api_name");
});

test("a config with an unknown component type fails at load, naming the type and its path", async ({ page }) => {
  const config = helloConfig([], [{ id: 4, type: "hologram", props: {} }]);
  await openPage(page, "/e2e/unknown-type.html", `
    <graft-app><script type="application/json">${config}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  await expect(page.getByRole("alert")).toContainText('$.components[3].type: unknown component type "hologram"');
});

test("a missing config file is reported in the element", async ({ page }) => {
  await openPage(page, "/e2e/missing.html", `
    <graft-app src="/nowhere.json"></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  await expect(page.getByRole("alert")).toContainText("HTTP 404");
});

test("two apps on one page keep their state apart", async ({ page }) => {
  const echo = [{ id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], api_name: "echo" }];
  await openPage(page, "/e2e/two-apps.html", `
    <section aria-label="first"><graft-app><script type="application/json">${helloConfig(echo)}</script></graft-app></section>
    <section aria-label="second"><graft-app><script type="application/json">${helloConfig(echo)}</script></graft-app></section>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("echo", (name) => "Hello " + name);
    </script>`);
  const first = page.getByRole("region", { name: "first" });
  const second = page.getByRole("region", { name: "second" });
  await first.getByLabel("Name").fill("Ada");
  await second.getByLabel("Name").fill("Grace");
  await expect(first.getByLabel("Greeting")).toHaveValue("Hello Ada");
  await expect(second.getByLabel("Greeting")).toHaveValue("Hello Grace");
  await first.getByLabel("Name").fill("Alan");
  await expect(first.getByLabel("Greeting")).toHaveValue("Hello Alan");
  await expect(second.getByLabel("Greeting")).toHaveValue("Hello Grace");
});

test("two C++ apps on one page each run their own module instance", async ({ page }) => {
  await openPage(page, "/demos/blocks_hello/two.html", `
    <section aria-label="first"><graft-app module="/demos/blocks_hello/app.js"></graft-app></section>
    <section aria-label="second"><graft-app module="/demos/blocks_hello/app.js"></graft-app></section>
    <script type="module" src="/graft/graft.js"></script>`);
  const first = page.getByRole("region", { name: "first" });
  const second = page.getByRole("region", { name: "second" });
  await first.getByPlaceholder("What is your name?").fill("Ada");
  await second.getByPlaceholder("What is your name?").fill("Grace");
  await expect(first.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Ada!");
  await expect(second.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Grace!");
});
