// Pillow 9.4's median-cut quantizer (libImaging/Quant.c method 0, Palette.ADAPTIVE), which
// GIF saving applies to RGB images: a colour histogram keyed by Pillow's pixel hash (coarsened
// while it holds over 65536 entries), boxes split at the weighted median of their longest
// luminance-weighted axis in Pillow's heap order, box means as the palette, then each pixel
// mapped to the nearest palette colour with Pillow's sorted-distance search.
#include <algorithm>
#include <string>

#include "gr/image/quantize.h"

namespace gr::image {
namespace {

constexpr size_t kMaxHashEntries = 65536;

uint32_t pixel_hash(uint32_t r, uint32_t g, uint32_t b) {
    return r * 463u ^ (g << 8) * 10069u ^ (b << 16) * 64997u;
}

struct Entry {
    uint32_t hash;
    uint8_t rgb[3];  // the first colour that landed here, unscaled
    uint32_t count;
    int box = -1;
};

// Quant.c's pixel hash table: two colours are "equal" when their hashes at the current scale
// (bits dropped per channel) are equal. Open addressing over the 32-bit hash values.
class Histogram {
public:
    unsigned scale = 0;
    std::vector<Entry> entries;

    uint32_t hash_of(const uint8_t* p) const { return pixel_hash(p[0] >> scale, p[1] >> scale, p[2] >> scale); }

    void add(const uint8_t* p) {
        uint32_t h = hash_of(p);
        int32_t& slot = find(h);
        if (slot >= 0) { entries[size_t(slot)].count++; return; }
        slot = int32_t(entries.size());
        entries.push_back({h, {p[0], p[1], p[2]}, 1});
        while (entries.size() > kMaxHashEntries) coarsen();
    }
    Entry& lookup(const uint8_t* p) { return entries[size_t(find(hash_of(p)))]; }

private:
    std::vector<int32_t> slots_ = std::vector<int32_t>(size_t(1) << 18, -1);

    int32_t& find(uint32_t h) {
        size_t mask = slots_.size() - 1;
        for (size_t i = (h * 2654435761u) & mask;; i = (i + 1) & mask) {
            int32_t s = slots_[i];
            if (s < 0 || entries[size_t(s)].hash == h) return slots_[i];
        }
    }
    // One more bit dropped per channel: entries that now share a hash merge their counts.
    void coarsen() {
        scale++;
        std::vector<Entry> old = std::move(entries);
        entries.clear();
        std::fill(slots_.begin(), slots_.end(), -1);
        for (Entry& e : old) {
            e.hash = hash_of(e.rgb);
            int32_t& slot = find(e.hash);
            if (slot >= 0) entries[size_t(slot)].count += e.count;
            else slot = int32_t(entries.size()), entries.push_back(e);
        }
    }
};

struct Box {
    std::vector<uint32_t> items;  // entry indices
    uint32_t pixel_count = 0;
    uint8_t lo[3] = {255, 255, 255}, hi[3] = {0, 0, 0};
    int left = -1, right = -1;
    int volume() const { return (hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1); }
};

// QuantHeap.c's binary max-heap on pixel count, 1-based, with its exact tie behaviour.
class BoxHeap {
public:
    explicit BoxHeap(const std::vector<Box>& boxes) : boxes_(boxes) {}
    void push(int v) {
        heap_.push_back(v);
        size_t k = heap_.size() - 1;
        for (; k != 1 && cmp(v, heap_[k / 2]) > 0; k >>= 1) heap_[k] = heap_[k / 2];
        heap_[k] = v;
    }
    bool pop(int& out) {
        if (heap_.size() <= 1) return false;
        out = heap_[1];
        int v = heap_.back();
        heap_.pop_back();
        size_t count = heap_.size() - 1, k = 1, l;
        for (; k * 2 <= count; k = l) {
            l = k * 2;
            if (l < count && cmp(heap_[l], heap_[l + 1]) < 0) l++;
            if (cmp(v, heap_[l]) > 0) break;
            heap_[k] = heap_[l];
        }
        if (count >= 1) heap_[k] = v;
        return true;
    }

private:
    const std::vector<Box>& boxes_;
    std::vector<int> heap_{0};
    int cmp(int a, int b) const { return int(boxes_[size_t(a)].pixel_count) - int(boxes_[size_t(b)].pixel_count); }
};

struct Scaled {
    uint8_t c[3];
    uint32_t count;
};

Box make_box(std::vector<uint32_t> items, const std::vector<Scaled>& px, uint32_t count) {
    Box b;
    b.items = std::move(items);
    b.pixel_count = count;
    for (uint32_t i : b.items)
        for (int c = 0; c < 3; c++) b.lo[c] = std::min(b.lo[c], px[i].c[c]), b.hi[c] = std::max(b.hi[c], px[i].c[c]);
    return b;
}

// splitlists: along the axis with the largest weighted range, everything at or above the value
// where the running count passes half goes left; if nothing is left over, the lowest value
// goes right instead.
std::pair<Box, Box> split(const Box& box, const std::vector<Scaled>& px) {
    int f[3] = {(box.hi[0] - box.lo[0]) * 77, (box.hi[1] - box.lo[1]) * 150, (box.hi[2] - box.lo[2]) * 29};
    int axis = 0;
    for (int i = 1; i < 3; i++)
        if (f[axis] < f[i]) axis = i;
    uint32_t by_value[256] = {};
    for (uint32_t i : box.items) by_value[px[i].c[axis]] += px[i].count;
    int cut = box.lo[axis];  // values > cut go left when no earlier cut is found
    uint32_t left = 0;
    for (int v = box.hi[axis]; v >= box.lo[axis]; v--) {
        left += by_value[v];
        if (left * 2 > box.pixel_count) { cut = v > box.lo[axis] ? v - 1 : box.lo[axis]; break; }
    }
    std::vector<uint32_t> l, r;
    uint32_t nl = 0, nr = 0;
    for (uint32_t i : box.items) {
        if (px[i].c[axis] > cut) l.push_back(i), nl += px[i].count;
        else r.push_back(i), nr += px[i].count;
    }
    return {make_box(std::move(l), px, nl), make_box(std::move(r), px, nr)};
}

// median_cut + annotate_hash_table: leaves numbered left to right; returns the box count.
int cut_boxes(Histogram& hist, uint32_t pixels, int colors) {
    std::vector<Scaled> px(hist.entries.size());
    std::vector<uint32_t> all(px.size());
    for (size_t i = 0; i < px.size(); i++) {
        const Entry& e = hist.entries[i];
        px[i] = {{uint8_t(e.rgb[0] >> hist.scale), uint8_t(e.rgb[1] >> hist.scale), uint8_t(e.rgb[2] >> hist.scale)}, e.count};
        all[i] = uint32_t(i);
    }
    std::vector<Box> boxes;
    boxes.reserve(size_t(2 * colors));
    boxes.push_back(make_box(std::move(all), px, pixels));
    BoxHeap heap(boxes);
    heap.push(0);
    for (int k = colors; --k;) {
        int node;
        bool found = false;
        while (!found && heap.pop(node)) found = boxes[size_t(node)].volume() != 1;
        if (!found) break;
        auto [l, r] = split(boxes[size_t(node)], px);
        boxes[size_t(node)].left = int(boxes.size());
        boxes.push_back(std::move(l));
        boxes[size_t(node)].right = int(boxes.size());
        boxes.push_back(std::move(r));
        heap.push(boxes[size_t(node)].left);
        heap.push(boxes[size_t(node)].right);
    }
    int next = 0;
    std::vector<int> stack{0};
    while (!stack.empty()) {
        const Box& b = boxes[size_t(stack.back())];
        stack.pop_back();
        if (b.left >= 0) { stack.push_back(b.right); stack.push_back(b.left); continue; }
        for (uint32_t i : b.items) hist.entries[i].box = next;
        if (!b.items.empty()) next++;
    }
    return next;
}

uint32_t dist2(const uint8_t* a, const uint8_t* b) {
    int dr = int(a[0]) - int(b[0]), dg = int(a[1]) - int(b[1]), db = int(a[2]) - int(b[2]);
    return uint32_t(dr * dr + dg * dg + db * db);
}

// map_image_pixels_from_median_box: start at the pixel's box; visit palette entries in order
// of distance from that box's colour (ties by index) while within 4× the starting distance.
struct NearestSearch {
    size_t n;
    const std::vector<uint8_t>& palette;
    std::vector<uint32_t> dist;    // n × n
    std::vector<uint16_t> order;   // per row: entries by (distance, index)

