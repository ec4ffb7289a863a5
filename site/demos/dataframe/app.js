// gr.Dataframe with the JS builder API: an editable shopping list whose edits recompute the
// total in a Textbox, and a 100,000-row table built in JS, drawn with virtual scrolling.
import { Blocks } from "../../graft/graft.js";

const list = {
  headers: ["item", "price", "quantity"],
  data: [["apple", 0.5, 4], ["bread", 2.25, 1], ["milk", 1.2, 2]],
};
// type "pandas" (the default) gives a page function Gradio's {headers, data}.
const total = ({ data }) => data.reduce((sum, [, price, quantity]) => sum + (Number(price) || 0) * (Number(quantity) || 0), 0).toFixed(2);

const rows = Array.from({ length: 100000 }, (_, i) => [i, `row ${i}`, (i * 7919) % 1000, i % 3 === 0]);

const demo = await Blocks.create({ title: "Dataframe" });
demo.markdown("# Dataframe\nDouble-click a cell (or select it and type) to edit it; the total follows. Click a header to sort.");
const shopping = demo.dataframe({
  label: "Shopping list", value: list, datatype: ["str", "number", "number"], interactive: true, show_search: "search",
});
const sum = demo.textbox({ label: "Total", value: total(list), interactive: false });
shopping.change({ fn: total, inputs: [shopping], outputs: [sum], api_name: "total" });
demo.dataframe({
  label: "100,000 rows", value: { headers: ["n", "label", "score", "even third"], data: rows },
  datatype: ["number", "str", "number", "bool"], interactive: false, max_height: 400, show_row_numbers: true, pinned_columns: 1,
});
demo.launch("#app");
