// gr.Dataset's pure logic (Node-tested), after Gradio 6's js/dataset/Dataset.svelte and
// gradio/components/dataset.py: gallery or table layout, paging, what each sample cell shows
// (each component's Example view, reduced to text, images or a colour), and the function edge.

const describe = (v) => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : JSON.stringify(v) ?? String(v));

// A config names components as Gradio 6 writes them ({name, class_id}) or as type strings.
export function componentNames(components) {
  return (Array.isArray(components) ? components : []).map((c) => String(typeof c === "string" ? c : c?.name ?? "").toLowerCase());
}

// Gradio: a gallery of cards for one component or sample_labels, unless layout is "table".
export function isGallery(props) {
  return (componentNames(props.components).length < 2 || props.sample_labels != null) && props.layout !== "table";
}

// The rows drawn: one per sample, or one [label] per sample_labels entry.
export function effectiveSamples(props) {
  if (Array.isArray(props.sample_labels)) return props.sample_labels.map((l) => [l]);
  return Array.isArray(props.samples) ? props.samples.map((row) => (Array.isArray(row) ? row : [row])) : [];
}

export function perPage(props) {
  const n = Number(props.samples_per_page);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

export function pageCount(total, per) {
  return Math.ceil(total / per);
}

// Gradio's page buttons: two either side of the first, the current and the last page, with
// -1 where pages are skipped ("...").
export function visiblePages(page, count) {
  if (count <= 1) return [];
  const pages = [];
  for (const anchor of [0, page, count - 1]) {
    for (let i = anchor - 2; i <= anchor + 2; i++) {
      if (i < 0 || i >= count || pages.includes(i)) continue;
      if (pages.length > 0 && i - pages[pages.length - 1] > 1) pages.push(-1);
      pages.push(i);
    }
  }
  return pages;
}

// Table headers: `headers` as given (Gradio writes the components' labels there); a config
// without them (the JS builder) gets each component's label, else its type's name.
export function headersOf(props) {
  if (Array.isArray(props.headers)) return props.headers.map((h) => String(h ?? ""));
  const cprops = Array.isArray(props.component_props) ? props.component_props : [];
  return componentNames(props.components).map((name, j) => String(cprops[j]?.label ?? typeName(name)));
}

const NAMES = { checkboxgroup: "Checkbox Group", colorpicker: "Color Picker", datetime: "DateTime", dataframe: "Dataframe", model3d: "Model3D", imageslider: "Image Slider", multimodaltextbox: "Multimodal Textbox" };
function typeName(name) {
  return NAMES[name] ?? (name ? name[0].toUpperCase() + name.slice(1) : "");
}

// Gradio's Textbox Example: text over 60 characters is cut with "...".
export function truncate(text, max = 60) {
  if (text === null || text === undefined || text === "") return "";
  const s = String(text);
  return s.length <= max ? s : `${s.slice(0, max)}...`;
}

const urlOf = (f) => (typeof f === "string" ? f : f?.url ?? f?.path ?? "");
function fileName(f) {
  if (typeof f === "string") return decodeURIComponent(f.split(/[?#]/)[0].split("/").pop() || f);
  return f?.orig_name ?? fileName(urlOf(f));
}

// What a sample cell shows, as each component's Example view does: {text}, {images: [{url,
// alt}]}, {video: url} or {color}. Alt texts name the file, so an image card has a name.
export function cellOf(name, value, cprops = {}) {
  if (value === null || value === undefined) return { text: "" };
  switch (name) {
    case "image": case "simpleimage": case "annotatedimage": {
      const file = name === "annotatedimage" && Array.isArray(value) ? value[0] : value;
      return { images: [{ url: urlOf(file), alt: fileName(file) }] };
    }
    case "imageslider":
      return { images: (Array.isArray(value) ? value : [value]).filter(Boolean).map((f) => ({ url: urlOf(f), alt: fileName(f) })) };
    case "gallery":
      return { images: (Array.isArray(value) ? value : []).slice(0, 3).map((item) => {
        const file = Array.isArray(item) ? item[0] : item?.image ?? item?.video ?? item;
        const caption = Array.isArray(item) ? item[1] : item?.caption;
        return { url: urlOf(file), alt: caption || fileName(file), video: Boolean(item?.video) };
      }) };
    case "video":
      return { video: urlOf(value), alt: fileName(value) };
    case "colorpicker":
      return { color: String(value) };
    case "file": case "audio": case "model3d": case "uploadbutton": case "downloadbutton":
      return { text: (Array.isArray(value) ? value : [value]).map(fileName).join(", ") };
    case "checkbox":
      return { text: String(value) };
    case "dropdown": case "radio": case "checkboxgroup":
      return { text: choiceNames(value, cprops.choices) };
    case "dataframe":
      return { text: dataframeText(value) };
    case "number": case "slider":
      return { text: String(value) };
    default:
      return { text: truncate(typeof value === "object" ? JSON.stringify(value) : value) };
  }
}

// Choices are [display, value] pairs: a value shows its display name (Gradio's names_string).
function choiceNames(value, choices) {
  const values = Array.isArray(value) ? value : [value];
  if (!Array.isArray(choices)) return values.join(", ");
  return values.map((v) => choices.find((c) => (Array.isArray(c) ? c[1] : c) === v)).filter((c) => c !== undefined).map((c) => (Array.isArray(c) ? c[0] : c)).join(", ");
}

// The first 3×3 cells of a table, as Gradio's Dataframe Example shows them.
function dataframeText(value) {
  if (typeof value === "string") return truncate(value);
  const data = Array.isArray(value) ? value : value?.data;
  if (!Array.isArray(data) || data.length === 0) return "Empty";
  const rows = data.slice(0, 3).map((row) => (Array.isArray(row) ? [...row.slice(0, 3), ...(row.length > 3 ? ["…"] : [])] : [row]).join(", "));
  return rows.join("; ") + (data.length > 3 ? "; …" : "");
}

// Dataset.postprocess: an index, or a sample's values (its index, or null when no sample
// matches — Gradio warns); anything else is refused.
export function toWire(value, props = {}) {
  if (value === null || value === undefined) return null;
  if (Number.isInteger(value)) return value;
  if (Array.isArray(value)) {
    const key = JSON.stringify(value);
    const index = (Array.isArray(props.samples) ? props.samples : []).findIndex((row) => JSON.stringify(row) === key);
    return index === -1 ? null : index;
  }
  throw new Error(`Dataset expects a sample index (int) or a sample's values (list), got ${describe(value)}`);
}
