// gr.Audio's pure logic (no DOM, Node-tested): the WAV codec, Gradio's conversions to 16-bit
// samples, the numpy-like value a page function takes and returns, the waveform's peaks and
// the props readings (sources, labels).

// Gradio's default `sources` for an Audio input; streaming takes the microphone only.
export function sourcesOf(props) {
  if (props.streaming === true) return ["microphone"];
  const list = Array.isArray(props.sources) ? props.sources : props.sources ? [props.sources] : ["upload", "microphone"];
  return list.filter((s) => s === "upload" || s === "microphone");
}

export const labelOf = (props) => props.label ?? "Audio";

// seconds → "m:ss", as Gradio's player shows the time.
export function formatTime(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) seconds = 0;
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// ---------- WAV ----------

export function isWav(bytes) {
  return bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE";
}

function ascii(bytes, at, n) {
  return String.fromCharCode(...bytes.subarray(at, at + n));
}

// A WAV file's samples: { sampleRate, channels, data: Int16Array (interleaved) }. PCM 8/16/24/32-bit
// integers and 32/64-bit floats (WAVE_FORMAT_EXTENSIBLE too) become int16 as Gradio's
// convert_to_16_bit_wav does (after pydub's reading: 8-bit is biased to signed, 24-bit widened
// to 32): int8 ×256, int32 ÷65536 truncated, floats scaled by their peak to ±32767.
export function decodeWav(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isWav(bytes)) throw new Error("Audio: not a WAV file (no RIFF/WAVE header)");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt = null;
  let data = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at, 4);
    const size = dv.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      let format = dv.getUint16(body, true);
      if (format === 0xfffe && size >= 26) format = dv.getUint16(body + 24, true); // extensible: the sub-format GUID's first 2 bytes
      fmt = { format, channels: dv.getUint16(body + 2, true), sampleRate: dv.getUint32(body + 4, true), bits: dv.getUint16(body + 14, true) };
    } else if (id === "data") {
      data = { at: body, size: Math.min(size, bytes.length - body) };
    }
    at = body + size + (size & 1);
  }
  if (!fmt || !data) throw new Error("Audio: the WAV file has no fmt or data chunk");
  const { format, channels, sampleRate, bits } = fmt;
  const width = bits / 8;
  const count = Math.floor(data.size / width);
  const out = new Int16Array(count);
  if (format === 3 && (bits === 32 || bits === 64)) {
    const raw = new Float64Array(count);
    for (let i = 0; i < count; i++) raw[i] = bits === 32 ? dv.getFloat32(data.at + i * 4, true) : dv.getFloat64(data.at + i * 8, true);
    return { sampleRate, channels, data: floatToInt16(raw) };
  }
  if (format !== 1) throw new Error(`Audio: WAV format ${format} (${bits}-bit) is not PCM or float`);
  for (let i = 0, p = data.at; i < count; i++, p += width) {
    if (bits === 8) out[i] = (bytes[p] - 128) * 256;
    else if (bits === 16) out[i] = dv.getInt16(p, true);
    else if (bits === 24) out[i] = Math.trunc((((bytes[p + 2] << 24) | (bytes[p + 1] << 16) | (bytes[p] << 8)) >> 0) / 65536);
    else if (bits === 32) out[i] = Math.trunc(dv.getInt32(p, true) / 65536);
    else throw new Error(`Audio: ${bits}-bit PCM WAV is not supported`);
  }
  return { sampleRate, channels, data: out };
}

// A 16-bit PCM WAV file of interleaved int16 samples.
export function encodeWav(samples, sampleRate, channels = 1) {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const dv = new DataView(bytes.buffer);
  const put = (at, s) => [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
  put(0, "RIFF");
  dv.setUint32(4, 36 + samples.length * 2, true);
  put(8, "WAVE");
  put(12, "fmt ");
  dv.setUint32(16, 16, true);
  dv.setUint16(20, 1, true);
  dv.setUint16(22, channels, true);
  dv.setUint32(24, sampleRate, true);
  dv.setUint32(28, sampleRate * channels * 2, true);
  dv.setUint16(32, channels * 2, true);
  dv.setUint16(34, 16, true);
  put(36, "data");
  dv.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) dv.setInt16(44 + i * 2, samples[i], true);
  return bytes;
}

// ---------- Gradio's convert_to_16_bit_wav ----------

// Floats: divided by their absolute peak, times 32767, truncated (numpy's astype). Silence stays 0.
export function floatToInt16(values) {
  let peak = 0;
  for (const v of values) peak = Math.max(peak, Math.abs(v));
  const out = new Int16Array(values.length);
  if (peak === 0) return out;
  for (let i = 0; i < values.length; i++) out[i] = Math.trunc((values[i] / peak) * 32767);
  return out;
}

