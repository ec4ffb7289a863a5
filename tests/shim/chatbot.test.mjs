// gr.Chatbot in the page: what a function may return (messages, ChatMessage-like objects, old
// [user, bot] pairs) and Gradio's message normalisation, grouping and thought trees; the DOM
// Gradio's specs select (test ids, names, roles); the buttons' events with Gradio's EventData;
// and streaming, which re-renders the last message alone, however long the history.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/chatbot/helpers.js";
import { FileStore } from "../../js-shim/file-store.js";

const { window } = installDom();
globalThis.MutationObserver ??= window.MutationObserver;
const copied = [];
Object.defineProperty(globalThis, "navigator", { configurable: true, value: { clipboard: { writeText: async (t) => copied.push(t) } } });
const chatbot = (await import("../../js-shim/components/chatbot/index.js")).default;

const text = (role, t, extra = {}) => ({ role, content: [{ type: "text", text: t }], metadata: null, options: null, ...extra });
const png = { path: "/f/cat.png", url: "http://x.test/f/cat.png", orig_name: "cat.png", mime_type: "image/png" };

async function show(props) {
  const m = mount(chatbot, props);
  await m.view.idle();
  const patch = async (p) => {
    m.patch(p);
    await m.view.idle();
  };
  return { ...m, patch };
}
const byName = (el, name) => [...el.querySelectorAll("button, a")].filter((b) => b.getAttribute("aria-label") === name);
const emitted = (ctx, event) => ctx.calls.filter((c) => c[0] === "emit" && c[1] === event).map((c) => c[2]);

test("a function may return messages, ChatMessage-like objects or [user, bot] pairs, each made Gradio's wire messages", () => {
  class ChatMessage {
    constructor(content, role = "assistant", metadata = null) {
      Object.assign(this, { content, role, metadata, options: null });
    }
  }
  assert.deepEqual(h.toMessages([{ role: "user", content: "  Hello\n    there\n    friend\n" }, new ChatMessage("Hi", "assistant", { title: "Tool" })]), [
    { role: "user", content: [{ type: "text", text: "Hello\nthere\nfriend" }], metadata: null, options: null },
    { role: "assistant", content: [{ type: "text", text: "Hi" }], metadata: { title: "Tool" }, options: null },
  ]);
  assert.deepEqual(h.toMessages([["Hi", "Hello!"], [null, ["/tmp/a.png", "a cat"]]], (f) => ({ path: f })), [
    { role: "user", content: [{ type: "text", text: "Hi" }], metadata: null, options: null },
    { role: "assistant", content: [{ type: "text", text: "Hello!" }], metadata: null, options: null },
    { role: "assistant", content: [{ type: "file", file: { path: "/tmp/a.png" }, alt_text: "a cat" }], metadata: null, options: null },
  ]);
  assert.deepEqual(h.toMessages(null), []);
  assert.deepEqual(h.toMessages([["q", null], { role: "assistant", content: "a" }]).map((m) => m.role), ["user", "assistant"], "pairs and messages mix, item by item");
});

test("files in returned messages go through the app's file store, keeping alt_text, and get a MIME type by extension", () => {
  const fileOf = (f) => h.withMime(typeof f === "string" ? { path: f, url: f } : { ...f, url: f.path });
  const [m] = h.toMessages([{ role: "assistant", content: [{ path: "out/plot.png", alt_text: "a plot" }, "caption", null] }], fileOf);
  assert.deepEqual(m.content, [{ type: "file", file: { path: "out/plot.png", url: "out/plot.png", mime_type: "image/png" }, alt_text: "a plot" }, { type: "text", text: "caption" }]);
  const [f] = h.toMessages([{ role: "user", content: { type: "file", file: "a/b/song.mp3" } }], fileOf);
  assert.equal(f.content[0].file.mime_type, "audio/mpeg");
});

test("returned values of the wrong shape fail with a message naming the Chatbot and the place", () => {
  assert.throws(() => h.toMessages("hi"), /^Error: Chatbot expects a list of messages/);
  assert.throws(() => h.toMessages([{ content: "x" }]), /Chatbot expects a list of messages .*value\[0\]/);
  assert.throws(() => h.toMessages([{ role: "bot", content: "x" }]), /value\[0\]\.role must be "user", "assistant" or "system", got "bot"/);
  assert.throws(() => h.toMessages([{ role: "user", content: [{ weird: 1 }] }]), /value\[0\]\.content\[0\]: expected text, a file/);
  assert.throws(() => chatbot.edge.output(42, {}, null), /Chatbot expects a list/);
});

