// Parsing speed of .reg files: generates regedit-style exports of 10k to 100k
// keys (UTF-16LE, CRLF, like `regedit /E` of a SOFTWARE hive), parses each a
// few times and prints MB/s of file bytes and ns per key. Run a Release build.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "wizard/reg_file.h"

namespace {

// A mix like a real SOFTWARE export: CLSID-style key paths, mostly strings,
// then DWORDs, binary blobs wrapped over lines, expand and multi strings.
sg::reg_document make_export(std::size_t key_count, std::uint32_t seed) {
    std::mt19937 rng(seed);
    auto pick = [&](std::uint32_t n) { return static_cast<std::uint32_t>(rng() % n); };
    auto guid = [&] {
        return fmt::format("{{{:08X}-{:04X}-{:04X}-{:04X}-{:012X}}}", rng(), pick(0x10000), pick(0x10000),
                           pick(0x10000), (std::uint64_t{rng()} << 16) ^ rng());
    };
    sg::reg_document doc;
    std::string parent;
    for (std::size_t k = 0; k < key_count; ++k) {
        if (k % 4 == 0) parent = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\" + guid();
        sg::reg_file_key key;
        key.comments_before.push_back("");
        key.path = k % 4 == 0 ? parent : parent + (k % 4 == 1 ? "\\InprocServer32" : k % 4 == 2 ? "\\ProgID" : "\\Version");
        const std::uint32_t values = pick(5);
        for (std::uint32_t v = 0; v < values; ++v) {
            sg::reg_file_value value;
            value.name = v == 0 ? "" : fmt::format("Value{}{}", v, pick(1000));
            const std::uint32_t kind = pick(20);
            if (kind < 10) {
                value.value = sg::reg_value::string(fmt::format("C:\\Program Files\\Vendor {}\\module{}.dll", pick(100), pick(1000)));
            } else if (kind < 14) {
                value.value = sg::reg_value::dword(static_cast<std::uint32_t>(rng()));
            } else if (kind < 18) {
                std::vector<std::uint8_t> bytes(16 + pick(180));
                for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
                value.value = sg::reg_value{sg::reg_type::binary, bytes};
            } else if (kind < 19) {
                value.value = sg::reg_value::string("%SystemRoot%\\system32\\shell32.dll", sg::reg_type::expand_sz);
            } else {
                value.value = sg::reg_value::multi_string({"first", "second entry", "third"});
            }
            key.values.push_back(std::move(value));
        }
        doc.keys.push_back(std::move(key));
    }
    doc.trailing_comments.push_back("");
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    using clock = std::chrono::steady_clock;
    // An optional key count runs that size only (for profiling).
    std::vector<std::size_t> sizes = {10000, 25000, 50000, 100000};
    if (argc > 1) sizes = {static_cast<std::size_t>(std::stoul(argv[1]))};
    fmt::print("{:>8} {:>10} {:>6} {:>10} {:>10} {:>10} {:>12}\n", "keys", "file MB", "runs", "best ms", "MB/s", "ns/key",
               "render MB/s");
    for (std::size_t keys : sizes) {
        const sg::reg_document generated = make_export(keys, 42);
        const auto render_start = clock::now();
        const std::string bytes = sg::render_reg(generated);
        const std::chrono::duration<double> render_took = clock::now() - render_start;
        const int runs = keys <= 25000 ? 7 : 5;
        double best = 1e100;
        std::size_t parsed_keys = 0;
        for (int r = 0; r < runs; ++r) {
            const auto start = clock::now();
            const auto doc = sg::parse_reg(bytes, "bench.reg");
            const std::chrono::duration<double> took = clock::now() - start;
            best = std::min(best, took.count());
            parsed_keys = doc.keys.size();
        }
        const double mb = static_cast<double>(bytes.size()) / 1e6;
        fmt::print("{:>8} {:>10.2f} {:>6} {:>10.1f} {:>10.1f} {:>10.0f} {:>12.1f}\n", parsed_keys, mb, runs, best * 1e3,
                   mb / best, best * 1e9 / static_cast<double>(parsed_keys), mb / render_took.count());
    }
    return 0;
}