// Samples of any dtype Gradio converts → Int16Array, with its rules per dtype.
export function toInt16(data, dtype) {
  const conv = {
    int16: (v) => v,
    int32: (v) => Math.trunc(v / 65536),
    uint16: (v) => v - 32768,
    uint8: (v) => v * 257 - 32768,
    int8: (v) => v * 256,
  }[dtype];
  if (dtype === "float32" || dtype === "float64" || dtype === "float16") return floatToInt16(data);
  if (!conv) throw new Error(`Audio data cannot be converted automatically from ${dtype} to 16-bit int format`);
  return Int16Array.from(data, conv);
}

function dtypeOf(data) {
  if (data instanceof Int16Array) return "int16";
  if (data instanceof Int32Array) return "int32";
  if (data instanceof Uint16Array) return "uint16";
  if (data instanceof Uint8Array) return "uint8";
  if (data instanceof Int8Array) return "int8";
  if (data instanceof Float32Array) return "float32";
  if (data instanceof Float64Array) return "float64";
  // A plain array: integers that fit int16 are int16 (a Python list of ints would be int64,
  // which Gradio refuses; a page function means int16 samples), anything else is float.
  return data.every((v) => Number.isInteger(v) && v >= -32768 && v <= 32767) ? "int16" : "float64";
}

// A numpy-like tuple a function returned: [sample_rate, samples] with samples a typed array, a
// plain array (mono, or rows of channels), or {shape, dtype, data}. → {sampleRate, channels, data}.
export function fromNumpy(value) {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "number") return null;
  const [sampleRate, samples] = value;
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new Error(`Audio expects a positive integer sample rate, got ${sampleRate}`);
  if (ArrayBuffer.isView(samples)) return { sampleRate, channels: 1, data: toInt16(samples, dtypeOf(samples)) };
  if (Array.isArray(samples)) {
    if (samples.length && Array.isArray(samples[0])) {
      const channels = samples[0].length;
      const flat = samples.flat();
      return { sampleRate, channels, data: toInt16(flat, dtypeOf(flat)) };
    }
    return { sampleRate, channels: 1, data: toInt16(samples, dtypeOf(samples)) };
  }
  if (samples && Array.isArray(samples.shape) && samples.data) {
    const [n, channels = 1] = samples.shape;
    if (samples.shape.length > 2 || n * channels !== samples.data.length) throw new Error(`Audio expects samples of shape (n,) or (n, channels) matching its data, got shape [${samples.shape}]`);
    return { sampleRate, channels, data: toInt16(samples.data, samples.dtype ?? dtypeOf(samples.data)) };
  }
  throw new Error("Audio expects [sample_rate, samples] with samples an array, a typed array or {shape, dtype, data}");
}

// What a page function with type="numpy" receives: Gradio's (sample_rate, data), data int16 of
// shape (n,) for mono and (n, channels) otherwise.
export function toNumpy({ sampleRate, channels, data }) {
  const shape = channels > 1 ? [data.length / channels, channels] : [data.length];
  return [sampleRate, { shape, dtype: "int16", data }];
}

// Float channels (the browser's decoder) → interleaved int16: clamped and scaled by 32767, as
// ffmpeg's s16 output gives Gradio for formats other than WAV (no peak normalisation).
export function channelsToInt16(channels) {
  const n = channels[0]?.length ?? 0;
  const out = new Int16Array(n * channels.length);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < channels.length; c++) {
      const v = Math.max(-1, Math.min(1, channels[c][i]));
      out[i * channels.length + c] = Math.round(v * 32767);
    }
  }
  return out;
}

// The waveform: per bucket the min and max of the samples, in [-1, 1].
export function peaks(samples, buckets) {
  const out = [];
  const n = samples.length;
  if (!n || buckets <= 0) return out;
  const step = n / buckets;
  for (let b = 0; b < buckets; b++) {
    let lo = 0;
    let hi = 0;
    const end = Math.min(n, Math.floor((b + 1) * step));
    for (let i = Math.floor(b * step); i < end; i++) {
      if (samples[i] < lo) lo = samples[i];
      if (samples[i] > hi) hi = samples[i];
    }
    out.push([lo, hi]);
  }
  return out;
}

// The FileData for what a function returned: numpy-like samples are encoded as a WAV here.
export function toOutput(value, app) {
  if (value == null) return null;
  const numpy = fromNumpy(value);
  if (numpy) {
    const wav = encodeWav(numpy.data, numpy.sampleRate, numpy.channels);
    return app.files.add(new Blob([wav], { type: "audio/wav" }), "audio.wav");
  }
  try {
    return app.files.fromReturn(value);
  } catch (err) {
    throw new Error(`Audio expects a URL or path, a FileData, a Blob, {data, name} or [sample_rate, samples]: ${err.message}`);
  }
}

const AUDIO_EXT = /\.(wav|wave|mp3|ogg|oga|opus|flac|m4a|aac|webm|aif|aiff)$/i;

// Whether an uploaded file is audio, by its MIME type or (when the OS gives none) its name.
export function isAudioFile(file) {
  const type = String(file.type ?? "");
  return type ? type.startsWith("audio/") || (type === "video/webm" || type === "video/ogg") : AUDIO_EXT.test(file.name ?? "");
}
