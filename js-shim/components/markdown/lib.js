// Markdown to sanitized HTML: marked renders, DOMPurify sanitizes (values are never trusted).
// A separate chunk, loaded on first use, so it never delays an app becoming interactive.
import { marked } from "marked";
import DOMPurify from "dompurify";

export function renderMarkdown(text) {
  return DOMPurify.sanitize(marked.parse(text));
}
