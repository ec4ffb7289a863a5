// Gradio's upload_and_download with the JS builder, files kept in the page (no server): upload
// a file, the button becomes "Download <name>", a click downloads it and brings the upload
// button back. Below, a File (several files) summarised into a Textbox and a generated report.
import { Blocks } from "../../graft/graft.js";

const update = (props) => ({ __type__: "update", ...props });

// A page function gets a file as its blob: URL (type "filepath"), which carries no file name;
// the name comes from the EventData's target, the component with its current value.
function uploadFile(url, event) {
  const name = event.target.props.value?.orig_name ?? "the file";
  return [update({ visible: false }), update({ label: `Download ${name}`, value: url, visible: true })];
}

function downloadFile() {
  return [update({ visible: true }), update({ visible: false })];
}

const size = (bytes) => (bytes < 1000 ? `${bytes} B` : bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

// The files' names and total size, and a text report to download (bytes with a name).
function summarize(urls, event) {
  const files = event.target.props.value ?? [];
  if (!files.length) return ["No files yet.", null];
  const total = files.reduce((sum, f) => sum + (f.size ?? 0), 0);
  const lines = files.map((f) => `${f.orig_name} (${size(f.size ?? 0)})`);
  const summary = `${files.length} file${files.length === 1 ? "" : "s"}, ${size(total)} in all: ${lines.join(", ")}`;
  const report = ["Files uploaded", "", ...lines.map((l) => `- ${l}`), "", `Total: ${size(total)}`, ""].join("\n");
  return [summary, { data: new TextEncoder().encode(report), name: "report.txt" }];
}

const demo = await Blocks.create({ title: "Upload and download" });
demo.markdown("First upload a file and and then you'll be able download it (but only once!)");
const row = demo.row();
const u = row.uploadButton({ label: "Upload a file", file_count: "single" });
const d = row.downloadButton({ label: "Download the file", visible: false });
u.upload({ fn: uploadFile, inputs: [u], outputs: [u, d], api_name: "upload_file" });
d.click({ fn: downloadFile, inputs: [], outputs: [u, d], api_name: "download_file" });

demo.markdown("## Several files\nText files only; each upload, removal or clear updates the summary and the report.");
const files = demo.file({ label: "Files", file_count: "multiple", file_types: [".txt", ".csv", ".md", ".json"] });
const summary = demo.textbox({ label: "Summary", value: "No files yet.", interactive: false });
const report = demo.downloadButton({ label: "Download report" });
files.change({ fn: summarize, inputs: [files], outputs: [summary, report], api_name: "summarize" });
demo.launch("#app");
