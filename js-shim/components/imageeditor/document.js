// The picture an ImageEditor edits, as Canvas 2D surfaces: a background (white, with the
// uploaded image on it, as Gradio's background layer is) and transparent layers of the same
// size. A document is never changed in place: an edit makes a new one sharing the untouched
// surfaces, so the undo history holds documents, each costing only what its edit drew.

import { encodePngs } from "../../png-encoder.js";
import { anchorOffset, moveInList } from "./helpers.js";

let nextLayer = 0;

export function surface(width, height) {
  if (typeof OffscreenCanvas === "function") {
    const s = new OffscreenCanvas(width, height);
    s.getContext("2d"); // an OffscreenCanvas with no context cannot be encoded (an empty layer)
    return s;
  }
  const c = document.createElement("canvas");
  c.width = width;
  c.height = height;
  return c;
}

function context(s) {
  return s.getContext("2d", { willReadFrequently: false });
}

// A layer: { id, name, user_created, canvas }.
function layer(name, width, height, { id = `layer-${++nextLayer}`, user_created = false } = {}) {
  return { id, name, user_created, canvas: surface(width, height) };
}

// A blank canvas of canvas_size with the layers LayerOptions names (Gradio's reset_layers).
export function blankDocument([width, height], names) {
  return { width, height, background: null, image: false, layers: names.map((n) => layer(n, width, height)) };
}

// A background image placed as `place` (helpers.placeImage) says; the layers keep their names
// and ids but start empty at the new size, as Gradio's add_image recreates them.
export function withBackground(doc, image, place) {
  const [width, height] = place.canvas;
  const background = surface(width, height);
  const g = context(background);
  g.fillStyle = "#fff";
  g.fillRect(0, 0, width, height);
  g.drawImage(image, place.x, place.y, place.width, place.height);
  const layers = doc.layers.map((l) => layer(l.name, width, height, l));
  return { width, height, background, image: true, layers };
}

// Layers loaded from images (a value a function returned): each drawn at the canvas's origin.
export function withLayers(doc, images, names) {
  const layers = images.map((img, i) => {
    const l = layer(names[i] ?? `Layer ${i + 1}`, doc.width, doc.height, { user_created: i >= names.length });
    context(l.canvas).drawImage(img, 0, 0);
    return l;
  });
  return { ...doc, layers: layers.length ? layers : doc.layers };
}

export function addLayer(doc) {
  const l = layer(`Layer ${doc.layers.length + 1}`, doc.width, doc.height, { user_created: true });
  return { doc: { ...doc, layers: [...doc.layers, l] }, id: l.id };
}

export function moveLayer(doc, id, direction) {
  return { ...doc, layers: moveInList(doc.layers, doc.layers.findIndex((l) => l.id === id), direction) };
}

export function removeLayer(doc, id) {
  return { ...doc, layers: doc.layers.filter((l) => l.id !== id) };
}

// A stroke: points in canvas pixels, a radius, and either a colour with its opacity (the brush)
// or erase. Gradio stamps circles along the path; a round-capped line of twice the radius is
// the same shape. The stroke is drawn opaque, then laid on with its opacity, so a stroke that
// crosses itself does not darken.
export function drawStroke(target, stroke) {
  const { width, height } = target;
  const mark = surface(width, height);
  const g = context(mark);
  g.fillStyle = g.strokeStyle = stroke.erase ? "#000" : stroke.color;
  g.lineWidth = stroke.radius * 2;
  g.lineCap = g.lineJoin = "round";
  const [first, ...rest] = stroke.points;
  if (!rest.length) {
    g.beginPath();
    g.arc(first[0], first[1], stroke.radius, 0, Math.PI * 2);
    g.fill();
  } else {
    g.beginPath();
    g.moveTo(first[0], first[1]);
    for (const [x, y] of rest) g.lineTo(x, y);
    g.stroke();
  }
  const t = context(target);
  t.save();
  t.globalCompositeOperation = stroke.erase ? "destination-out" : "source-over";
  t.globalAlpha = stroke.erase ? 1 : stroke.opacity;
  t.drawImage(mark, 0, 0);
  t.restore();
}

// The document with `stroke` drawn on layer `id` (a new surface for that layer only).
export function strokeLayer(doc, id, stroke) {
  return {
    ...doc,
    layers: doc.layers.map((l) => {
      if (l.id !== id) return l;
      const canvas = copy(l.canvas);
      drawStroke(canvas, stroke);
      return { ...l, canvas };
    }),
  };
}

export function copy(s, x = 0, y = 0, width = s.width, height = s.height) {
  const out = surface(width, height);
  context(out).drawImage(s, -x, -y);
  return out;
}

// The document cut to a rectangle of its canvas (Gradio's crop: background and layers alike).
export function cropDocument(doc, { x, y, width, height }) {
  return {
    width,
    height,
    image: doc.image,
    background: doc.background ? copy(doc.background, x, y, width, height) : null,
    layers: doc.layers.map((l) => ({ ...l, canvas: copy(l.canvas, x, y, width, height) })),
  };
}

// Resize Canvas (Gradio's resize_all_layers): with `scale`, the background and every layer are
// stretched to the new size; without, each keeps its pixels, placed at `anchor` in the new
// canvas (cut where it is smaller, the background's new area white, the layers' clear).
export function resizeDocument(doc, { width, height, anchor = "center", scale = false }) {
  const at = anchorOffset(anchor, [doc.width, doc.height], [width, height]);
  const resized = (s, fill) => {
    const out = surface(width, height);
    const g = context(out);
    if (fill) {
      g.fillStyle = fill;
      g.fillRect(0, 0, width, height);
    }
    if (scale) g.drawImage(s, 0, 0, width, height);
    else g.drawImage(s, at.x, at.y);
    return out;
  };
  return {
    width,
    height,
    image: doc.image,
    background: doc.background ? resized(doc.background, "#fff") : null,
    layers: doc.layers.map((l) => ({ ...l, canvas: resized(l.canvas) })),
  };
}

// Draws the document: the white backing, the background, each visible layer (with `live`, a
// stroke being drawn, on its layer) — what Gradio's composite is, and what the user sees.
export function render(g, doc, { hidden = new Set(), live = null } = {}) {
  g.save();
  g.globalCompositeOperation = "source-over";
  g.globalAlpha = 1;
  g.fillStyle = "#fff";
  g.fillRect(0, 0, doc.width, doc.height);
  if (doc.background) g.drawImage(doc.background, 0, 0);
  for (const l of doc.layers) {
    if (hidden.has(l.id)) continue;
    if (live && live.layer === l.id) {
      const canvas = copy(l.canvas);
      drawStroke(canvas, live.stroke);
      g.drawImage(canvas, 0, 0);
    } else {
      g.drawImage(l.canvas, 0, 0);
    }
  }
  g.restore();
}

// The value Gradio's editor sends: PNGs of the background, each layer and the composite,
// named as Gradio names them, kept in the app's file store.
export async function exportValue(doc, hidden, files) {
  const background = surface(doc.width, doc.height);
  const bg = context(background);
  bg.fillStyle = "#fff";
  bg.fillRect(0, 0, doc.width, doc.height);
  if (doc.background) bg.drawImage(doc.background, 0, 0);
  const composite = surface(doc.width, doc.height);
  render(context(composite), doc, { hidden });
  const [b, c, ...ls] = await encodePngs([background, composite, ...doc.layers.map((l) => l.canvas)]);
  return {
    background: files.add(b, "background.png"),
    layers: ls.map((blob, i) => files.add(blob, `layer_${i}.png`)),
    composite: files.add(c, "composite.png"),
  };
}
