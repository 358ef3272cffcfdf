// The .reg reader on any bytes (both encodings: the input picks them by its
// BOM or header), then its writer's round trip: what parse_reg accepted,
// render_reg writes back, and that text parses to the same document.
// input_error is the documented refusal; any other exception escapes to
// libFuzzer and counts as a finding, as does a crash or sanitizer report.
#include "fuzz_support.h"
#include "wizard/errors.h"
#include "wizard/reg_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sg::reg_document doc;
    try {
        doc = sg::parse_reg(sg::fuzz::as_bytes(data, size), "fuzz");
    } catch (const sg::input_error&) {
        return 0;
    }
    const std::string rendered = sg::render_reg(doc);
    sg::reg_document again;
    try {
        again = sg::parse_reg(rendered, "fuzz-rendered");
    } catch (const sg::input_error& e) {
        sg::fuzz::finding(std::string("render_reg wrote a file parse_reg refuses: ") + e.what());
    }
    if (!(again == doc)) sg::fuzz::finding("parse -> render -> parse gave a different document");
    return 0;
}
