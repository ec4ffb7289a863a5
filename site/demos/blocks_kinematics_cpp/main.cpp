// Gradio's blocks_kinematics in C++: Speed and Angle sliders and a LinePlot of the projectile's
// 40-point trajectory, computed as the Gradio demo does (theta = a/180·3.14, g = 9.81), redrawn
// on load, on Run and whenever a slider changes. The function returns the DataFrame's rows as
// {column: value} records; the LinePlot's postprocess makes them Gradio's PlotData.
#include <gr/blocks.h>

#include <cmath>

gr::Json trajectory(double v, double a) {
    const double g = 9.81;
    const double theta = a / 180 * 3.14;
    const double tmax = 2 * v * std::sin(theta) / g;
    gr::Json rows = gr::Json::array();
    for (int i = 0; i < 40; ++i) {
        const double t = tmax * i / 39;
        rows.push_back({{"x", v * t * std::cos(theta)}, {"y", v * t * std::sin(theta) - 0.5 * g * t * t}});
    }
    return rows;
}

int main() {
    gr::Blocks demo({.title = "Kinematics"});
    demo.markdown(
        "Let's do some kinematics! Choose the speed and angle to see the trajectory. Remember that the range "
        "$R = v_0^2 \\cdot \\frac{\\sin(2\\theta)}{g}$");
    auto row = demo.row();
    auto speed = row.slider({.minimum = 1, .maximum = 30, .value = 25, .label = "Speed"});
    auto angle = row.slider({.minimum = 0, .maximum = 90, .value = 45, .label = "Angle"});
    auto plot = demo.line_plot({{"x", "x"}, {"y", "y"}, {"x_lim", {0, 100}}, {"y_lim", {0, 60}}, {"height", 300},
                                {"label", "Trajectory"}, {"show_label", true}});
    auto run = demo.button("Run");
    run.click(trajectory, {speed, angle}, {plot}, {.api_name = "plot"});
    speed.change(trajectory, {speed, angle}, {plot}, {.show_progress = gr::ShowProgress::hidden});
    angle.change(trajectory, {speed, angle}, {plot}, {.show_progress = gr::ShowProgress::hidden});
    demo.handle().on("load", trajectory, {speed, angle}, {plot});
    demo.launch();
}
