// Drives site/demos/chatbot_multimodal/ with the selectors Gradio's own chatbot_multimodal spec
// uses (getByTestId("textbox"/"user"/"bot"/"upload-button"), .submit-button, button names):
// text and images go into the chat, the reply streams in word by word and echoes the files,
// and Like, Retry and Undo do what the demo's listeners say.
import { test, expect } from "@playwright/test";
import { pngFile } from "./support.js";

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/chatbot_multimodal/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "");
});

async function send(page, text) {
  const textbox = page.getByTestId("textbox");
  await textbox.fill(text);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("bot").last().getByRole("paragraph")).toHaveText(`You said: ${text}`);
  await expect(textbox).toBeEnabled();
}

test("text sent with Enter is the user's paragraph; the reply streams in and the box is ready again", async ({ page }) => {
  const textbox = page.getByTestId("textbox");
  await textbox.fill("Lorem ipsum");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("user").first().getByRole("paragraph")).toHaveText("Lorem ipsum");
  await expect(textbox).toHaveValue("");
  await expect(page.getByTestId("bot").first().getByRole("paragraph")).toHaveText("You said: Lorem ipsum");
  await expect(page.getByTestId("bot").first().locator("strong")).toHaveText("Lorem ipsum");
  await expect(textbox).toBeEnabled();
  await expect(page.getByRole("log", { name: "chatbot conversation" })).toBeVisible();
});

test("Markdown in a message is rendered: bold, italics and links opening in a new tab", async ({ page }) => {
  await page.getByTestId("textbox").fill("This is **bold text**. This is *italic text*. This is a [link](https://gradio.app).");
  await page.locator(".submit-button").click();
  const html = await page.getByTestId("user").first().getByRole("paragraph").innerHTML();
  expect(html).toContain("This is <strong>bold text</strong>. This is <em>italic text</em>. This is a <a ");
  expect(html).toContain('target="_blank"');
  expect(html).toContain('rel="noopener noreferrer"');
});

test("an uploaded image shows as a thumbnail, then in the user's message, and the bot echoes it back", async ({ page }) => {
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("upload-button").click();
  await (await chooser).setFiles(pngFile("cheetah.png", 8, 6));
  await expect(page.locator(".thumbnail-item")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "File thumbnail" })).toHaveCount(1);
  await page.getByTestId("textbox").click();
  await page.keyboard.press("Enter");
  const userImage = page.getByTestId("user").first().locator("img");
  await expect(userImage).toHaveAttribute("src", /^blob:/);
  await expect(page.getByTestId("bot").first().locator("img")).toHaveAttribute("src", await userImage.getAttribute("src"));
  await expect(page.getByTestId("bot").last().getByRole("paragraph")).toHaveText("You sent a file; here it is back.");
  await expect(page.locator(".thumbnail-item")).toHaveCount(0);
});

test("Remove file takes an attachment back before sending", async ({ page }) => {
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("upload-button").click();
  await (await chooser).setFiles([pngFile("a.png", 4, 4), pngFile("b.png", 4, 4)]);
  await expect(page.getByRole("listitem", { name: "File thumbnail" })).toHaveCount(2);
  await page.getByRole("button", { name: "Remove file" }).first().click();
  await expect(page.getByRole("listitem", { name: "File thumbnail" })).toHaveCount(1);
});

test("streaming updates the reply in place: earlier messages stay the same elements", async ({ page }) => {
  await send(page, "first");
  await page.getByTestId("user").first().evaluate((el) => (el.dataset.marked = "yes"));
  await page.getByTestId("textbox").fill("second message");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("bot").last().getByRole("paragraph")).toHaveText("You said: second message");
  await expect(page.getByTestId("user").first()).toHaveAttribute("data-marked", "yes");
});

test("Like fires like with LikeData, shown by the demo; the button then reads Liked", async ({ page }) => {
  await send(page, "hello");
  await page.getByRole("button", { name: "Like" }).last().click();
  await expect(page.getByRole("button", { name: "Liked" })).toHaveCount(1);
  await expect(page.locator("#feedback")).toHaveText("You liked message 1: “You said: hello”");
  await page.getByRole("button", { name: "Liked" }).click();
  await expect(page.locator("#feedback")).toHaveText("You took back your feedback on message 1: “You said: hello”");
});

test("Retry regenerates the last reply", async ({ page }) => {
  await send(page, "again");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("bot")).toHaveCount(1);
  await expect(page.getByTestId("bot").last().getByRole("paragraph")).toHaveText("You said: again");
  await expect(page.getByTestId("user")).toHaveCount(1);
});

test("Undo removes the last exchange and puts its text back into the box", async ({ page }) => {
  await send(page, "one");
  await send(page, "two");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("user")).toHaveCount(1);
  await expect(page.getByTestId("bot")).toHaveCount(1);
  await expect(page.getByTestId("textbox")).toHaveValue("two");
});

test("Copy message copies the reply; Clear empties the chat", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await send(page, "copy me");
  await page.getByRole("button", { name: "Copy message" }).last().click();
  await expect(page.getByRole("button", { name: "Copied message" })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("You said: **copy me**");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByTestId("bot")).toHaveCount(0);
  await expect(page.getByRole("complementary").getByText("Echo bot")).toBeVisible();
});
