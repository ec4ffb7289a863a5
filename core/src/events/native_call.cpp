// The outcome of one native call, shared by the Session and the page's worker.
#include "gr/native_call.h"

#include <exception>

namespace gr {

CallOutcome call_function(const NativeFn& fn, const std::string& name, const Json& inputs, Emitter& emit) {
    CallOutcome out;
    try {
        out.value = fn(inputs, emit);
    } catch (const ImagesNeeded&) {
        out.kind = CallOutcome::Kind::needs_images;
    } catch (const FilesNeeded&) {
        out.kind = CallOutcome::Kind::needs_files;
    } catch (const Error& e) {
        out = {CallOutcome::Kind::failed, nullptr, e.what(), true};
    } catch (const std::exception& e) {
        out = {CallOutcome::Kind::failed, nullptr, e.what(), false};
    } catch (...) {
        out = {CallOutcome::Kind::failed, nullptr, "function \"" + name + "\" failed with an unknown exception", false};
    }
    return out;
}

std::vector<std::size_t> image_inputs(const App& app, DependencyId dependency, const Json& inputs) {
    std::vector<std::size_t> out;
    const Dependency* d = app.dependency(dependency);
    for (std::size_t i = 0; d && i < d->inputs.size() && inputs.is_array() && i < inputs.size(); ++i) {
        const Component* comp = app.component(d->inputs[i]);
        if (comp && comp->type == "image" && !inputs[i].is_null()) out.push_back(i);
    }
    return out;
}

Json kept_image_file(const std::string& path) {
    return {{"path", path}, {"url", nullptr}, {"orig_name", "image.png"}, {"mime_type", nullptr}, {"meta", {{"_type", "gradio.FileData"}}}};
}

}  // namespace gr
