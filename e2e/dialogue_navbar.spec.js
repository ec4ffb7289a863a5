// gr.Dialogue and gr.Navbar in the page: a Dialogue shows each line with its speaker, a user's
// edits fire input/change and submit, a function receives the formatted string Gradio's
// preprocess gives (or the lines with type "list"), a returned list or string is drawn and a bad
// one names Dialogue; a Navbar draws its links at the top of the app, fires change when a
// function updates it, hides with visible false, and a bad value names Navbar.
import { test, expect } from "@playwright/test";
import { openPage } from "./support.js";

const app = (config, script) => `
  <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
  <script type="module">
    import { register } from "/graft/graft.js";
    ${script}
  </script>`;

const lines = [
  { speaker: "Speaker 1", text: "Hello, how are you?" },
  { speaker: "Speaker 2", text: "I'm fine, thank you!" },
];

const dialogueApp = {
  components: [
    { id: 1, type: "dialogue", props: { label: "Script", value: lines, speakers: ["Speaker 1", "Speaker 2"], tags: ["(laughs)", "(sighs)"], submit_btn: "Send", interactive: true } },
    { id: 2, type: "textbox", props: { label: "Received" } },
    { id: 3, type: "textbox", props: { label: "Events" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[1, "submit"]], inputs: [1], outputs: [2], api_name: "received" },
    { id: 1, targets: [[1, "input"]], inputs: [], outputs: [3], api_name: "input" },
    { id: 2, targets: [[1, "change"]], inputs: [], outputs: [3], api_name: "change" },
  ],
};
const dialogueScript = `
  const log = [];
  register("received", (text) => JSON.stringify(text));
  register("input", () => (log.push("input"), log.slice(-4).join(" ")));
  register("change", () => (log.push("change"), log.slice(-4).join(" ")));`;

