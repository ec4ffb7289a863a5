// Colours several components take from app code and function returns (HighlightedText's and
// Dialogue's color_map, Label's color): only colour-shaped strings may reach a style (#hex,
// rgb()/hsl() of numbers, or a bare name), so nothing can inject CSS.
export function safeColor(color) {
  if (typeof color !== "string") return null;
  const c = color.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^(?:rgba?|hsla?)\(\s*[0-9.,%\s/+-]*(?:deg)?[0-9.,%\s/+-]*\)$/i.test(c)) return c;
  if (/^[a-z]{3,30}$/i.test(c)) return c.toLowerCase();
  return null;
}