test("a message with an empty content list is dropped, as Gradio drops it; an empty string stays", () => {
  assert.equal(h.toMessages([{ role: "user", content: [] }]).length, 0);
  assert.equal(h.toMessages([{ role: "assistant", content: "" }]).length, 1);
});

test("a page function receives the messages as Gradio's preprocess gives them, as a copy it may change", () => {
  const value = [text("user", "hi"), { role: "assistant", content: [{ type: "file", file: png, alt_text: null }], metadata: null, options: null }];
  const arg = chatbot.edge.argument(value, {}, null);
  assert.deepEqual(arg, value);
  arg[0].content[0].text = "changed";
  assert.equal(value[0].content[0].text, "hi");
  assert.deepEqual(chatbot.edge.argument(null), []);
});

test("normalising makes one part per content item and nests messages under the thought their parent_id names", () => {
  const parts = h.normalise([
    { role: "user", content: [{ type: "file", file: png }, { type: "text", text: "look" }] },
    text("assistant", "thinking", { metadata: { title: "Plan", id: "p" } }),
    text("assistant", "searched", { metadata: { title: "Search", id: "s", parent_id: "p" } }),
    text("assistant", "result", { metadata: { parent_id: "s" } }),
    text("assistant", "Done"),
  ]);
  assert.deepEqual(parts.map((p) => [p.index, p.type]), [[0, "component"], [0, "text"], [1, "text"], [4, "text"]]);
  assert.equal(parts[0].content.component, "image");
  assert.equal(parts[2].children[0].metadata.title, "Search");
  assert.equal(parts[2].children[0].children[0].content, "result");
});

test("consecutive messages of one role share a group unless group_consecutive_messages is false; system messages are not drawn", () => {
  const parts = h.normalise([text("system", "be nice"), text("user", "a"), text("user", "b"), text("assistant", "c")]);
  assert.deepEqual(h.groupParts(parts).map((g) => [g.role, g.parts.length]), [["user", 2], ["assistant", 1]]);
  assert.equal(h.groupParts(parts, false).length, 3);
});

test("thought durations read as Gradio shows them", () => {
  assert.deepEqual([h.formatDuration(3), h.formatDuration(3.21), h.formatDuration(0.05)], ["3s", "3.2s", "50.0ms"]);
  assert.equal(h.thoughtMeta({ log: "ok", duration: 1.5 }), "ok (1.5s)");
  assert.equal(h.thoughtMeta({}), "");
});

test("the conversation is drawn in Gradio's log > message-wrap > message-row > message > [data-testid] structure", async () => {
  const { el } = await show({ value: [text("user", "Hello **there**"), text("assistant", "Hi!")] });
  assert.equal(el.querySelector("[data-testid=block-label]").textContent, "Chatbot");
  const log = el.querySelector('div.bubble-wrap[role=log][aria-label="chatbot conversation"][aria-live=polite]');
  assert.ok(log);
  const user = log.querySelector(":scope > .message-wrap > .message-row.bubble.user-row .message.user > .message > [data-testid=user]");
  assert.equal(user.getAttribute("aria-label"), "user's message: Hello **there**");
  assert.equal(user.querySelector("p").innerHTML, "Hello <strong>there</strong>");
  assert.equal(el.querySelector(".bot-row [data-testid=bot] p").textContent, "Hi!");
});

test("layout panel draws a panel-wrap, and ungrouped messages each get their own row", async () => {
  const { el } = await show({ value: [text("user", "a"), text("user", "b")], layout: "panel", group_consecutive_messages: false });
  assert.ok(el.querySelector("div.panel-wrap[role=log]"));
  assert.equal(el.querySelectorAll(".message-row.panel.user-row").length, 2);
  assert.equal(el.querySelectorAll(".message.user > [data-testid=user]").length, 2);
});