test("a Dialogue shows each line with its speaker; edits fire input and change, submit gives the formatted text", async ({ page }) => {
  await openPage(page, "/dialogue.html", app(dialogueApp, dialogueScript));
  const dialogue = page.locator(".graft-dialogue");
  await expect(dialogue.getByTestId("block-info")).toHaveText("Script");
  await expect(dialogue.getByRole("combobox", { name: "Speaker of line 1" })).toHaveValue("Speaker 1");
  await expect(dialogue.getByRole("combobox", { name: "Speaker of line 2" })).toHaveValue("Speaker 2");
  await expect(dialogue.getByRole("textbox", { name: "Text of line 1" })).toHaveValue("Hello, how are you?");
  await expect(dialogue.getByRole("textbox", { name: "Text of line 2" })).toHaveValue("I'm fine, thank you!");
  await expect(dialogue.getByRole("switch", { name: "Plain Text" })).toHaveAttribute("aria-checked", "false");

  await dialogue.getByRole("textbox", { name: "Text of line 2" }).fill("Great!");
  await expect(page.getByLabel("Events")).toHaveValue("input change");
  await dialogue.getByTestId("dialogue-submit-button").click();
  await expect(page.getByLabel("Received")).toHaveValue(JSON.stringify("[Speaker 1] Hello, how are you?\n[Speaker 2] Great!"));

  // A new line after the first, its speaker chosen, a tag picked from the ":" menu.
  await dialogue.getByTestId("dialogue-add-button-0").click();
  const added = dialogue.getByRole("textbox", { name: "Text of line 2" });
  await expect(added).toBeFocused();
  await expect(added).toHaveValue("");
  await dialogue.getByRole("combobox", { name: "Speaker of line 2" }).selectOption("Speaker 2");
  await added.pressSequentially("Well :si");
  const menu = dialogue.getByTestId("dialogue-tag-menu");
  await expect(menu.getByRole("option")).toHaveCount(1);
  await expect(menu.getByRole("option", { name: "(sighs)" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveCount(0);
  await expect(added).toHaveValue("Well (sighs) ");
  await dialogue.getByTestId("dialogue-delete-button-2").click();
  await expect(dialogue.locator(".dialogue-line")).toHaveCount(2);
  await dialogue.getByTestId("dialogue-submit-button").click();
  await expect(page.getByLabel("Received")).toHaveValue(JSON.stringify("[Speaker 1] Hello, how are you?\n[Speaker 2] Well (sighs) "));
});

test("a Dialogue's plain text is the formatted lines; submit parses it back into lines", async ({ page }) => {
  await openPage(page, "/dialogue-plain.html", app(dialogueApp, dialogueScript));
  const dialogue = page.locator(".graft-dialogue");
  await dialogue.getByRole("switch", { name: "Plain Text" }).click();
  const plain = dialogue.getByTestId("textbox");
  await expect(plain).toHaveValue("[Speaker 1] Hello, how are you?\n[Speaker 2] I'm fine, thank you!");
  await expect(dialogue.getByTestId("dialogue-container")).toBeHidden();
  // fill() types the line break as an edit of its own: input and change fire (at least once).
  await plain.fill("[Speaker 2] One\nTwo");
  await expect(page.getByLabel("Events")).toHaveValue(/^input change( input| change)*$/);
  await dialogue.getByTestId("dialogue-submit-button").click();
  await expect(page.getByLabel("Received")).toHaveValue(JSON.stringify("[Speaker 2] One\n[Speaker 1] Two"));
  await dialogue.getByRole("switch", { name: "Plain Text" }).click();
  await expect(dialogue.getByRole("combobox", { name: "Speaker of line 2" })).toHaveValue("Speaker 1");
  await expect(dialogue.getByRole("textbox", { name: "Text of line 2" })).toHaveValue("Two");
});

const outputApp = {
  components: [
    { id: 1, type: "dialogue", props: { label: "Transcript", speakers: ["Ann", "Bob"], interactive: false } },
    { id: 2, type: "button", props: { value: "Lines" } },
    { id: 3, type: "button", props: { value: "Text" } },
    { id: 4, type: "button", props: { value: "Broken" } },
    { id: 5, type: "dialogue", props: { label: "As list", type: "list", value: [{ speaker: "Ann", text: "hi" }], speakers: ["Ann"], interactive: true } },
    { id: 6, type: "button", props: { value: "Read list" } },
    { id: 7, type: "textbox", props: { label: "Seen" } },
  ],
  layout: { id: 0, children: [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id })) },
  dependencies: [
    { id: 0, targets: [[2, "click"]], inputs: [], outputs: [1], api_name: "lines" },
    { id: 1, targets: [[3, "click"]], inputs: [], outputs: [1], api_name: "text" },
    { id: 2, targets: [[4, "click"]], inputs: [], outputs: [1], api_name: "broken" },
    { id: 3, targets: [[6, "click"]], inputs: [5], outputs: [7], api_name: "read" },
  ],
};
const outputScript = `
  register("lines", () => [{ speaker: "Ann", text: "Good morning." }, { speaker: "Bob", text: "Morning!" }, { speaker: "Ann", text: "Coffee?" }]);
  register("text", () => "[Ann] in plain text");
  register("broken", () => [["Ann", "hi"]]);
  register("read", (value) => JSON.stringify(value));`;

test("a function's list or string is drawn in a static Dialogue, type list receives the lines, a bad return names Dialogue", async ({ page }) => {
  await openPage(page, "/dialogue-output.html", app(outputApp, outputScript));
  const out = page.locator(".graft-dialogue").first();
  await page.getByRole("button", { name: "Lines" }).click();
  await expect(out.locator(".dialogue-line")).toHaveCount(3);
  await expect(out.getByRole("textbox", { name: "Speaker of line 2" })).toHaveValue("Bob");
  await expect(out.getByRole("textbox", { name: "Text of line 2" })).toHaveValue("Morning!");
  await expect(out.getByRole("textbox", { name: "Text of line 2" })).toBeDisabled();
  // Static: no editing controls, and each speaker's lines tinted.
  await expect(out.getByRole("button", { name: "Add new line" })).toHaveCount(0);
  await expect(out.getByRole("button", { name: "Remove current line" })).toHaveCount(0);
  await expect(out.getByRole("textbox", { name: "Text of line 2" })).toHaveCSS("background-color", "rgba(209, 250, 229, 0.7)");

  await page.getByRole("button", { name: "Text" }).click();
  await expect(out.getByTestId("textbox")).toHaveValue("[Ann] in plain text");
  await expect(out.getByRole("switch", { name: "Plain Text" })).toHaveAttribute("aria-checked", "true");

  await page.getByRole("button", { name: "Read list" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue(JSON.stringify([{ speaker: "Ann", text: "hi" }]));

  await page.getByRole("button", { name: "Broken" }).click();
  await expect(page.getByTestId("toast-text")).toContainText('dialogue "Transcript" (component 1): Dialogue expects each line to be a {speaker, text} dictionary, got ["Ann","hi"] at index 0');
});

const navbarApp = {
  components: [
    { id: 1, type: "navbar", props: { value: [["Analytics", "analytics"], ["About", "https://example.com/about"]], main_page_name: "My App" } },
    { id: 2, type: "textbox", props: { label: "Main page content" } },
    { id: 3, type: "button", props: { value: "More pages" } },
    { id: 4, type: "button", props: { value: "Hide bar" } },
    { id: 5, type: "button", props: { value: "Broken" } },
    { id: 6, type: "textbox", props: { label: "Changes" } },
  ],
  layout: { id: 0, children: [1, 2, 3, 4, 5, 6].map((id) => ({ id })) },
  dependencies: [
    { id: 0, targets: [[3, "click"]], inputs: [], outputs: [1], api_name: "more" },
    { id: 1, targets: [[4, "click"]], inputs: [], outputs: [1], api_name: "hide" },
    { id: 2, targets: [[5, "click"]], inputs: [], outputs: [1], api_name: "broken" },
    { id: 3, targets: [[1, "change"]], inputs: [1], outputs: [6], api_name: "changed" },
  ],
};
const navbarScript = `
  register("more", () => [["Analytics", "analytics"], ["Settings", "settings"]]);
  register("hide", () => ({ __type__: "update", visible: false }));
  register("broken", () => "settings");
  register("changed", (value) => JSON.stringify(value));`;

test("a Navbar draws its pages at the top of the app, fires change when a function updates it, and hides", async ({ page }) => {
  await openPage(page, "/navbar.html", app(navbarApp, navbarScript));
  const nav = page.getByRole("navigation", { name: "Pages" });
  const links = nav.getByRole("link");
  await expect(links).toHaveText(["My App", "Analytics", "About"]);
  await expect(nav.getByRole("link", { name: "My App" })).toHaveClass(/active/);
  await expect(nav.getByRole("link", { name: "My App" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Analytics" })).toHaveAttribute("href", "analytics");
  const about = nav.getByRole("link", { name: "About" });
  await expect(about).toHaveAttribute("href", "https://example.com/about");
  await expect(about).toHaveAttribute("target", "_blank");
  await expect(about).toHaveAttribute("rel", "noopener noreferrer");
  // Gradio's Embed: the bar comes before the app's content, whatever the Navbar's place.
  expect(await page.locator(".graft-app").evaluate((el) => el.firstElementChild.className)).toContain("nav-holder");
  const bar = await nav.boundingBox();
  const content = await page.getByLabel("Main page content").boundingBox();
  expect(bar.y + bar.height).toBeLessThan(content.y);

  await page.getByRole("button", { name: "More pages" }).click();
  await expect(links).toHaveText(["My App", "Analytics", "Settings"]);
  await expect(page.getByLabel("Changes")).toHaveValue(JSON.stringify([["Analytics", "analytics"], ["Settings", "settings"]]));

  await page.getByRole("button", { name: "Broken" }).click();
  await expect(page.getByTestId("toast-text")).toContainText('output navbar (component 1): Navbar expects a list of [label, path] pairs or None, got "settings"');
  await expect(links).toHaveText(["My App", "Analytics", "Settings"]);

  await page.getByRole("button", { name: "Hide bar" }).click();
  await expect(page.locator(".nav-holder")).toHaveCount(0);
  await expect(page.getByLabel("Main page content")).toBeVisible();
});
