// The webcam, shared by gr.Image (a source and a stream) and gr.ImageEditor (a background
// source): the constraints Gradio asks getUserMedia for, a frame grabbed as the preview shows
// it, and a panel with the live preview and Gradio's "capture photo" button.
import { make } from "./block.js";
import { svgPath } from "./icons.js";
import { encodePngs } from "../../png-encoder.js";

// A camera: the Webcam button's icon and the capture button's.
export const CAMERA = "M3 8h4l2-3h6l2 3h4v11H3zM12 10a3.5 3.5 0 100 7 3.5 3.5 0 000-7z";

// Gradio's stream_utils: webcam_options.constraints.video if given, else an ideal of 1920×1440.
export function videoConstraints(constraints) {
  return constraints?.video || { width: { ideal: 1920 }, height: { ideal: 1440 } };
}

// Resolves once the video has a frame (its size is known).
export function videoReady(video) {
  return video.videoWidth ? Promise.resolve() : new Promise((resolve) => video.addEventListener("loadeddata", resolve, { once: true }));
}

// The video's current frame on a canvas, mirrored when the preview is.
export function grabFrame(video, mirror) {
  const frame = new OffscreenCanvas(video.videoWidth, video.videoHeight);
  const g = frame.getContext("2d", { willReadFrequently: true });
  if (mirror) {
    g.scale(-1, 1);
    g.drawImage(video, -video.videoWidth, 0);
  } else {
    g.drawImage(video, 0, 0);
  }
  return frame;
}

// A live preview and a "capture photo" button: `onCapture(file)` receives the frame as a PNG
// file; `onError(message)` is told when the camera cannot start (permission denied, none
// there). The camera stops on capture, on close() and when `signal` aborts.
export function webcamPanel({ mirror = true, constraints = null, signal, onCapture, onError }) {
  const el = make("div", "graft-webcam");
  const video = document.createElement("video");
  video.muted = video.playsInline = video.autoplay = true;
  video.style.transform = mirror ? "scaleX(-1)" : "";
  const shoot = make("button", "capture-button");
  shoot.type = "button";
  shoot.setAttribute("aria-label", "capture photo");
  shoot.title = "capture photo";
  shoot.append(svgPath(CAMERA, { size: 20 }));
  shoot.disabled = true;
  el.append(video, shoot);
  let stream = null;
  let closed = false;
  const close = () => {
    closed = true;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
  };
  signal?.addEventListener("abort", close, { once: true });
  navigator.mediaDevices.getUserMedia({ video: videoConstraints(constraints), audio: false }).then(
    (s) => {
      if (closed) return s.getTracks().forEach((t) => t.stop());
      stream = s;
      video.srcObject = s;
      shoot.disabled = false;
    },
    (err) => !closed && onError(`The webcam is not available: ${err.message}`),
  );
  shoot.addEventListener("click", async (e) => {
    e.stopPropagation();
    shoot.disabled = true;
    await videoReady(video);
    const [blob] = await encodePngs([grabFrame(video, mirror)]);
    if (closed) return;
    close();
    onCapture(new File([blob], "webcam.png", { type: "image/png" }));
  }, { signal });
  return { el, close };
}