test("streaming a reply re-renders its last message alone: earlier messages keep their nodes, even among 1,000", async () => {
  const history = Array.from({ length: 1000 }, (_, i) => text(i % 2 ? "assistant" : "user", `message ${i}`));
  const { el, view, patch } = await show({ value: history });
  const rows = [...el.querySelectorAll(".message-row")];
  assert.equal(rows.length, 1000);
  const firstSpan = rows[0].querySelector(".md");
  const lastSpan = rows[999].querySelector(".md");
  const grown = history.map((m, i) => (i === 999 ? text("assistant", "message 999 and more") : m));
  view.renders.clear();
  const t0 = performance.now();
  patch({ value: grown });
  const elapsed = performance.now() - t0;
  assert.ok(elapsed < 1000, `update took ${elapsed} ms`);
  const after = [...el.querySelectorAll(".message-row")];
  assert.ok(after.every((r, i) => r === rows[i]), "every row is the same node");
  assert.equal(after[0].querySelector(".md"), firstSpan);
  assert.equal(after[999].querySelector(".md"), lastSpan, "the last message is updated in place");
  await view.idle();
  assert.equal(lastSpan.textContent.trim(), "message 999 and more");
});

test("a value update renders only the messages that changed", async () => {
  const { view, patch } = await show({ value: [text("user", "a"), text("assistant", "b")] });
  let renders = 0;
  view.renders = new (class extends Set {
    add(p) {
      renders++;
      return super.add(p);
    }
  })();
  await patch({ value: [text("user", "a"), text("assistant", "b, c")] });
  assert.equal(renders, 1);
  await patch({ value: [text("user", "a"), text("assistant", "b, c"), text("user", "d")] });
  assert.equal(renders, 2);
});

test("Clear empties the chat with a clear event, and the toolbar only shows with messages", async () => {
  const { el, ctx } = await show({ value: [text("user", "hi")] });
  const [clear] = byName(el, "Clear");
  assert.equal(el.querySelector(".top-panel").hidden, false);
  clear.click();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", [], "clear"]);
  assert.equal(el.querySelectorAll(".message-row").length, 0);
  assert.equal(el.querySelector(".top-panel").hidden, true);
});

test("Like and Dislike show on the bot's messages and fire like with LikeData; choosing again takes it back", async () => {
  const { el, ctx } = await show({ value: [text("user", "hi"), text("assistant", "one"), text("assistant", "two")] });
  assert.equal(el.querySelector(".message-buttons-right [aria-label=Like]"), null, "not on the user's message");
  const like = byName(el, "Like")[0];
  like.click();
  assert.deepEqual(emitted(ctx, "like").at(-1), { index: 1, value: ["one", "two"], liked: true });
  assert.equal(byName(el, "Liked").length, 1);
  assert.equal(byName(el, "Liked")[0].getAttribute("aria-pressed"), "true");
  byName(el, "Dislike")[0].click();
  assert.deepEqual(emitted(ctx, "like").at(-1), { index: 1, value: ["one", "two"], liked: false });
  byName(el, "Disliked")[0].click();
  assert.equal(emitted(ctx, "like").at(-1).liked, "");
  // Each choice redraws the buttons, and the replaced ones' listeners go: the first Like, drawn
  // when nothing was chosen, would choose Like again.
  const likes = emitted(ctx, "like").length;
  like.click();
  assert.equal(emitted(ctx, "like").length, likes);
  assert.equal(byName(el, "Liked").length, 0);
});

test("Gradio's likeable false hides Like; other feedback_options sit under a Feedback button", async () => {
  const off = await show({ value: [text("assistant", "x")], likeable: false });
  assert.equal(byName(off.el, "Like").length, 0);
  const { el, ctx } = await show({ value: [text("assistant", "x")], feedback_options: ["Like", "Wrong answer"] });
  assert.equal(byName(el, "Dislike").length, 0);
  const [flag] = byName(el, "Feedback");
  flag.click();
  assert.equal(flag.getAttribute("aria-expanded"), "true");
  [...el.querySelectorAll(".extra-feedback-option")].find((b) => b.textContent === "Wrong answer").click();
  assert.deepEqual(emitted(ctx, "like").at(-1), { index: 0, value: ["x"], liked: "Wrong answer" });
});

