// gr.Image's page side — the image store and the Image renderer — in a chunk of its own, which
// AppView imports only for apps that have an Image (most pages never download it).
export { ImageStore } from "./images.js";
export { image } from "./renderers/image.js";
