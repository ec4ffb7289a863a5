// Structured values: JSON (a returned string is parsed, as Gradio's JSON.postprocess does),
// Label ({label, confidences}), Dataframe ({headers, data}), HighlightedText
// ([{token, class_or_confidence}]), native plots (PlotData), Dataset (the sample by `type`)
// and State/BrowserState (any value, unchanged).
#include <algorithm>
#include <string>
#include <vector>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

Json same(const Ctx&, const Json& v) { return v; }

Json json_post(const Ctx& ctx, const Json& v) {
    if (!v.is_string()) return v;
    Json parsed = Json::parse(v.get<std::string>(), nullptr, false);
    if (parsed.is_discarded()) ctx.fail("a returned string must hold JSON text, got " + shown(v));
    return parsed;
}

// Label.preprocess: the top label alone, or {label: confidence} when confidences are given.
Json label_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_object()) ctx.fail("expected {\"label\": …, \"confidences\": […]}, got " + shown(v));
    const Json confidences = v.value("confidences", Json());
    if (confidences.is_null()) return v.value("label", Json());
    if (!confidences.is_array()) ctx.fail("value.confidences: expected a list of {label, confidence}, got " + shown(confidences));
    Json out = Json::object();
    for (auto& c : confidences) {
        if (!c.is_object() || !c.contains("label") || !c.value("confidence", Json()).is_number())
            ctx.fail("value.confidences: expected {\"label\": …, \"confidence\": number}, got " + shown(c));
        out[c["label"].is_string() ? c["label"].get<std::string>() : c["label"].dump()] = c["confidence"];
    }
    return out;
}

// Label.postprocess: a single label, a {label: confidence} dict (sorted, cut to
// num_top_classes) or an already-shaped {label, confidences}.
Json label_post(const Ctx& ctx, const Json& v) {
    if (v.is_null() || (v.is_object() && v.empty())) return Json::object();
    if (v.is_string() || v.is_number()) return {{"label", v.is_string() ? v.get<std::string>() : v.dump()}};
    if (!v.is_object()) ctx.fail("expected a label, or a dict of {label: confidence}, got " + shown(v));
    if (v.contains("label") && (v.size() == 1 || v.contains("confidences"))) {
        if (v.contains("confidences") && !v["confidences"].is_null()) label_pre(ctx, v);  // checks the shape
        return v;
    }
    std::vector<std::pair<std::string, double>> pairs;
    for (auto& [k, c] : v.items()) {
        if (!c.is_number()) ctx.fail("value[" + Json(k).dump() + "]: expected a confidence (a number), got " + shown(c));
        pairs.emplace_back(k, c.get<double>());
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](auto& a, auto& b) { return a.second > b.second; });
    const Json& top = ctx.prop("num_top_classes");
    if (top.is_number_integer() && top.get<long long>() >= 0 && pairs.size() > top.get<std::size_t>()) pairs.resize(top.get<std::size_t>());
    Json confidences = Json::array();
    for (auto& [k, c] : pairs) confidences.push_back({{"label", k}, {"confidence", c}});
    return {{"label", pairs.empty() ? Json() : Json(pairs.front().first)}, {"confidences", confidences}};
}

void check_rows(const Ctx& ctx, const Json& data, std::size_t columns, bool headed) {
    if (!data.is_array()) ctx.fail("value.data: expected a list of rows, got " + shown(data));
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (!data[i].is_array()) ctx.fail("value.data[" + std::to_string(i) + "]: expected a row (a list), got " + shown(data[i]));
        if (headed && data[i].size() != columns)
            ctx.fail("value.data[" + std::to_string(i) + "] has " + std::to_string(data[i].size()) + " cells but there are " + std::to_string(columns) + " headers");
    }
}

// Dataframe.preprocess: no pandas here, so type "array"/"numpy" gives the rows and
// "pandas"/"polars" gives {headers, data}, the same table in plain JSON.
Json dataframe_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_object() || !v.contains("data")) ctx.fail("expected {\"headers\": […], \"data\": [[…]]}, got " + shown(v));
    Json headers = v.value("headers", Json::array());
    if (!headers.is_array()) ctx.fail("value.headers: expected a list, got " + shown(headers));
    check_rows(ctx, v["data"], headers.size(), !headers.empty());
    const Json& type = ctx.prop("type");
    if (type == "array" || type == "numpy") return v["data"];
    return {{"headers", headers}, {"data", v["data"]}};
}

