// Drives site/demos/audio_video/: gr.Audio (upload and microphone, type numpy: a function gets
// (sample_rate, samples) and returns them reversed as a WAV made in the page) and gr.Video
// (upload, and recording from Chromium's fake webcam).
import { test, expect } from "@playwright/test";

// A mono 16-bit PCM WAV of `n` samples at `rate` Hz.
function wav(n, rate = 8000) {
  const b = Buffer.alloc(44 + n * 2);
  b.write("RIFF", 0); b.writeUInt32LE(36 + n * 2, 4); b.write("WAVE", 8);
  b.write("fmt ", 12); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22);
  b.writeUInt32LE(rate, 24); b.writeUInt32LE(rate * 2, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34);
  b.write("data", 36); b.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) b.writeInt16LE(Math.round(Math.sin(i / 10) * 8000), 44 + i * 2);
  return b;
}

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/audio_video/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "");
});

test("uploading a WAV reports its rate and length and plays it back reversed", async ({ page }) => {
  const sound = page.getByTestId("waveform-Sound");
  await expect(sound.getByRole("button", { name: "Drop an audio file here to upload" })).toBeVisible();
  await sound.getByTestId("file-upload").setInputFiles({ name: "tone.wav", mimeType: "audio/wav", buffer: wav(4000) });
  await expect(page.getByLabel("Info")).toHaveValue("8000 Hz, 4000 samples");
  const reversed = page.getByTestId("waveform-Reversed");
  await expect(reversed.locator("audio")).toHaveAttribute("src", /^blob:/);
  await expect(reversed.getByTestId("waveform-controls").getByRole("button", { name: "Play" })).toBeVisible();
  // The reversed file is a 16-bit WAV of the same length.
  const bytes = await reversed.locator("audio").evaluate(async (a) => new Uint8Array(await (await fetch(a.src)).arrayBuffer()).length);
  expect(bytes).toBe(44 + 4000 * 2);
});

test("a file that is not audio is refused with a toast naming it", async ({ page }) => {
  await page.getByTestId("waveform-Sound").getByTestId("file-upload").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hi") });
  await expect(page.getByText(/notes\.txt/)).toBeVisible();
  await expect(page.getByLabel("Info")).toHaveValue("");
});

test("recording from the microphone gives a WAV the function reads", async ({ page }) => {
  await page.getByRole("button", { name: "Record audio" }).click();
  const sound = page.getByTestId("waveform-Sound");
  await sound.getByRole("button", { name: "Record" }).click();
  await expect(sound.getByRole("button", { name: "Stop" })).toBeVisible({ timeout: 15000 }); // the fake devices start slowly on a loaded machine
  await page.waitForTimeout(1000);
  await sound.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByLabel("Info")).toHaveValue(/^\d+ Hz, \d+ samples$/);
  await expect(sound.getByTestId("waveform-controls")).toBeVisible();
});

test("Clear empties the sound and brings the upload area back", async ({ page }) => {
  const sound = page.getByTestId("waveform-Sound");
  await sound.getByTestId("file-upload").setInputFiles({ name: "tone.wav", mimeType: "audio/wav", buffer: wav(800) });
  await sound.getByTestId("waveform-controls").getByRole("button", { name: "Clear" }).click();
  await expect(sound.getByRole("button", { name: "Drop an audio file here to upload" })).toBeVisible();
});

test("a video recorded from the webcam plays back in the output with Gradio's controls", async ({ page }) => {
  await page.getByRole("button", { name: "Record video from camera" }).click();
  const clip = page.getByTestId("video").first();
  await clip.getByRole("button", { name: "Record" }).click();
  await expect(clip.getByRole("button", { name: "Stop" })).toBeVisible({ timeout: 15000 }); // the fake devices start slowly on a loaded machine
  await page.waitForTimeout(1200);
  await clip.getByRole("button", { name: "Stop" }).click();
  const out = page.getByTestId("Playback-player");
  await expect(out.locator("video")).toHaveAttribute("src", /^blob:/);
  await expect(out.getByLabel("play-pause-replay-button")).toBeVisible();
  await expect(out.getByLabel("Adjust volume")).toBeVisible();
  await expect(page.getByTestId("download-div").getByRole("link", { name: "Download" })).toHaveAttribute("href", /^blob:/);
});
