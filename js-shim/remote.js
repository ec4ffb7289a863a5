// The remote queue's transport: fetch for requests, a streamed fetch for the session's SSE
// data stream. Protocol state lives in the core (RemoteSession, SseParser); this module only
// moves bytes and hands each job's updates to its listener.
export class RemoteQueue {
  #module;
  #root;
  #session;
  #listeners = new Map(); // job -> onUpdate
  #stream = null; // AbortController of the open data stream
  #prefix;
  #hash; // session_hash

  // `root`: the server's base URL; `apiPrefix`: the config's api_prefix ("" for Gradio 4.x).
  constructor(module, root, apiPrefix) {
    this.#module = module;
    this.#root = root.replace(/\/+$/, "");
    this.#prefix = apiPrefix ?? "";
    this.#hash = Math.random().toString(36).slice(2);
    this.#session = new module.RemoteSession(this.#hash, apiPrefix ?? "");
  }

  // Joins the queue for dependency `fnIndex`; `onUpdate` receives every update of this job
  // (queued, started, progress, log, generating, completed, failed, validation_failed).
  async submit({ job, fnIndex, data, eventData = null, triggerId = -1 }, onUpdate) {
    this.#listeners.set(job, onUpdate);
    const request = JSON.parse(this.#session.joinRequest(fnIndex, JSON.stringify(data), JSON.stringify(eventData), triggerId ?? -1));
    let status, body;
    try {
      const response = await this.#fetch(request);
      status = response.status;
      body = await response.text();
    } catch (err) {
      this.#deliver(JSON.parse(this.#session.joined(job, fnIndex, 0, JSON.stringify({ detail: `could not reach ${this.#root}: ${err.message}` }))));
      return;
    }
    this.#deliver(JSON.parse(this.#session.joined(job, fnIndex, status, body)));
    if (status === 200) this.#openStream();
  }

  // A queue=false listener: one POST to /run/{api_name}, answered with the outputs (Gradio's
  // client does the same). `onUpdate` receives "completed" or "failed".
  async run({ job, fnIndex, apiName, data, eventData = null }, onUpdate) {
    const body = { data, event_data: eventData, fn_index: fnIndex, trigger_id: null, session_hash: this.#hash };
    let status, answer;
    try {
      const response = await this.#fetch({ method: "POST", path: `${this.#prefix}/run/${apiName}`, body });
      status = response.status;
      answer = await response.json().catch(() => ({}));
    } catch (err) {
      return onUpdate({ job, kind: "failed", message: `could not reach ${this.#root}: ${err.message}` });
    }
    if (status === 200 && Array.isArray(answer.data)) return onUpdate({ job, kind: "completed", data: answer.data });
    const message = answer.error ?? (typeof answer.detail === "string" ? answer.detail : null) ?? `the server answered HTTP ${status}`;
    onUpdate({ job, kind: "failed", message });
  }

  // The next chunk of a running `.stream()` job (POST /stream/{event_id}, as Gradio's client
  // sends it); the server answers on the data stream with process_streaming. Nothing is sent
  // once the job's event has completed. Throws with the server's reason when it refuses.
  async sendChunk({ job, data, eventData = null }) {
    const request = JSON.parse(this.#session.streamChunkRequest(job, JSON.stringify(data), JSON.stringify(eventData)));
    if (!request) return;
    let response;
    try {
      response = await this.#fetch(request);
    } catch (err) {
      throw new Error(`could not reach ${this.#root}: ${err.message}`);
    }
    if (response.ok) return;
    const answer = await response.json().catch(() => ({}));
    throw new Error(`the server refused the stream's next chunk (HTTP ${response.status})${typeof answer.detail === "string" ? `: ${answer.detail}` : ""}`);
  }

  // Ends a `.stream()` job on the server (POST /stream/{event_id}/close): its event completes
  // with the last result instead of holding its concurrency slot until it times out.
  async closeStream(job) {
    const request = JSON.parse(this.#session.streamCloseRequest(job));
    if (request) await this.#fetch(request).catch(() => {});
  }

  // Files → the server's paths (POST /upload, multipart "files"), reporting bytes sent.
  // Throws with the server's reason (e.g. 413, a file over max_file_size).
  upload(files, onProgress = () => {}) {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `${this.#root}${this.#prefix}/upload`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded, e.total);
      xhr.onerror = () => reject(new Error(`could not upload to ${this.#root}`));
      xhr.onload = () => {
        let paths = null;
        try {
          paths = JSON.parse(xhr.responseText);
        } catch {
          /* not JSON: the text is the reason */
        }
        if (xhr.status === 200 && Array.isArray(paths) && paths.length === files.length) resolve(paths);
        else reject(new Error(`upload failed (HTTP ${xhr.status}): ${paths?.detail ?? xhr.responseText.slice(0, 200)}`));
      };
      xhr.send(form);
    });
  }

  // Where the server serves a file it returned (Gradio's frontend fills FileData.url so).
  fileUrl(path) {
    return `${this.#root}${this.#prefix}/file=${path}`;
  }

  async cancel(job) {
    const request = JSON.parse(this.#session.cancelRequest(job));
    if (!request) return;
    await this.#fetch(request).catch(() => {});
    await this.#fetch({ method: "POST", path: request.path.replace(/cancel$/, "reset"), body: { event_id: request.body.event_id } }).catch(() => {});
  }

  close() {
    this.#stream?.abort();
    this.#session.delete();
  }

  #fetch({ method, path, body }) {
    return fetch(this.#root + path, {
      method,
      headers: body == null ? {} : { "content-type": "application/json", "x-gradio-user": "app" },
      body: body == null ? undefined : JSON.stringify(body),
    });
  }

  #deliver(updates) {
    for (const update of updates) {
      this.#listeners.get(update.job)?.(update);
      if (["completed", "failed", "validation_failed"].includes(update.kind)) this.#listeners.delete(update.job);
    }
  }

  async #openStream() {
    if (this.#stream) return;
    const controller = (this.#stream = new AbortController());
    const parser = new this.#module.SseParser();
    let why = "the event stream ended";
    try {
      const request = JSON.parse(this.#session.dataStreamRequest());
      const response = await fetch(this.#root + request.path, { signal: controller.signal, headers: { accept: "text/event-stream" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of JSON.parse(parser.feed(value))) {
          if (event.data.includes('"close_stream"')) why = null;
          this.#deliver(JSON.parse(this.#session.message(event.data)));
        }
      }
    } catch (err) {
      if (controller.signal.aborted) return;
      why = err.message;
    } finally {
      parser.delete();
      if (this.#stream === controller) this.#stream = null;
    }
    if (!this.#session.hasPending()) return;
    // Closed by the server with jobs joined since: open a new stream for them. Ended any
    // other way while jobs wait: they fail instead of spinning forever.
    if (why === null) this.#openStream();
    else this.#deliver(JSON.parse(this.#session.streamDropped(why)));
  }
}
