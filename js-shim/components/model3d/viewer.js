// The 3D view of gr.Model3D with three.js: one WebGL2 renderer per mounted viewer, a model read
// by three.js's loaders, OrbitControls (rotate, zoom, pan), Gradio's camera_position, clear_color,
// display_mode. Loaded only by index.js's dynamic import, so three.js is its own chunk that only
// pages drawing a Model3D fetch. Frames are drawn on demand (plus a loop for glTF animations).
import {
  AnimationMixer, Box3, BufferAttribute, BufferGeometry, Color, DirectionalLight,
  HemisphereLight, Mesh, MeshStandardMaterial, PerspectiveCamera, Points, PointsMaterial, Scene, Sphere, SRGBColorSpace,
  Timer, Vector3, WebGLRenderer,
} from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { OBJLoader } from "three/examples/jsm/loaders/OBJLoader.js";
import { STLLoader } from "three/examples/jsm/loaders/STLLoader.js";
import { PLYLoader } from "three/examples/jsm/loaders/PLYLoader.js";
import { orbitOf, orbitOffset, fitDistance, clearColorOf, controlSpeeds, parseSplat, isSplatPly, shColor, plyHeader } from "./helpers.js";

const FOV = 45;
const GREY = 0xb4b4b4;

// The loaders take an ArrayBuffer of exactly the file.
const own = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

// Parses `bytes` of `format` into an Object3D. `base` resolves a glTF's relative resources.
async function parseModel(bytes, format, base) {
  const text = () => new TextDecoder().decode(bytes);
  switch (format) {
    case "glb":
    case "gltf": {
      const gltf = await new GLTFLoader().parseAsync(own(bytes), base);
      gltf.scene.animations = gltf.animations;
      return gltf.scene;
    }
    case "obj":
      return new OBJLoader().parse(text());
    case "stl": {
      // Many STL writers leave each facet's normal at 0 0 0, which lights nothing: the faces'
      // own normals are computed instead (flat, as the triangles are not shared).
      const g = new STLLoader().parse(own(bytes));
      g.deleteAttribute("normal");
      return meshOf(g);
    }
    case "ply":
      return plyModel(bytes);
    case "splat": {
      const { positions, colors } = parseSplat(bytes);
      const g = new BufferGeometry();
      g.setAttribute("position", new BufferAttribute(positions, 3));
      g.setAttribute("color", new BufferAttribute(toLinear(colors), 3));
      return pointsOf(g);
    }
    default:
      throw new Error(`Graft cannot read ${format ? `a .${format.replace("?", "")}` : "this"} file as a 3D model`);
  }
}

// Splat colours are sRGB; three.js blends vertex colours in linear light (the loaders convert
// theirs the same way).
function toLinear(rgb) {
  const c = new Color();
  for (let i = 0; i < rgb.length; i += 3) {
    c.setRGB(rgb[i], rgb[i + 1], rgb[i + 2], SRGBColorSpace);
    rgb[i] = c.r;
    rgb[i + 1] = c.g;
    rgb[i + 2] = c.b;
  }
  return rgb;
}

// A PLY is a mesh when it has faces, else a point cloud; a Gaussian-splat PLY is drawn as its
// splats' centres, coloured by their DC terms (Graft has no splat renderer).
function plyModel(bytes) {
  const loader = new PLYLoader();
  const splat = isSplatPly(plyHeader(bytes));
  if (splat) loader.setCustomPropertyNameMapping({ f_dc: ["f_dc_0", "f_dc_1", "f_dc_2"] });
  const g = loader.parse(own(bytes));
  if (splat) {
    const dc = g.getAttribute("f_dc").array;
    g.setAttribute("color", new BufferAttribute(toLinear(Float32Array.from(dc, shColor)), 3));
    g.deleteAttribute("f_dc");
  }
  return g.index ? meshOf(g) : pointsOf(g);
}

function meshOf(geometry) {
  if (!geometry.getAttribute("normal")) geometry.computeVertexNormals();
  const vertexColors = !!geometry.getAttribute("color");
  return new Mesh(geometry, new MeshStandardMaterial({ color: vertexColors ? 0xffffff : GREY, vertexColors, roughness: 0.6, metalness: 0.1 }));
}

function pointsOf(geometry) {
  const vertexColors = !!geometry.getAttribute("color");
  return new Points(geometry, new PointsMaterial({ color: vertexColors ? 0xffffff : GREY, vertexColors, size: 3, sizeAttenuation: false }));
}

// display_mode: "wireframe" draws meshes' edges; "point_cloud" their vertices. Points are a few
// pixels at any zoom, fewer for dense clouds (a splat file holds hundreds of thousands).
function applyDisplayMode(model, mode, pixelRatio) {
  const swaps = [];
  const sizeFor = (g) => pixelRatio * ((g.getAttribute("position")?.count ?? 0) > 20000 ? 1.5 : 3);
  model.traverse((o) => {
    const mats = o.material ? (Array.isArray(o.material) ? o.material : [o.material]) : [];
    if (o.isMesh && mode === "point_cloud") swaps.push(o);
    else if (o.isMesh) for (const m of mats) m.wireframe = mode === "wireframe";
    if (o.isPoints) for (const m of mats) m.size = sizeFor(o.geometry);
  });
  for (const mesh of swaps) {
    const points = pointsOf(mesh.geometry);
    points.material.size = sizeFor(mesh.geometry);
    points.position.copy(mesh.position);
    points.quaternion.copy(mesh.quaternion);
    points.scale.copy(mesh.scale);
    mesh.parent.add(points);
    mesh.removeFromParent();
    disposeMaterials(mesh);
  }
}

