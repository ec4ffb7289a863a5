// Drives site/demos/dataframe/: editing the shopping list recomputes the Total, headers sort,
// search filters rows, and the 100,000-row table scrolls to its last row with a bounded number
// of row elements. Selectors as Gradio's e2e specs use them (cell test ids, "Edit cell").
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/dataframe/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "", { timeout: 20000 });
});

const table = (page, name) => page.locator(".graft-dataframe", { has: page.getByRole("grid", { name }) });
const rows = (df) => df.locator(".virtual-body .virtual-row");

test("double-clicking a cell opens the editor; Enter commits and the total follows", async ({ page }) => {
  const list = table(page, "Shopping list");
  const total = page.getByLabel("Total", { exact: true });
  await expect(total).toHaveValue("6.65");
  await list.getByTestId("cell-0-1").dblclick();
  const editor = list.getByLabel("Edit cell");
  await expect(editor).toBeFocused();
  await editor.fill("1");
  await editor.press("Enter");
  await expect(editor).toHaveCount(0);
  await expect(list.getByTestId("cell-0-1")).toHaveText("1");
  await expect(total).toHaveValue("8.65");
});

test("typing on a selected cell starts editing it; Escape cancels", async ({ page }) => {
  const list = table(page, "Shopping list");
  const total = page.getByLabel("Total", { exact: true });
  await list.getByTestId("cell-1-2").click();
  await page.keyboard.press("3");
  await expect(list.getByLabel("Edit cell")).toHaveValue("3");
  await page.keyboard.press("Enter");
  await expect(list.getByTestId("cell-1-2")).toHaveText("3");
  await expect(total).toHaveValue("11.15");
  await list.getByTestId("cell-2-0").dblclick();
  await list.getByLabel("Edit cell").fill("oat milk");
  await list.getByLabel("Edit cell").press("Escape");
  await expect(list.getByTestId("cell-2-0")).toHaveText("milk");
});

test("a number column keeps invalid text in the editor, marked invalid", async ({ page }) => {
  const list = table(page, "Shopping list");
  await list.getByTestId("cell-2-1").dblclick();
  const editor = list.getByLabel("Edit cell");
  await editor.fill("lots");
  await editor.press("Enter");
  await expect(editor).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Total", { exact: true })).toHaveValue("6.65");
  await editor.press("Escape");
  await expect(list.getByTestId("cell-2-1")).toHaveText("1.2");
});

test("clicking a header sorts ascending, descending, then back to the value's order", async ({ page }) => {
  const list = table(page, "Shopping list");
  const price = list.locator('th.header-cell[data-heading="1"]');
  const firstColumn = () => rows(list).locator('.body-cell[data-col="0"]').allTextContents();
  await price.click();
  await expect(price).toHaveAttribute("aria-sort", "ascending");
  expect(await firstColumn()).toEqual(["apple", "milk", "bread"]);
  await price.click();
  await expect(price.getByLabel("Sorted descending")).toBeVisible();
  expect(await firstColumn()).toEqual(["bread", "milk", "apple"]);
  await price.click();
  await expect(price).toHaveAttribute("aria-sort", "none");
  expect(await firstColumn()).toEqual(["apple", "bread", "milk"]);
  // Test ids name the value's rows whatever the order: bread is row 1.
  await price.click();
  await expect(list.getByTestId("cell-1-0")).toHaveText("bread");
});

test("search shows only the rows containing the text", async ({ page }) => {
  const list = table(page, "Shopping list");
  await list.getByPlaceholder("Search...").fill("BR");
  await expect(rows(list)).toHaveCount(1);
  await expect(rows(list).first()).toContainText("bread");
  await list.getByPlaceholder("Search...").fill("");
  await expect(rows(list)).toHaveCount(3);
});

test("selecting a cell and pressing Ctrl+C copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const list = table(page, "Shopping list");
  await list.getByTestId("cell-1-0").click();
  await page.keyboard.press("Control+c");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("bread");
});

test("the 100,000-row table scrolls to its last row with fewer than 200 row elements", async ({ page }) => {
  const big = table(page, "100,000 rows");
  await expect(big.getByTestId("cell-0-1")).toHaveText("row 0");
  expect(await rows(big).count()).toBeLessThan(200);
  const viewport = big.locator(".virtual-table-viewport");
  await viewport.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(big.getByTestId("cell-99999-1")).toBeVisible();
  await expect(big.getByTestId("cell-99999-1")).toHaveText("row 99999");
  expect(await rows(big).count()).toBeLessThan(200);
  await expect(big.getByTestId("cell-0-1")).toHaveCount(0);
  // Scrolling back to the middle draws that part of the table.
  await viewport.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await expect(big.getByTestId("cell-50000-1")).toBeVisible();
  expect(await rows(big).count()).toBeLessThan(200);
});
