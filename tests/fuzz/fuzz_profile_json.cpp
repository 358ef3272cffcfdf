// The custom-profile JSON reader on any text. input_error is its documented
// refusal (syntax with line and column, content with the field path); any
// other exception escapes to libFuzzer and is a finding. What it accepts must
// hold catalog values only (the engine's own check) and survive
// profile_to_json -> parse_profile_json unchanged.
#include "fuzz_support.h"
#include "wizard/errors.h"
#include "wizard/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sg::profile prof;
    try {
        prof = sg::parse_profile_json(sg::fuzz::as_bytes(data, size), "fuzz");
    } catch (const sg::input_error&) {
        return 0;
    }
    for (const sg::target& t : prof.targets) {
        const std::string problem = sg::check_target_value(t.setting_id, t.value);
        if (!problem.empty()) sg::fuzz::finding("accepted target " + t.setting_id + ": " + problem);
    }
    const std::string written = sg::profile_to_json(prof);
    sg::profile again;
    try {
        again = sg::parse_profile_json(written, "fuzz-written");
    } catch (const sg::input_error& e) {
        sg::fuzz::finding(std::string("profile_to_json wrote a profile parse_profile_json refuses: ") + e.what());
    }
    if (again.name != prof.name || again.description != prof.description || again.strat != prof.strat ||
        again.targets != prof.targets)
        sg::fuzz::finding("parse -> profile_to_json -> parse gave a different profile");
    return 0;
}
