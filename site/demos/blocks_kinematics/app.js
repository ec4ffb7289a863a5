// Gradio's blocks_kinematics with the JS builder API: Speed and Angle sliders and a LinePlot of
// the projectile's 40-point trajectory, computed as the Gradio demo does (theta = a/180·3.14,
// g = 9.81), redrawn on load, on Run and whenever a slider changes.
import { Blocks } from "../../graft/graft.js";

// The rows a pandas DataFrame would hold: one {x, y} per time step from launch to landing.
export function trajectory(v, a) {
  const g = 9.81;
  const theta = (a / 180) * 3.14;
  const tmax = (2 * v * Math.sin(theta)) / g;
  return Array.from({ length: 40 }, (_, i) => {
    const t = (tmax * i) / 39;
    return { x: v * t * Math.cos(theta), y: v * t * Math.sin(theta) - 0.5 * g * t * t };
  });
}

const demo = await Blocks.create({ title: "Kinematics" });
demo.markdown("Let's do some kinematics! Choose the speed and angle to see the trajectory. Remember that the range $R = v_0^2 \\cdot \\frac{\\sin(2\\theta)}{g}$");
const row = demo.row();
const speed = row.slider({ minimum: 1, maximum: 30, value: 25, label: "Speed" });
const angle = row.slider({ minimum: 0, maximum: 90, value: 45, label: "Angle" });
const plot = demo.linePlot({ x: "x", y: "y", x_lim: [0, 100], y_lim: [0, 60], height: 300, label: "Trajectory", show_label: true });
const run = demo.button("Run");
const listener = { fn: trajectory, inputs: [speed, angle], outputs: [plot] };
run.click({ ...listener, api_name: "plot" });
speed.change({ ...listener, show_progress: "hidden" });
angle.change({ ...listener, show_progress: "hidden" });
demo.handle().on("load", listener);
demo.launch("#app");
