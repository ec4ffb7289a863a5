// The native backend's lifecycle and job runner: worker threads take StartJob commands from
// the queue, call the C++ function and feed the outcome back; a ticker sends heartbeats;
// serve() wires SIGINT/SIGTERM to a clean stop.
#include <pthread.h>
#include <sys/socket.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

#include "gr/config.h"
#include "gr/image/encode.h"
#include "gr/image/preprocess.h"
#include "gr/image/watermark.h"
#include "server_impl.h"

namespace graft {
namespace {

gr::remote::ServerOptions queue_options(const gr::App& app, const ServeOptions& o, FileStore& files) {
    gr::remote::ServerOptions q = gr::remote::server_options_from(app);
    if (o.max_size) q.max_size = o.max_size;
    if (o.show_error) q.show_error = *o.show_error;
    q.file_allowed = [&files](const std::string& p) { return files.allowed(p); };
    q.on_output_file = [&files](const std::string& p) { files.give(p); };
    return q;
}

}  // namespace

NativeServer::Impl::Impl(gr::App a, gr::FunctionTable fns, ServeOptions o)
    : app(std::make_shared<const gr::App>(std::move(a))), functions(std::move(fns)), options(std::move(o)), files(options.temp_dir) {
    queue.emplace(app, queue_options(*app, options, files));
    config = gr::to_config(*app);
    config["api_prefix"] = "/gradio_api";
    config["protocol"] = "sse_v3";
    config["enable_queue"] = true;
    config["connect_heartbeat"] = false;
    config["show_error"] = options.show_error.value_or(app->extra.value("show_error", false));
    config["max_file_size"] = options.max_file_size ? gr::Json(*options.max_file_size) : gr::Json();
    config["app_id"] = static_cast<std::int64_t>(rng() >> 12);
    if (!config.contains("version")) config["version"] = "6.25.0";
    // Small SSE frames must not wait for delayed ACKs (Nagle), and 64 clients must not
    // overflow the listen backlog httplib hard-codes (5): the socket is re-listened in bind().
    http.new_task_queue = [] { return new httplib::ThreadPool(http_threads); };
    http.set_tcp_nodelay(true);
    http.set_keep_alive_timeout(2);
    http.set_keep_alive_max_count(1000);
    http.set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        listen_fd = sock;
    });
    // Request bodies are held in memory: bound them (uploads by max_file_size when set).
    max_body = options.max_file_size ? *options.max_file_size + (1u << 20) : std::size_t(1) << 30;
    http.set_payload_max_length(max_body);
    routes();
}

std::string NativeServer::Impl::new_event_id() {
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 2; ++i) {
        auto v = rng();
        for (int k = 0; k < 16; ++k, v >>= 4) id += hex[v & 15];
    }
    return id;
}

void NativeServer::Impl::pump() {
    for (auto& c : queue->take_commands()) {
        if (auto* start = std::get_if<gr::remote::StartJob>(&c)) jobs.push_back(std::move(*start));
        else stopped_jobs.insert(std::get<gr::remote::StopJob>(c).event_id);
    }
    changed.notify_all();
}