test("Retry and Undo sit on the last bot message only and carry the last user message (RetryData/UndoData)", async () => {
  const { el, ctx } = await show({ value: [text("user", "q1"), text("assistant", "a1"), { role: "user", content: [{ type: "file", file: png }, { type: "text", text: "q2" }] }, text("assistant", "a2")] });
  assert.equal(byName(el, "Retry").length, 1);
  assert.equal(byName(el, "Undo").length, 1);
  const lastPanel = [...el.querySelectorAll(".message-buttons")].at(-1);
  assert.ok(lastPanel.contains(byName(el, "Retry")[0]));
  byName(el, "Retry")[0].click();
  byName(el, "Undo")[0].click();
  assert.deepEqual(emitted(ctx, "retry"), [{ index: 2, value: "q2" }]);
  assert.deepEqual(emitted(ctx, "undo"), [{ index: 2, value: "q2" }]);
});

test("Gradio's _retryable/_undoable false hide Retry and Undo; while the event runs they are disabled", async () => {
  const off = await show({ value: [text("user", "q"), text("assistant", "a")], _retryable: false, _undoable: false });
  assert.equal(byName(off.el, "Retry").length + byName(off.el, "Undo").length, 0);
  const { el } = await show({ value: [text("user", "q"), text("assistant", "a")] });
  el.dataset.status = "generating";
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(byName(el, "Retry")[0].disabled, true);
});

test("Copy message copies the group's text and fires copy", async () => {
  const { el, ctx } = await show({ value: [text("user", "hi"), text("assistant", "one"), text("assistant", "two")] });
  byName(el, "Copy message")[1].click();
  assert.equal(copied.at(-1), "one\ntwo");
  assert.deepEqual(emitted(ctx, "copy").at(-1), { index: 1, value: "one\ntwo" });
  assert.equal(byName(el, "Copied message").length, 1);
  const noCopy = await show({ value: [text("user", "hi")], buttons: ["copy_all"] });
  assert.equal(byName(noCopy.el, "Copy message").length, 0);
});

test("editable user: Edit turns the message into a textarea; Submit stores the new text with an edit event", async () => {
  const { el, ctx } = await show({ value: [text("user", "helo"), text("assistant", "a")], editable: "user" });
  const events = [];
  const setValue = ctx.setValue;
  ctx.setValue = (v, e, d) => (events.push([e, d]), setValue(v, e, d));
  assert.equal(byName(el, "Edit").length, 1);
  byName(el, "Edit")[0].click();
  const area = el.querySelector("textarea.edit-textarea");
  assert.equal(area.getAttribute("aria-label"), "Edit message");
  area.value = "hello";
  byName(el, "Submit")[0].click();
  assert.deepEqual(ctx.calls.at(-1)[1][0], { role: "user", content: [{ type: "text", text: "hello" }], metadata: null, options: null });
  assert.deepEqual(events, [["edit", { index: 0, value: "hello", previous_value: "helo" }]]);
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(el.querySelector("textarea.edit-textarea"), null);
  assert.equal(el.querySelector("[data-testid=user]").getAttribute("aria-label"), "user's message: hello");
});

test("Cancel leaves editing without an event", async () => {
  const { el, ctx } = await show({ value: [text("user", "x")], editable: "all" });
  byName(el, "Edit")[0].click();
  byName(el, "Cancel")[0].click();
  assert.equal(el.querySelector("textarea"), null);
  assert.equal(ctx.calls.length, 0);
});

test("a thought shows its title, a spinner and stays open while pending; done, it closes and shows its duration", async () => {
  const pending = { role: "assistant", content: [{ type: "text", text: "searching" }], metadata: { title: "Using **search**", status: "pending", id: 1 } };
  const { el, patch } = await show({ value: [pending] });
  const header = el.querySelector(".thought-group > .title[role=button]");
  assert.equal(header.getAttribute("aria-expanded"), "true");
  assert.equal(header.querySelector("strong").textContent, "search");
  assert.equal(header.querySelector(".loading-spinner").hidden, false);
  await patch({ value: [{ ...pending, metadata: { ...pending.metadata, status: "done", duration: 3.21 } }] });
  assert.equal(header.getAttribute("aria-expanded"), "false", "the same header, now closed");
  assert.equal(header.querySelector(".duration").textContent, "(3.2s)");
  assert.equal(el.querySelector(".thought-group > .content").hidden, true);
  header.click();
  assert.equal(header.getAttribute("aria-expanded"), "true");
  await patch({ value: [{ ...pending, content: [{ type: "text", text: "searching more" }], metadata: { ...pending.metadata, status: "done" } }] });
  assert.equal(el.querySelector(".thought-group > .title").getAttribute("aria-expanded"), "true", "the user's choice stays");
});