// Dataframe.postprocess: {headers, data}, a list of rows, or a list of values (one column).
// Missing headers come from the `headers` prop, else 1, 2, 3… as pandas numbers columns.
Json dataframe_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return {{"headers", ctx.prop("headers").is_array() ? ctx.prop("headers") : Json::array()}, {"data", Json::array({Json::array()})}};
    Json data, headers;
    if (v.is_object() && v.contains("data")) data = v["data"], headers = v.value("headers", Json());
    else if (v.is_array()) data = v;
    else ctx.fail("expected {\"headers\": […], \"data\": [[…]]} or a list of rows, got " + shown(v));
    if (data.is_array() && std::none_of(data.begin(), data.end(), [](const Json& r) { return r.is_array(); }) && !data.empty()) {
        Json rows = Json::array();
        for (auto& cell : data) rows.push_back(Json::array({cell}));
        data = rows;
    }
    std::size_t width = data.is_array() && !data.empty() && data[0].is_array() ? data[0].size() : 0;
    if (headers.is_null()) headers = ctx.prop("headers");
    if (!headers.is_array() || headers.empty()) {
        headers = Json::array();
        for (std::size_t i = 1; i <= width; ++i) headers.push_back(std::to_string(i));
    }
    check_rows(ctx, data, headers.size(), true);
    Json out = {{"headers", headers}, {"data", data}};
    if (v.is_object() && v.contains("metadata")) out["metadata"] = v["metadata"];
    return out;
}

// Native plots (LinePlot, ScatterPlot, BarPlot: config type "nativeplot"): NativePlot.postprocess
// turns a DataFrame into PlotData {columns, data, datatypes, mark}. A function may return
// PlotData itself, a Dataframe value {headers, data}, or a list of {column: value} records (a
// DataFrame's rows); the datatypes it omits are inferred as pandas' dtypes map in Gradio (all
// numbers: quantitative, else nominal), and the mark is the plot class's (props.name).
Json plot_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    Json columns = Json::array(), rows = Json::array();
    const auto is_rows = [](const Json& d) { return d.is_array() && std::all_of(d.begin(), d.end(), [](const Json& r) { return r.is_array(); }); };
    if (v.is_array() && std::all_of(v.begin(), v.end(), [](const Json& r) { return r.is_object(); })) {
        for (const Json& r : v)
            for (auto& [k, _] : r.items())
                if (std::find(columns.begin(), columns.end(), Json(k)) == columns.end()) columns.push_back(k);
        for (const Json& r : v) {
            Json row = Json::array();
            for (const Json& c : columns) row.push_back(r.value(c.get<std::string>(), Json()));
            rows.push_back(std::move(row));
        }
    } else if (v.is_object() && (v.contains("columns") || v.contains("headers")) && is_rows(v.value("data", Json()))) {
        const Json& names = v.contains("columns") ? v["columns"] : v["headers"];
        if (!names.is_array()) ctx.fail("value.columns: expected a list of column names, got " + shown(names));
        for (const Json& c : names) columns.push_back(c.is_string() ? c.get<std::string>() : c.dump());
        rows = v["data"];
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].size() != columns.size())
                ctx.fail("value.data[" + std::to_string(i) + "]: " + std::to_string(rows[i].size()) + " cells for " + std::to_string(columns.size()) + " columns");
    } else {
        ctx.fail("expected rows: {\"columns\": […], \"data\": [[…]]}, {\"headers\", \"data\"} or a list of {column: value} records, got " + shown(v));
    }
    for (const char* field : {"x", "y", "color"}) {
        const Json& col = ctx.prop(field);
        if (col.is_string() && !columns.empty() && std::find(columns.begin(), columns.end(), col) == columns.end())
            ctx.fail(std::string("the ") + field + " column " + col.dump() + " is not in the data (columns: " + shown(columns) + ")");
    }
    const Json given = v.is_object() && v.contains("datatypes") && v["datatypes"].is_object() ? v["datatypes"] : Json::object();
    Json datatypes = Json::object();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string name = columns[i].get<std::string>();
        if (given.contains(name)) {
            datatypes[name] = given[name];
            continue;
        }
        bool any = false, numbers = true;
        for (const Json& r : rows)
            if (!r[i].is_null()) any = true, numbers = numbers && r[i].is_number();
        datatypes[name] = !any || numbers ? "quantitative" : "nominal";
    }
    std::string mark = v.is_object() ? v.value("mark", std::string()) : std::string();
    if (mark != "line" && mark != "point" && mark != "bar") {
        const Json& name = ctx.prop("name");
        mark = name == "scatterplot" ? "point" : name == "barplot" ? "bar" : "line";
    }
    return {{"columns", columns}, {"data", rows}, {"datatypes", datatypes}, {"mark", mark}};
}