namespace {

// A worker's line from a running function to the queue: yields become process_generating
// messages (diffs after the first), progress becomes progress messages, gr.Info/Warning
// become log messages (which @gradio/client reports as `log` events), and a cancelled
// event reads as cancelled() so a generator can stop between yields. gr::image::Image
// arguments are the uploaded files preprocessed as Gradio's server does (image_mode, EXIF);
// returned images are encoded in the output's `format` and served as files.
class QueueEmitter final : public gr::Emitter {
public:
    // `validating`: a validator's call, before the event is queued: it has no event to report
    // progress or toasts to, so those are dropped.
    QueueEmitter(NativeServer::Impl& s, const gr::remote::StartJob& job, std::function<double()> seconds, bool validating = false)
        : s_(s), job_(job), seconds_(std::move(seconds)), validating_(validating) {}
    void yield(gr::Json value) override {
        if (!job_.generator || validating_) throw std::logic_error("function \"" + job_.fn + "\" yielded, but only a generator (returning void) may yield");
        std::lock_guard lock(s_.mu);
        if (s_.stopped_jobs.count(job_.event_id)) return;
        s_.queue->yielded(job_.event_id, std::move(value), seconds_());
        s_.pump();
    }
    void progress_data(gr::Json data) override {
        if (validating_) return;
        std::lock_guard lock(s_.mu);
        s_.queue->progress(job_.event_id, data);
        s_.pump();
    }
    void log(gr::ToastLevel level, const std::string& message, const std::string& title, std::optional<double> duration) override {
        if (validating_) return;
        std::lock_guard lock(s_.mu);
        s_.queue->log(job_.event_id, {.level = std::string(gr::to_string(level)), .message = message, .title = title, .duration = duration});
        s_.pump();
    }
    bool cancelled() const override {
        std::lock_guard lock(s_.mu);
        return s_.stopped_jobs.count(job_.event_id) > 0;
    }
    const gr::Json& event_data() const override { return job_.event_data; }
    const gr::image::Image* image_input(std::size_t index) const override {
        auto it = images_.find(index);
        if (it == images_.end()) it = images_.emplace(index, prepare(index)).first;
        return it->second ? &*it->second : nullptr;
    }
    gr::Json image_output(gr::image::Image image, std::size_t index) override {
        const gr::Component* c = component(index, false);
        const gr::Json& f = c ? c->props.value("format", gr::Json("webp")) : gr::Json("webp");
        std::string format = gr::image::normalize_format(f.is_string() ? f.get<std::string>() : "webp");
        if (c) watermark(c->props, image);
        auto bytes = gr::image::encode(image, {.format = format});
        std::string name = "image." + std::string(format == "jpeg" ? "jpg" : format);
        std::string path = s_.files.save(name, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        return {{"path", path}, {"url", nullptr}, {"orig_name", name}, {"size", bytes.size()},
                {"mime_type", mime_type_of(name)}, {"meta", {{"_type", "gradio.FileData"}}}};
    }

    // A file input's bytes: the server's copy of the upload (or a file a function returned),
    // never any other path.
    std::optional<std::vector<std::uint8_t>> file_bytes(const gr::Json& file_data) const override {
        const std::string path = file_data.is_object() ? file_data.value("path", std::string()) : std::string();
        const std::string name = file_data.is_object() ? file_data.value("orig_name", path) : path;
        auto file = s_.files.resolve(path);
        if (!file) throw gr::Error("The file \"" + name + "\" is not a file this server received.");
        std::ifstream in(*file, std::ios::binary);
        std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.eof() && in.fail()) throw gr::Error("The file \"" + name + "\" could not be read.");
        return bytes;
    }
    gr::Json file_output(gr::File file) override {
        std::string name = file.name.empty() ? "file" : file.name;
        std::string path = s_.files.save(name, std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
        return {{"path", path}, {"url", nullptr}, {"orig_name", name}, {"size", file.bytes.size()},
                {"mime_type", file.mime_type.empty() ? mime_type_of(name) : file.mime_type}, {"meta", {{"_type", "gradio.FileData"}}}};
    }

private:
    // gr.Image's `watermark` (a file path, or Gradio 5's {watermark, position}) applied to a
    // returned image, as Gradio's postprocess applies it. A relative path is from the working
    // directory, as in Gradio.
    static void watermark(const gr::Json& props, gr::image::Image& image);
    // The gr.Image that is the listener's input (or output) `index`, if it is one.
    const gr::Component* component(std::size_t index, bool input) const;
    // Input `index` for a gr::image::Image parameter, as Gradio's Image.preprocess gives it to a
    // numpy/pil function: the uploaded file read from the store, decoded, EXIF-oriented, in
    // image_mode. nullopt when it is not a gr.Image or is empty; a gr::Error names a bad file.
    std::optional<gr::image::Image> prepare(std::size_t index) const;

    NativeServer::Impl& s_;
    const gr::remote::StartJob& job_;
    std::function<double()> seconds_;
    bool validating_;
    mutable std::map<std::size_t, std::optional<gr::image::Image>> images_;
};

const gr::Component* QueueEmitter::component(std::size_t index, bool input) const {
    const gr::Dependency* d = s_.app->dependency(job_.dependency);
    if (!d) return nullptr;
    const auto& ids = input ? d->inputs : d->outputs;
    const gr::Component* c = index < ids.size() ? s_.app->component(ids[index]) : nullptr;
    return c && c->type == "image" ? c : nullptr;
}

void QueueEmitter::watermark(const gr::Json& props, gr::image::Image& image) {
    const gr::Json& prop = props.value("watermark", gr::Json());
    const gr::Json& mark = prop.is_object() && prop.contains("watermark") ? prop["watermark"] : prop;
    if (!mark.is_string()) return;
    const std::string path = mark.get<std::string>();
    const gr::Json& position = prop.is_object() ? prop.value("position", gr::Json("bottom-right")) : gr::Json("bottom-right");
    if (position != "bottom-right")
        throw gr::Error("watermark position " + position.dump() + " is not supported (Graft places the mark bottom-right, Gradio's default)");
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.is_open() || bytes.empty()) throw gr::Error("the watermark " + path + " could not be read");
    try {
        image = gr::image::add_watermark(image, gr::image::decode(bytes));
    } catch (const gr::image::ImageError& e) {
        throw gr::Error("the watermark " + path + ": " + e.what());
    }
}

std::optional<gr::image::Image> QueueEmitter::prepare(std::size_t index) const {
    const gr::Component* c = component(index, true);
    const gr::Json& value = index < job_.inputs.size() ? job_.inputs[index] : gr::Json();
    if (!c || !value.is_object()) return std::nullopt;
    auto text = [&](const char* key) {
        auto it = value.find(key);
        return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const std::string path = text("path"), name = text("orig_name");
    auto file = s_.files.resolve(path);
    if (!file) throw gr::Error("The image \"" + (name.empty() ? path : name) + "\" is not a file this server received.");
    std::ifstream in(*file, std::ios::binary);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const gr::Json& mode = c->props.value("image_mode", gr::Json("RGB"));
    gr::image::PreprocessOptions options;
    options.image_mode = mode.is_string() ? gr::image::parse_mode(mode.get<std::string>()) : std::nullopt;
    options.type = c->props.value("type", gr::Json("numpy")) == "pil" ? gr::image::InputType::Pil : gr::image::InputType::Numpy;
    options.orig_name = name;
    try {
        return gr::image::preprocess(bytes, options).image;
    } catch (const gr::image::ImageError& e) {
        throw gr::Error(options.orig_name + ": " + e.what());
    }
}

}  // namespace

void NativeServer::Impl::run_job(const gr::remote::StartJob& job) {
    using clock = std::chrono::steady_clock;
    auto t0 = clock::now();
    auto seconds = [t0] { return std::chrono::duration<double>(clock::now() - t0).count(); };
    auto fn = functions.find(job.fn);
    std::optional<gr::Json> out;
    std::optional<gr::remote::JobError> error;
    if (fn == functions.end()) {
        error = gr::remote::JobError{.message = "no C++ function is registered for \"" + job.fn + "\"", .shown = true};
    } else {
        try {
            QueueEmitter emit(*this, job, seconds);
            out = fn->second(job.inputs, emit);
            if (job.generator) out = nullptr;  // a generator's last yield is its final value
        } catch (const gr::Error& e) {
            error = gr::remote::JobError{.message = e.what(), .shown = true};
        } catch (const std::exception& e) {
            std::cerr << "graft: function \"" << job.fn << "\" failed: " << e.what() << "\n";
            error = gr::remote::JobError{.message = e.what()};
        } catch (...) {
            std::cerr << "graft: function \"" << job.fn << "\" threw a non-standard exception\n";
            error = gr::remote::JobError{.message = "function \"" + job.fn + "\" failed with an unknown exception"};
        }
    }
    std::lock_guard lock(mu);
    stopped_jobs.erase(job.event_id);
    if (error) queue->failed(job.event_id, *error, seconds());
    else queue->finished(job.event_id, std::move(*out), seconds());
    pump();
}

std::optional<gr::remote::HttpAnswer> NativeServer::Impl::validate(const gr::remote::JoinRequest& r) {
    const gr::Dependency* d = r.fn_index ? app->dependency(gr::DependencyId(*r.fn_index)) : nullptr;
    if (!d || !d->validator) return std::nullopt;
    auto fn = functions.find(*d->validator);
    if (fn == functions.end()) return std::nullopt;  // a config's validator with no C++ behind it
    gr::remote::StartJob job{.dependency = d->id, .fn = *d->validator, .inputs = r.data};
    try {
        QueueEmitter emit(*this, job, [] { return 0.0; }, true);
        gr::Json verdicts = fn->second(r.data, emit);
        auto detail = gr::remote::validation_detail(verdicts, d->inputs.size());
        if (!detail) return std::nullopt;
        return gr::remote::HttpAnswer{422, {{"detail", *detail}}};
    } catch (const std::exception& e) {
        return gr::remote::HttpAnswer{400, {{"detail", std::string(e.what())}}};
    }
}

void NativeServer::Impl::worker() {
    for (;;) {
        std::unique_lock lock(mu);
        changed.wait(lock, [&] { return stopping || !jobs.empty(); });
        if (jobs.empty()) return;  // stopping
        gr::remote::StartJob job = std::move(jobs.front());
        jobs.pop_front();
        ++busy;
        lock.unlock();
        run_job(job);
        lock.lock();
        --busy;
        changed.notify_all();
    }
}

// Heartbeats every heartbeat_seconds; between them, every quarter second, the queue learns
// how much time has passed, so a .stream() event waiting for its next chunk ends on time.
void NativeServer::Impl::ticker() {
    using clock = std::chrono::steady_clock;
    const auto heartbeat = std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(options.heartbeat_seconds));
    const auto step = std::min<clock::duration>(std::chrono::milliseconds(250), heartbeat);
    auto last = clock::now();
    auto next_beat = last + heartbeat;
    std::unique_lock lock(mu);
    while (!changed.wait_for(lock, step, [&] { return stopping.load(); })) {
        const auto now = clock::now();
        queue->elapse(std::chrono::duration<double>(now - last).count());
        last = now;
        if (now >= next_beat) {
            queue->tick();
            next_beat = now + heartbeat;
        }
        pump();  // an ended stream frees its slot: a waiting event may start
    }
}