test("child messages nest under their parent thought", async () => {
  const { el } = await show({ value: [
    text("assistant", "plan", { metadata: { title: "Plan", id: "a", status: "done" } }),
    text("assistant", "step", { metadata: { title: "Step", id: "b", parent_id: "a" } }),
  ] });
  assert.equal(el.querySelectorAll("[data-testid=bot]").length, 1);
  assert.equal(el.querySelector(".thought-group .children .thought-group .title").textContent.trim(), "Step");
});

test("images, audio and video in messages are media elements, other files a download link", async () => {
  const file = (f, alt = null) => ({ role: "assistant", content: [{ type: "file", file: f, alt_text: alt }] });
  const { el } = await show({ value: [
    file(png, "a cat"),
    file({ path: "s.wav", url: "http://x.test/s.wav", mime_type: "audio/wav" }),
    file({ path: "v.mp4", url: "http://x.test/v.mp4" }),
    file({ path: "r.pdf", url: "http://x.test/r.pdf", orig_name: "report.pdf" }),
  ], group_consecutive_messages: false });
  assert.equal(el.querySelector("[data-testid=bot] .image-container img").getAttribute("alt"), "a cat");
  assert.equal(el.querySelector("[data-testid=bot] audio").hasAttribute("controls"), true);
  assert.equal(el.querySelector("[data-testid=bot] video").getAttribute("src"), "http://x.test/v.mp4");
  const link = el.querySelector("[data-testid=chatbot-file]");
  assert.equal(link.textContent, "report.pdf");
  assert.equal(link.getAttribute("download"), "report.pdf");
  assert.match(el.querySelectorAll("[data-testid=bot]")[3].getAttribute("aria-label"), /^bot's message: file of extension type: pdf/);
});

test("a blob: file of unknown type held by the page is shown by the type its blob has", async () => {
  const m = mount(chatbot, {});
  m.view.sniff = async () => "image/png";
  m.patch({ value: [{ role: "user", content: [{ type: "file", file: { path: "blob:x/1", url: "blob:x/1" } }] }] });
  await m.view.idle();
  assert.equal(m.el.querySelector("[data-testid=user] img").getAttribute("src"), "blob:x/1");
});

test("avatars are images named '<role> avatar'", async () => {
  const { el } = await show({ value: [text("user", "a"), text("assistant", "b")], avatar_images: ["u.png", { url: "b.png", path: "b.png" }] });
  assert.equal(el.querySelector(".user-row .avatar-container img").getAttribute("alt"), "user avatar");
  assert.equal(el.querySelector(".bot-row img.avatar-image").getAttribute("src"), "b.png");
});

test("empty, it shows the placeholder and example cards; a card fires example_select", async () => {
  const { el, ctx } = await show({ value: [], placeholder: "**Ask me**", examples: [{ text: "Hi there" }, { text: "Describe", display_text: "Describe a photo", files: [png] }] });
  assert.equal(el.querySelector(".placeholder-content .placeholder strong").textContent, "Ask me");
  const cards = el.querySelectorAll(".examples[role=list] > [role=listitem] > button.example");
  assert.deepEqual([...cards].map((c) => c.getAttribute("aria-label")), ["Select example 1: Hi there", "Select example 2: Describe a photo"]);
  cards[1].click();
  assert.deepEqual(emitted(ctx, "example_select"), [{ index: 1, value: { text: "Describe", files: [png] } }]);
});

test("the last reply's options are buttons firing option_select", async () => {
  const { el, ctx } = await show({ value: [text("assistant", "Pick", { options: [{ value: "a", label: "Apple" }, { value: "b" }] })] });
  const buttons = el.querySelectorAll(".options > button.option");
  assert.deepEqual([...buttons].map((b) => b.textContent), ["Apple", "b"]);
  buttons[1].click();
  assert.deepEqual(emitted(ctx, "option_select"), [{ index: 1, value: "b" }]);
});

test("while its event is pending, the chat shows Gradio's 'Loading response' status", async () => {
  const { el } = await show({ value: [text("user", "hi")] });
  assert.equal(el.querySelector("[role=status][aria-label='Loading response']"), null);
  el.dataset.status = "pending";
  await new Promise((r) => setTimeout(r, 0));
  assert.ok(el.querySelector(".message-wrap [role=status][aria-label='Loading response']"));
  el.dataset.status = "complete";
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(el.querySelector("[role=status][aria-label='Loading response']"), null);
});

test("render_markdown false shows text as it is; sanitize keeps scripts and handlers out", async () => {
  const plain = await show({ value: [text("user", "**not bold**")], render_markdown: false });
  assert.equal(plain.el.querySelector("[data-testid=user] .md").textContent, "**not bold**");
  assert.equal(plain.el.querySelector("strong"), null);
  const { el } = await show({ value: [text("user", "<img src=x onerror=alert(1)><script>bad()</script>ok")] });
  assert.equal(el.querySelector("script"), null);
  assert.equal(el.querySelector("[data-testid=user] img")?.getAttribute("onerror") ?? null, null);
});

test("with a select listener (_selectable), clicking a message fires select {index, value}", async () => {
  const { el, ctx } = await show({ value: [text("user", "a"), text("assistant", "b")], _selectable: true });
  el.querySelector("[data-testid=bot]").click();
  assert.deepEqual(emitted(ctx, "select"), [{ index: 1, value: "b" }]);
});

test("a prop update from a function has its value converted too", () => {
  const out = chatbot.edge.output({ __type__: "update", value: [["hi", "yo"]], label: "Chat" }, {}, null);
  assert.equal(out.label, "Chat");
  assert.equal(out.value.length, 2);
  assert.deepEqual(chatbot.edge.output({ __type__: "update", visible: false }, {}, null), { __type__: "update", visible: false });
});

test("a returned {path} naming a file the page holds (an upload's blob: URL) keeps that file's name and type", () => {
  const store = new FileStore();
  const held = store.add(new File([new Uint8Array(3)], "cat.png", { type: "image/png" }));
  const [m] = chatbot.edge.output([{ role: "user", content: { path: held.url } }], {}, { files: store });
  assert.equal(m.content[0].file.mime_type, "image/png");
  assert.equal(m.content[0].file.url, held.url);
  const [r] = chatbot.edge.output([{ role: "assistant", content: { path: "https://x.test/a/b.mp3", alt_text: "song" } }], {}, { files: store });
  assert.deepEqual([r.content[0].file.orig_name, r.content[0].file.mime_type, r.content[0].alt_text], ["b.mp3", "audio/mpeg", "song"]);
});

test("new messages scroll the log down unless the user scrolled up; then 'Scroll down' shows and scrolls", async () => {
  const { el, patch } = await show({ value: [text("user", "a")] });
  const log = el.querySelector("[role=log]");
  let top = 0;
  Object.defineProperty(log, "scrollHeight", { configurable: true, get: () => 1000 });
  Object.defineProperty(log, "clientHeight", { configurable: true, get: () => 300 });
  Object.defineProperty(log, "scrollTop", { configurable: true, get: () => top, set: (v) => (top = v) });
  const frame = () => new Promise((r) => setTimeout(r, 30));
  await patch({ value: [text("user", "a"), text("assistant", "b")] });
  await frame();
  assert.equal(top, 1000, "followed the new message down");
  top = 200; // the user scrolls up
  log.dispatchEvent(new Event("scroll"));
  const down = el.querySelector(".scroll-down-button-container");
  assert.equal(down.hidden, false);
  await patch({ value: [text("user", "a"), text("assistant", "b c")] });
  await frame();
  assert.equal(top, 200, "left where the user put it");
  down.querySelector("button[aria-label='Scroll down']").click();
  assert.equal(top, 1000);
  assert.equal(down.hidden, true);
});
