// Drives site/demos/blocks_kinematics/: a LinePlot of a projectile's trajectory drawn as SVG by
// Vega on load, redrawn when the Speed or Angle slider changes and on Run, in light and dark.
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/blocks_kinematics/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "", { timeout: 20000 });
});

const plot = (page) => page.locator(".graft-nativeplot");
// The trajectory: the longest path in the line mark's group.
const trajectory = (page) => plot(page).locator("svg .mark-line path").first();

test("the trajectory is drawn as an SVG path on load", async ({ page }) => {
  await expect(plot(page)).toHaveAttribute("data-rendered", "", { timeout: 15000 });
  await expect(trajectory(page)).toHaveAttribute("d", /^M/);
  // Vega names the chart (aria-label) from the spec's description: the plot's label.
  await expect(plot(page).getByLabel("Trajectory", { exact: true })).toBeVisible();
  await expect(plot(page).locator(".empty")).toBeHidden();
});

test("moving the Angle slider changes the path; Run draws the same curve again", async ({ page }) => {
  await expect(trajectory(page)).toHaveAttribute("d", /^M/, { timeout: 15000 });
  const before = await trajectory(page).getAttribute("d");
  const angle = page.getByLabel("number input for Angle");
  await angle.fill("30");
  await angle.press("Enter");
  await angle.blur();
  await expect.poll(() => trajectory(page).getAttribute("d")).not.toBe(before);
  const after = await trajectory(page).getAttribute("d");
  await page.getByRole("button", { name: "Run" }).click();
  await expect.poll(() => trajectory(page).getAttribute("d")).toBe(after);
});

test("moving the Speed range slider changes the path", async ({ page }) => {
  await expect(trajectory(page)).toHaveAttribute("d", /^M/, { timeout: 15000 });
  const before = await trajectory(page).getAttribute("d");
  const speed = page.getByLabel("range slider for Speed");
  await speed.focus();
  for (let i = 0; i < 5; i++) await speed.press("ArrowLeft");
  await expect.poll(() => trajectory(page).getAttribute("d")).not.toBe(before);
});

test("dark mode redraws the chart with the dark theme's colours", async ({ page }) => {
  await expect(trajectory(page)).toHaveAttribute("d", /^M/, { timeout: 15000 });
  const label = plot(page).locator("svg .role-axis-label text").first();
  const light = await label.getAttribute("fill");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator(".graft-app")).toHaveClass(/dark/);
  await expect.poll(() => label.getAttribute("fill")).not.toBe(light);
  const dark = await page.evaluate(() => getComputedStyle(document.querySelector(".graft-nativeplot")).getPropertyValue("--body-text-color").trim());
  expect(await plot(page).locator("svg .role-axis-label text").first().getAttribute("fill")).toBe(dark);
});

// The same app in C++ (site/demos/blocks_kinematics_cpp/): its function returns the rows, the
// LinePlot's postprocess in the core makes them PlotData; the curve is the JS version's.
// The outer beforeEach has opened the JS version: the C++ page is compared with it.
test.describe("in C++", () => {
  test("draws the JS version's trajectory on load and redraws when the Angle changes", async ({ page, context }) => {
    await expect(trajectory(page)).toHaveAttribute("d", /^M/, { timeout: 15000 });
    const js = await trajectory(page).getAttribute("d");
    const cpp = await context.newPage();
    const errors = [];
    cpp.on("pageerror", (e) => errors.push(e.message));
    await cpp.goto("/demos/blocks_kinematics_cpp/");
    await expect(trajectory(cpp)).toHaveAttribute("d", /^M/, { timeout: 15000 });
    expect(await trajectory(cpp).getAttribute("d")).toBe(js);
    const angle = cpp.getByLabel("number input for Angle");
    await angle.fill("30");
    await angle.press("Enter");
    await expect.poll(() => trajectory(cpp).getAttribute("d")).not.toBe(js);
    expect(errors).toEqual([]);
  });
});
