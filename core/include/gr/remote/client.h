// The client side of Gradio's queue protocol (sse_v3), sans-IO: builds the requests, and turns
// the session's SSE messages and HTTP outcomes into Updates per local job. Messages may arrive
// before the join response names their event id; they wait until it does. Generator outputs
// arrive as diffs after the first yield; updates always carry whole values.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gr/ids.h"
#include "gr/json.h"

namespace gr::remote {

struct HttpRequest {
    std::string method;  // "GET" | "POST"
    std::string path;    // relative to the server root, e.g. "/gradio_api/queue/join"
    Json body;           // JSON body for POST, null for GET
};

// What happened to a job, for the host to feed into the engine.
struct Update {
    enum class Kind { queued, started, progress, log, generating, completed, failed, validation_failed };
    JobId job;
    Kind kind = Kind::queued;
    Json data;             // generating/completed: one whole value per output
    std::optional<int> rank, queue_size;
    std::optional<double> eta;
    Json progress;         // progress: Gradio's progress_data list
    std::string level;     // log: info | warning | success | error
    std::string title;     // log, failed
    std::string message;   // log, failed
    Json validation;       // validation_failed: Gradio's detail list, one entry per input
};

struct JoinArgs {
    std::int64_t fn_index = 0;
    Json data = Json::array();
    Json event_data;
    std::optional<std::int64_t> trigger_id;
};

class ClientSession {
public:
    ClientSession(std::string session_hash, std::string api_prefix = "/gradio_api");

    const std::string& session_hash() const { return session_hash_; }
    HttpRequest join_request(const JoinArgs& args) const;
    HttpRequest data_stream_request() const;
    // Cancelling needs the job's event id: none while the join is unanswered or after the end.
    std::optional<HttpRequest> cancel_request(JobId job) const;
    // A `.stream()` job's next chunk (POST /stream/{event_id}, Gradio's send_chunk: the join's
    // body with new data) and its end (POST /stream/{event_id}/close). Like cancelling, they
    // need the event id: nullopt while the join is unanswered or once the event has completed.
    std::optional<HttpRequest> stream_chunk_request(JobId job, const Json& data, const Json& event_data) const;
    std::optional<HttpRequest> stream_close_request(JobId job) const;

    // The answer to a job's join: 200 with {"event_id"}, or an error status with its body;
    // status 0 when no answer came (the body's "detail" says why).
    std::vector<Update> joined(JobId job, std::int64_t fn_index, int status, const Json& body);
    // One message of the session's data stream (already JSON-parsed).
    std::vector<Update> message(const Json& msg);
    // The data stream ended without close_stream, or errored: every pending job fails.
    std::vector<Update> stream_dropped(const std::string& why);

    bool has_pending() const { return !jobs_.empty(); }

private:
    struct Pending {
        JobId job;
        std::int64_t fn_index = 0;
        std::map<std::size_t, Json> last;  // last whole value per output, for diffs
    };
    std::vector<Update> route(Pending& p, const Json& msg);

    std::string session_hash_, prefix_;
    std::unordered_map<std::string, Pending> jobs_;                 // by event id
    std::unordered_map<JobId, std::string> event_ids_;
    std::unordered_map<std::string, std::vector<Json>> early_;      // messages before their join answer
};

}  // namespace gr::remote
