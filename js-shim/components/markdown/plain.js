// A Markdown value made only of plain prose and "#" headings ("# Hello World!\nStart typing
// below…") renders as marked renders it — each heading an <hN>, each run of lines a <p> — so
// the component draws it at once, without fetching the renderer (marked + DOMPurify, ≈ 30 KB
// gzip). Anything that could be other Markdown, HTML, a link or LaTeX is not plain and goes to
// the renderer.

// Letters, digits and marks of any script, spaces, and punctuation that marked (GFM, no
// smartypants) leaves as it is wherever it stands in a line: no * _ ` ~ # | < > [ ] \ & $,
// nor : @ (autolinks, e-mail addresses).
const PLAIN = /^[\p{L}\p{N}\p{M} ,.;'"?!()/%=+\-\u00A1\u00AB\u00BB\u00BF\u2010-\u2027]+$/u;

// One line of prose that marked keeps as text: no list item, rule or setext underline at its
// start, no www. autolink, no surrounding spaces (indented code, hard breaks).
function plainLine(line) {
  return line === line.trim() && PLAIN.test(line) && !/^[-+=]/.test(line) && !/^\d{1,9}[.)]( |$)/.test(line) && !/www\./i.test(line);
}

// The value as blocks [{ tag: "h1"…"h6" | "p", lines: [text…] }], or null when marked could read
// it as anything else. A paragraph's lines are one <p> (joined by "\n", or <br> with
// line_breaks); a blank line ends it. header_links headings need the renderer's anchors.
export function plainBlocks(text, { delimiters = [], headerLinks = false } = {}) {
  if (typeof text !== "string") return null;
  for (const d of Array.isArray(delimiters) ? delimiters : []) if (typeof d?.left === "string" && d.left && text.includes(d.left)) return null;
  const blocks = [];
  let paragraph = null;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line === "") {
      paragraph = null;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      if (headerLinks || !plainLine(heading[2])) return null;
      blocks.push({ tag: `h${heading[1].length}`, lines: [heading[2]] });
      paragraph = null;
    } else if (plainLine(line)) {
      if (paragraph) paragraph.lines.push(line);
      else blocks.push((paragraph = { tag: "p", lines: [line] }));
    } else {
      return null;
    }
  }
  return blocks;
}
