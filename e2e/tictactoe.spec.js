// Drives site/demos/tictactoe/ (C++): clicking an empty cell places X or O and flips "Turn";
// an occupied cell changes nothing.
import { test, expect } from "@playwright/test";

test("marks go to empty cells in turn; an occupied cell changes nothing", async ({ page }) => {
  await page.goto("/demos/tictactoe/");
  const turn = page.getByLabel("Turn");
  await expect(turn).toHaveValue("X");
  await page.getByTestId("cell-1-1").click();
  await expect(page.getByTestId("cell-1-1")).toHaveText("X");
  await expect(turn).toHaveValue("O");
  await page.getByTestId("cell-0-2").click();
  await expect(page.getByTestId("cell-0-2")).toHaveText("O");
  await expect(turn).toHaveValue("X");
  await page.getByTestId("cell-1-1").click(); // occupied
  await page.waitForTimeout(200);
  await expect(page.getByTestId("cell-1-1")).toHaveText("X");
  await expect(turn).toHaveValue("X");
});

test("the page shows the demo's C++ source beside the app, outside the app's own text", async ({ page }) => {
  await page.setViewportSize({ width: 1500, height: 900 });
  await page.goto("/demos/tictactoe/");
  const source = page.frameLocator('iframe[title="This demo\'s C++ source, main.cpp"]');
  await expect(source.getByText("const gr::SelectData& evt")).toBeVisible();
  await expect(source.getByRole("link", { name: "raw" })).toHaveAttribute("href", "main.cpp.txt");
  // Beside: the frame's left edge is right of the app's.
  const app = await page.locator("graft-app").boundingBox();
  const frame = await page.locator("iframe.source").boundingBox();
  expect(frame.x).toBeGreaterThanOrEqual(app.x + app.width);
  // The app page's own text does not include the source.
  await expect(page.getByText("gr::SelectData")).toHaveCount(0);
});