// Dataset.preprocess by `type` (Gradio's default "values"): the clicked sample's index, its
// row of values, or [index, row]. The wire value is the index.
Json dataset_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    const Json& type = ctx.prop("type");
    if (type == "index") return v;
    const Json& samples = ctx.prop("samples");
    const std::size_t n = samples.is_array() ? samples.size() : 0;
    if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<std::size_t>() >= n)
        ctx.fail("there is no sample " + shown(v) + " (the Dataset has " + std::to_string(n) + ")");
    const Json& row = samples[v.get<std::size_t>()];
    if (type == "tuple") return Json::array({v, row});
    return row;
}

// HighlightedText.preprocess hands the function [(token, label)] pairs.
Json highlighted_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_array()) ctx.fail("expected a list of {token, class_or_confidence}, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Json& t = v[i];
        if (!t.is_object() || !t.contains("token") || !t["token"].is_string())
            ctx.fail("value[" + std::to_string(i) + "]: expected {\"token\": string, \"class_or_confidence\": …}, got " + shown(t));
        out.push_back({t["token"], t.value("class_or_confidence", Json())});
    }
    return out;
}

Json entity_spans(const Ctx& ctx, const Json& v);

// HighlightedText.postprocess: [(token, label)] pairs, {token, class_or_confidence} objects,
// or {text, entities: [{entity, start, end}]} as a transformers pipeline returns.
Json highlighted_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (v.is_object()) return entity_spans(ctx, v);
    if (!v.is_array()) ctx.fail("expected a list of (token, label) pairs, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Json& t = v[i];
        if (t.is_array() && t.size() == 2 && t[0].is_string()) out.push_back({{"token", t[0]}, {"class_or_confidence", t[1]}});
        else if (t.is_object() && t.contains("token") && t["token"].is_string()) out.push_back({{"token", t["token"]}, {"class_or_confidence", t.value("class_or_confidence", Json())}});
        else ctx.fail("value[" + std::to_string(i) + "]: expected [token, label], got " + shown(t));
        const Json& label = out.back()["class_or_confidence"];
        if (!label.is_null() && !label.is_string() && !label.is_number())
            ctx.fail("value[" + std::to_string(i) + "]: the label must be a string, a number or null, got " + shown(label));
    }
    return out;
}

Json entity_spans(const Ctx& ctx, const Json& v) {
    if (!v.contains("text") || !v["text"].is_string() || !v.value("entities", Json()).is_array())
        ctx.fail("expected {\"text\": string, \"entities\": [{entity, start, end}]}, got " + shown(v));
    const std::string& text = v["text"].get_ref<const std::string&>();
    Json out = Json::array();
    std::size_t at = 0;
    for (auto& e : v["entities"]) {
        if (!e.is_object() || !e.value("start", Json()).is_number_integer() || !e.value("end", Json()).is_number_integer())
            ctx.fail("value.entities: expected {entity, start, end} with integer offsets, got " + shown(e));
        std::size_t start = e["start"].get<std::size_t>(), end = e["end"].get<std::size_t>();
        if (start < at || end < start || end > text.size()) ctx.fail("value.entities: span " + shown(e) + " is outside the text or overlaps the previous one");
        if (start > at) out.push_back({{"token", text.substr(at, start - at)}, {"class_or_confidence", nullptr}});
        out.push_back({{"token", text.substr(start, end - start)}, {"class_or_confidence", e.contains("entity") ? e["entity"] : e.value("entity_group", Json())}});
        at = end;
    }
    if (at < text.size()) out.push_back({{"token", text.substr(at)}, {"class_or_confidence", nullptr}});
    return out;
}

const Codec any{same, same};
const Codec json{same, json_post};
const Codec label{label_pre, label_post};
const Codec dataframe{dataframe_pre, dataframe_post};
const Codec highlighted{highlighted_pre, highlighted_post};
const Codec plot{same, plot_post};
const Codec dataset{dataset_pre, same};

}  // namespace

const Codec* data_codec(std::string_view type) {
    if (type == "state" || type == "browserstate") return &any;
    if (type == "json") return &json;
    if (type == "label") return &label;
    if (type == "dataframe") return &dataframe;
    if (type == "highlightedtext") return &highlighted;
    if (type == "nativeplot") return &plot;
    if (type == "dataset") return &dataset;
    return nullptr;
}

}  // namespace gr::codec_detail