function disposeMaterials(o) {
  for (const m of o.material ? (Array.isArray(o.material) ? o.material : [o.material]) : []) {
    for (const v of Object.values(m)) if (v?.isTexture) v.dispose();
    m.dispose();
  }
}

// A viewer on `canvas` (whose WebGL2 context `gl` the caller has opened). `hooks.moved()` is
// called when the user first moves the camera (Gradio's change history for Undo).
export function createViewer(canvas, gl, hooks = {}) {
  const renderer = new WebGLRenderer({ canvas, context: gl, antialias: true, alpha: true });
  renderer.setPixelRatio(Math.min(globalThis.devicePixelRatio ?? 1, 2));
  const scene = new Scene();
  const camera = new PerspectiveCamera(FOV, 1, 0.01, 1000);
  scene.add(new HemisphereLight(0xffffff, 0x444450, 1.1), camera);
  // A key light from the camera's upper right that turns with it, so whichever side the user
  // looks at is lit and its faces read apart.
  const key = new DirectionalLight(0xffffff, 2.4);
  key.position.set(1.5, 2, 1);
  key.target.position.set(0, 0, -1);
  camera.add(key, key.target);
  const controls = new OrbitControls(camera, canvas);
  const timer = new Timer();
  const state = { model: null, mixer: null, token: 0, center: new Vector3(), radius: 1, props: {}, moved: false };

  const render = () => renderer.render(scene, camera);
  controls.addEventListener("change", render);
  controls.addEventListener("start", () => {
    if (!state.moved) hooks.moved?.();
    state.moved = true;
  });
  const resize = () => {
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    if (!w || !h) return;
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    render();
  };
  const observer = typeof ResizeObserver === "function" ? new ResizeObserver(resize) : null;
  observer?.observe(canvas);

  // Places the camera on Gradio's orbit round the model's centre and makes that the Undo state.
  function frame() {
    const fit = fitDistance(state.radius, FOV, camera.aspect);
    const orbit = orbitOf(state.props.camera_position, fit);
    const [x, y, z] = orbitOffset(orbit);
    camera.position.set(state.center.x + x, state.center.y + y, state.center.z + z);
    camera.near = Math.max(state.radius / 1000, orbit.radius / 1000);
    camera.far = (orbit.radius + state.radius) * 20;
    camera.updateProjectionMatrix();
    controls.target.copy(state.center);
    controls.minDistance = state.radius / 100;
    controls.update();
    controls.saveState();
    render();
  }

  function clearModel() {
    state.mixer?.stopAllAction();
    state.mixer = null;
    renderer.setAnimationLoop(null);
    if (!state.model) return;
    scene.remove(state.model);
    state.model.traverse((o) => {
      o.geometry?.dispose();
      disposeMaterials(o);
    });
    state.model = null;
  }

  return {
    // Shows `bytes` of `format`; resolves when drawn, rejects with the loader's reason.
    async show(bytes, format, base) {
      const token = ++state.token;
      const model = await parseModel(bytes, format, base);
      if (token !== state.token) return;
      clearModel();
      const sphere = new Box3().setFromObject(model).getBoundingSphere(new Sphere());
      state.center.copy(Number.isFinite(sphere.radius) ? sphere.center : new Vector3());
      state.radius = Number.isFinite(sphere.radius) && sphere.radius > 0 ? sphere.radius : 1;
      applyDisplayMode(model, state.props.display_mode, renderer.getPixelRatio());
      scene.add(model);
      state.model = model;
      if (model.animations?.length) {
        state.mixer = new AnimationMixer(model);
        for (const clip of model.animations) state.mixer.clipAction(clip).play();
        timer.reset();
        renderer.setAnimationLoop((time) => {
          timer.update(time);
          state.mixer.update(timer.getDelta());
          render();
        });
      }
      state.moved = false;
      resize();
      frame();
    },
    clear() {
      state.token++;
      clearModel();
      render();
    },
    // The props the scene follows; a new camera_position re-frames (Gradio's update_camera).
    setProps(props) {
      const prev = state.props;
      state.props = props;
      const { rgb, alpha } = clearColorOf(props.clear_color);
      renderer.setClearColor(new Color(...rgb), alpha);
      Object.assign(controls, controlSpeeds(props));
      if (state.model && JSON.stringify(prev.camera_position) !== JSON.stringify(props.camera_position)) frame();
      else render();
    },
    // Gradio's Undo: back to the camera the model was first shown from.
    reset() {
      controls.reset();
      render();
    },
    dispose() {
      state.token++;
      clearModel();
      observer?.disconnect();
      controls.dispose();
      renderer.dispose();
      // Browsers keep a handful of WebGL contexts per page: give this one back now, not at GC.
      renderer.forceContextLoss();
    },
  };
}
