// Gradio's chatbot_multimodal demo with the JS builder: a MultimodalTextbox sends text, files
// and recordings to a Chatbot; the bot echoes the files back and streams its reply word by word
// (an async generator: each yield redraws only the last message). Like, Retry and Undo work:
// Retry regenerates the last reply, Undo removes the last exchange and puts it back in the box.
import { Blocks } from "../../graft/graft.js";

const demo = await Blocks.create({ title: "Chatbot multimodal" });
const chatbot = demo.chatbot({
  elem_id: "chatbot",
  label: "Echo bot",
  height: 460,
  placeholder: "**Echo bot** · send a message, an image or a recording: it comes straight back.",
  feedback_options: ["Like", "Dislike"],
});
const chatInput = demo.multimodalTextbox({
  interactive: true,
  file_count: "multiple",
  placeholder: "Enter message or upload file...",
  show_label: false,
  sources: ["microphone", "upload"],
});
const feedback = demo.markdown("", { elem_id: "feedback" });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const textOf = (message) => message.content.filter((p) => p.type === "text").map((p) => p.text).join("\n");
const filesOf = (message) => message.content.filter((p) => p.type === "file").map((p) => p.file);
const disabledInput = { __type__: "update", value: null, interactive: false };

// The user's message joins the history (files first, then the text); the box empties and waits.
function addMessage(history, message) {
  const content = message.files.map((url) => ({ path: url }));
  if (message.text) content.push(message.text);
  if (content.length) history.push({ role: "user", content });
  return [history, disabledInput];
}

// The reply: each attached file echoed back, then the text streamed a word at a time.
async function* respond(history) {
  const user = history.findLast((m) => m.role === "user");
  const text = user ? textOf(user) : "";
  const files = user ? filesOf(user) : [];
  for (const file of files) history.push({ role: "assistant", content: { type: "file", file } });
  const reply = text ? `You said: **${text}**` : files.length ? `You sent ${files.length === 1 ? "a file" : `${files.length} files`}; here ${files.length === 1 ? "it is" : "they are"} back.` : "Say something!";
  history.push({ role: "assistant", content: "" });
  const words = reply.split(" ");
  for (let i = 0; i < words.length; i++) {
    history[history.length - 1].content += (i ? " " : "") + words[i];
    await sleep(60);
    yield history;
  }
}

chatInput
  .submit({ fn: addMessage, inputs: [chatbot, chatInput], outputs: [chatbot, chatInput], api_name: "add_message" })
  .then({ fn: respond, inputs: [chatbot], outputs: [chatbot], api_name: "bot_response" })
  .then({ fn: () => ({ __type__: "update", interactive: true }), inputs: [], outputs: [chatInput], api_name: "enable_input" });

// RetryData.index is the last user message: keep the history up to it and answer again.
chatbot.retry({
  fn: async function* retry(history, data) {
    yield* respond(history.slice(0, data.index + 1));
  },
  inputs: [chatbot],
  outputs: [chatbot],
  api_name: "retry",
});

// UndoData.index is the last user message: drop it and what followed, and put it back in the box.
chatbot.undo({
  fn: (history, data) => {
    const message = history[data.index];
    return [history.slice(0, data.index), { text: textOf(message), files: filesOf(message) }];
  },
  inputs: [chatbot],
  outputs: [chatbot, chatInput],
  api_name: "undo",
});

// LikeData: the message's index, its contents, and liked (true, false, or "" when taken back).
chatbot.like({
  fn: (data) => {
    const what = data.liked === true ? "liked" : data.liked === false ? "disliked" : "took back your feedback on";
    const quote = data.value.find((v) => typeof v === "string") ?? "a file";
    return `You ${what} message ${data.index}: “${quote}”`;
  },
  inputs: [],
  outputs: [feedback],
  api_name: "like",
});

demo.launch("#app");