    NearestSearch(const std::vector<uint8_t>& pal, size_t entries) : n(entries), palette(pal), dist(n * n), order(n * n) {
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) dist[i * n + j] = dist2(&pal[3 * i], &pal[3 * j]);
        for (size_t i = 0; i < n; i++) {
            uint16_t* row = &order[i * n];
            for (size_t j = 0; j < n; j++) row[j] = uint16_t(j);
            const uint32_t* d = &dist[i * n];
            std::sort(row, row + n, [d](uint16_t a, uint16_t b) { return d[a] != d[b] ? d[a] < d[b] : a < b; });
        }
    }
    uint8_t nearest(const uint8_t* p, size_t box) const {
        uint32_t best = dist2(&palette[3 * box], p), limit = best << 2;
        size_t match = box;
        const uint16_t* row = &order[box * n];
        const uint32_t* d = &dist[box * n];
        for (size_t j = 0; j < n && d[row[j]] <= limit; j++) {
            uint32_t dd = dist2(&palette[3 * row[j]], p);
            if (dd < best) best = dd, match = row[j];
        }
        return uint8_t(match);
    }
};

}  // namespace

Quantized quantize_median_cut(const Image& im, int colors) {
    if (im.mode != Mode::RGB)
        throw ImageError("median-cut quantization takes an RGB image, not mode " + std::string(mode_name(im.mode)));
    if (colors < 1 || colors > 256) throw ImageError("bad number of colors: " + std::to_string(colors) + " (1 to 256)");
    size_t n = im.pixel_count();
    if (n == 0) throw ImageError("cannot quantize an empty image");
    const uint8_t* pixels = im.pixels.data();
    Histogram hist;
    for (size_t i = 0; i < n; i++) hist.add(pixels + 3 * i);
    int boxes = cut_boxes(hist, uint32_t(n), colors);

    // Box means (uint32 sums, as Quant.c), rounded half up.
    std::vector<uint32_t> sum(static_cast<size_t>(boxes) * 3);
    std::vector<uint32_t> count(static_cast<size_t>(boxes));
    Quantized out;
    out.indices.resize(n);
    for (size_t i = 0; i < n; i++) {
        const uint8_t* p = pixels + 3 * i;
        int b = hist.lookup(p).box;
        out.indices[i] = uint8_t(b);
        for (int c = 0; c < 3; c++) sum[size_t(b) * 3 + c] += p[c];
        count[size_t(b)]++;
    }
    out.entries = boxes;
    out.palette.resize(size_t(boxes) * 3);
    for (size_t i = 0; i < out.palette.size(); i++) out.palette[i] = uint8_t(int(.5 + double(sum[i]) / double(count[i / 3])));

    NearestSearch search(out.palette, size_t(boxes));
    for (size_t i = 0; i < n; i++) out.indices[i] = search.nearest(pixels + 3 * i, out.indices[i]);
    return out;
}

}  // namespace gr::image
