// gr.BrowserState's storage port: values live in localStorage under `storage_key`. With a
// `secret` (Gradio generates one per app) they are encrypted, as Gradio stores them: AES-GCM
// (WebCrypto) under SHA-256(secret), stored as base64 of IV + ciphertext. A value that does
// not decrypt — another secret, or tampering — reads as absent, so default_value is used.
const encoder = new TextEncoder();
const keys = new Map(); // secret -> Promise<CryptoKey>
const writes = new Map(); // storage key -> the last write, so writes land in order

function keyFor(secret) {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.digest("SHA-256", encoder.encode(secret)).then((raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
    keys.set(secret, key);
  }
  return key;
}

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (some private modes)
  }
}

// The stored value as JSON text, or undefined when there is none (or it cannot be read).
export async function readBrowserState(storageKey, secret) {
  const stored = storage()?.getItem(storageKey);
  if (stored == null) return undefined;
  if (!secret) return stored;
  try {
    const bytes = Uint8Array.from(atob(stored), (c) => c.charCodeAt(0));
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, await keyFor(secret), bytes.subarray(12));
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}

export function storeBrowserState(storageKey, secret, value) {
  const text = JSON.stringify(value);
  const previous = writes.get(storageKey) ?? Promise.resolve();
  const write = previous.then(async () => {
    let stored = text;
    if (secret) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await keyFor(secret), encoder.encode(text)));
      const all = new Uint8Array(12 + sealed.length);
      all.set(iv);
      all.set(sealed, 12);
      stored = toBase64(all);
    }
    const store = storage();
    if (!store) throw new Error("the browser's storage is not available");
    try {
      store.setItem(storageKey, stored);
    } catch (err) {
      throw new Error(`the browser refused ${Math.round(stored.length / 1024)} KB (${err.name ?? "error"}: ${err.message})`);
    }
  });
  writes.set(storageKey, write.catch(() => {}));
  return write; // rejects with the reason a value could not be stored: the app says so
}

// Base64 of any number of bytes (a spread of a large array would overflow the call stack).
export function toBase64(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
