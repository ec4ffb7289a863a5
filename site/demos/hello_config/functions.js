// The hello app's function, registered under the api_name its config names. A module file
// rather than an inline script, so the page runs under a strict Content-Security-Policy.
import { register } from "../../graft/graft.js";

register("welcome", (name) => `Welcome to Gradio, ${name}!`);
