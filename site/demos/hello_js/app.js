// The hello app with Graft's JS builder API, triggered by a Run button.
import { Blocks } from "../../graft/graft.js";

const demo = await Blocks.create({ title: "Hello" });
demo.markdown("# Hello World!\nStart typing below and then click **Run** to see the output.");
const row = demo.row();
const inp = row.textbox({ placeholder: "What is your name?" });
const out = row.textbox();
demo.button("Run").click({ fn: (name) => `Welcome to Gradio, ${name}!`, inputs: [inp], outputs: [out], api_name: "welcome" });
demo.launch("#app");
