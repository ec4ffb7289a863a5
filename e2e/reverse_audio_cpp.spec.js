// Drives site/demos/reverse_audio_cpp/: a C++ function in the page's worker takes gr::Audio (the
// uploaded or recorded WAV's samples, decoded by the core) and returns the sound reversed as a
// gr::Audio, which the page plays as a WAV.
import { test, expect } from "@playwright/test";

// A 16-bit PCM WAV with `channels` interleaved channels; frame f of channel c holds f * 10 + c.
function wav(frames, channels, rate) {
  const n = frames * channels;
  const b = Buffer.alloc(44 + n * 2);
  b.write("RIFF", 0); b.writeUInt32LE(36 + n * 2, 4); b.write("WAVE", 8);
  b.write("fmt ", 12); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(channels, 22);
  b.writeUInt32LE(rate, 24); b.writeUInt32LE(rate * channels * 2, 28); b.writeUInt16LE(channels * 2, 32); b.writeUInt16LE(16, 34);
  b.write("data", 36); b.writeUInt32LE(n * 2, 40);
  for (let f = 0; f < frames; f++) for (let c = 0; c < channels; c++) b.writeInt16LE(f * 10 + c, 44 + (f * channels + c) * 2);
  return b;
}

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/reverse_audio_cpp/");
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
});

test("an uploaded stereo WAV reaches C++ as samples and comes back reversed frame by frame", async ({ page }) => {
  const sound = page.getByTestId("waveform-Sound");
  await sound.getByTestId("file-upload").setInputFiles({ name: "stereo.wav", mimeType: "audio/wav", buffer: wav(300, 2, 11025) });
  await expect(page.getByLabel("Info")).toHaveValue("11025 Hz, 300 samples");
  const reversed = page.getByTestId("waveform-Reversed");
  await expect(reversed.locator("audio")).toHaveAttribute("src", /^blob:/);
  const out = Buffer.from(await reversed.locator("audio").evaluate(async (a) => [...new Uint8Array(await (await fetch(a.src)).arrayBuffer())]));
  expect(out.toString("latin1", 0, 4)).toBe("RIFF");
  expect(out.readUInt16LE(22)).toBe(2); // channels
  expect(out.readUInt32LE(24)).toBe(11025);
  expect(out.length).toBe(44 + 600 * 2);
  // The last frame first, each frame's channels in order.
  expect([out.readInt16LE(44), out.readInt16LE(46), out.readInt16LE(48), out.readInt16LE(44 + 599 * 2)]).toEqual([2990, 2991, 2980, 1]);
});

test("a sound that is not WAV is refused by the C++ function with a message naming the file", async ({ page }) => {
  const ogg = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(60)]);
  await page.getByTestId("waveform-Sound").getByTestId("file-upload").setInputFiles({ name: "clip.ogg", mimeType: "audio/ogg", buffer: ogg });
  await expect(page.getByText(/clip\.ogg.*not a WAV file/)).toBeVisible();
  await expect(page.getByLabel("Info")).toHaveValue("");
});

test("a microphone recording (Chromium's fake device) reaches C++ as a WAV", async ({ page }) => {
  await page.getByRole("button", { name: "Record audio" }).click();
  const sound = page.getByTestId("waveform-Sound");
  await sound.getByRole("button", { name: "Record" }).click();
  await expect(sound.getByRole("button", { name: "Stop" })).toBeVisible({ timeout: 15000 }); // the fake devices start slowly on a loaded machine
  await page.waitForTimeout(1000);
  await sound.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByLabel("Info")).toHaveValue(/^\d+ Hz, [1-9]\d* samples$/);
  await expect(page.getByTestId("waveform-Reversed").locator("audio")).toHaveAttribute("src", /^blob:/);
});
