// Drives site/demos/cpp_worker/: C++ functions running in the page's Web Worker.
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/cpp_worker/");
  await expect(page.locator("graft-app[data-ready]")).toBeAttached();
});

test("a C++ generator's yields reach the page one by one while it computes", async ({ page }) => {
  const reply = page.getByLabel("Reply");
  // Every value the Reply box shows, in order, recorded in the page as it changes.
  await page.evaluate(() => {
    const box = [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith("Reply")).querySelector("textarea, input");
    window.seen = [];
    const watch = () => {
      if (window.seen.at(-1) !== box.value) window.seen.push(box.value);
      requestAnimationFrame(watch);
    };
    watch();
  });
  await page.getByRole("button", { name: "Send" }).click();
  await expect(reply).toHaveValue("You said: the page never freezes while C++ computes");
  const seen = (await page.evaluate(() => window.seen)).filter(Boolean);
  // "You said: the page …" grows a word at a time: the page saw most of the nine steps.
  expect(seen.length).toBeGreaterThanOrEqual(5);
  expect(seen[0]).toBe("You");
  for (let i = 1; i < seen.length; ++i) expect(seen[i].startsWith(seen[i - 1])).toBe(true);
});

test("while a C++ function computes, typing and another C++ listener still answer", async ({ page }) => {
  await page.getByLabel("Seconds").fill("3");
  await page.getByRole("button", { name: "Compute" }).click();
  const result = page.getByLabel("Result");
  await page.getByLabel("Type here while it computes").pressSequentially("ok");
  await expect(page.getByLabel("Echo")).toHaveValue("OK");
  // The computation was still running when the echo came back.
  await expect(result).toHaveValue("");
  await expect(result).toHaveValue(/^Counted \d+ primes in 3 s\.$/, { timeout: 15_000 });
});

test("Stop ends a C++ generator between its yields", async ({ page }) => {
  const reply = page.getByLabel("Reply");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(reply).toHaveValue(/^You said:/);
  await page.getByRole("button", { name: "Stop" }).click();
  const stopped = await reply.inputValue();
  await page.waitForTimeout(1000); // four more words' time: none arrives
  await expect(reply).toHaveValue(stopped);
  expect(stopped).not.toBe("You said: the page never freezes while C++ computes");
  // The app goes on: a new request runs to its end.
  await page.getByLabel("Prompt").fill("again");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(reply).toHaveValue("You said: again");
});

test("an abort in C++ shows an error naming the function, and the next event runs", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.getByRole("button", { name: "Abort in C++" }).click();
  const toast = page.getByTestId("toast-body").filter({ hasText: "give_up" });
  await expect(toast).toContainText('the C++ function "give_up" crashed');
  await expect(toast).toContainText("its worker was restarted");
  await page.getByLabel("Prompt").fill("still here");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByLabel("Reply")).toHaveValue("You said: still here");
  expect(errors.some((e) => e.includes("give_up"))).toBe(true);
});

test.describe("stream_frames", () => {
  test("a streaming webcam's frames reach a C++ .stream() function in the worker one after another, until Stop", async ({ page }) => {
    await page.goto("/demos/stream_frames/");
    const camera = page.locator(".graft-image");
    await camera.getByRole("button", { name: "Webcam", exact: true }).click();
    // Each answer counts the frames the function has seen: several went through the worker.
    const seen = page.getByLabel("Seen");
    await expect(seen).toHaveValue(/^Frame ([3-9]|\d{2,}): \d+x\d+, brightness \d+\.\d$/, { timeout: 15000 });
    await camera.getByRole("button", { name: "Stop" }).click();
    await expect(camera.locator("video")).toBeHidden();
    const last = await seen.inputValue();
    await page.waitForTimeout(800); // four stream_every periods: no frame arrives after Stop
    await expect(seen).toHaveValue(last);
  });
});