NativeServer::NativeServer(gr::App app, gr::FunctionTable functions, ServeOptions options)
    : impl_(std::make_unique<Impl>(std::move(app), std::move(functions), std::move(options))) {}

NativeServer::~NativeServer() {
    stop();
    if (impl_->abandoned) {
        // Workers still inside functions keep using the state until the process exits.
        impl_->files.remove_all();
        (void)impl_.release();
        return;
    }
    for (auto& t : impl_->threads)
        if (t.joinable()) t.join();
}

void NativeServer::bind() {
    Impl& s = *impl_;
    if (s.options.port == 0) s.bound_port = s.http.bind_to_any_port("127.0.0.1");
    else s.bound_port = s.http.bind_to_port("127.0.0.1", s.options.port) ? s.options.port : -1;
    if (s.bound_port < 0) throw std::runtime_error("cannot listen on 127.0.0.1:" + std::to_string(s.options.port) + " (is the port in use?)");
    if (s.listen_fd >= 0) ::listen(s.listen_fd, 1024);
}

int NativeServer::port() const { return impl_->bound_port; }

void NativeServer::run() {
    Impl& s = *impl_;
    for (int i = 0; i < std::max(1, s.options.workers); ++i) s.threads.emplace_back([&s] { s.worker(); });
    s.threads.emplace_back([&s] { s.ticker(); });
    s.http.listen_after_bind();
    stop();
    // Functions cannot be interrupted: give running ones a moment, then leave them behind
    // (the process is about to exit) rather than hang the shutdown.
    std::unique_lock lock(s.mu);
    if (!s.changed.wait_for(lock, std::chrono::seconds(3), [&] { return s.busy == 0; })) {
        s.abandoned = true;
        for (auto& t : s.threads) t.detach();
        return;
    }
    lock.unlock();
    for (auto& t : s.threads)
        if (t.joinable()) t.join();
}

void NativeServer::stop() {
    {
        std::lock_guard lock(impl_->mu);
        impl_->stopping = true;
        impl_->changed.notify_all();
    }
    impl_->http.stop();
}

int serve(gr::App app, gr::FunctionTable functions, ServeOptions options) {
    // Signals go to one thread that stops the server; every other thread blocks them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    try {
        const std::string runtime_dir = options.runtime_dir;
        NativeServer server(std::move(app), std::move(functions), std::move(options));
        server.bind();
        std::printf("Running on local URL:  http://127.0.0.1:%d\n", server.port());
        std::fflush(stdout);
        if (!runtime_present(runtime_dir))
            std::cerr << "graft: the app's page at / cannot load: " << (runtime_dir.empty() ? "no runtime folder was given" : "there is no graft.js in " + runtime_dir)
                      << ". Put the runtime (dist/graft of a Graft build) in a folder named graft beside the program, or pass --runtime DIR"
                         " or set GRAFT_RUNTIME_DIR. The API works without it.\n";
        std::thread signals([&server, set] {
            int sig = 0;
            sigwait(&set, &sig);
            server.stop();
        });
        signals.detach();
        server.run();
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "graft: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace graft
