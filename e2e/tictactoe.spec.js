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
