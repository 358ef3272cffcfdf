// profiles list / show / validate.
#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "app/cli/selection.h"
#include "app/text/describe.h"
#include "app/text/render_text.h"
#include "wizard/json_output.h"
#include "wizard/recommendation.h"
#include "wizard/vocabulary.h"

namespace sg::cli {

exit_code run_profiles_list(const cli_options& opts, output& o) {
    if (o.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& info : builtin_profiles()) {
            nlohmann::ordered_json j;
            j["name"] = info.name;
            j["yes_answers"] = ids_of(info.yes_answers);
            if (auto p = try_builtin_profile(info.name)) j["strategy"] = std::string(strategy_id(p->strat));
            list.push_back(std::move(j));
        }
        nlohmann::ordered_json doc;
        doc["schema"] = json_schema_id;
        doc["kind"] = "profile_list";
        doc["profiles"] = std::move(list);
        write_json(o, doc.dump(), exit_code::success);
        return exit_code::success;
    }
    (void)opts;
    for (const auto& info : builtin_profiles())
        write_text(o, msg::profile_list_row(info.name, text::builtin_profile_description(info.name)));
    write_text(o, msg::profile_list_footer());
    return exit_code::success;
}

exit_code run_profiles_show(const cli_options& opts, output& o) {
    auto p = load_profile(opts.profile_argument, o);
    if (o.json) {
        // The "document" field is a valid custom profile file (schema shareguard-profile/1),
        // a starting point for one's own; built-in reasons become its "reason" texts.
        auto editable = p;
        for (auto& t : editable.targets) {
            if (t.why.text.empty()) t.why.text = text::reason_text(t.why);
        }
        write_json(o, profile_summary_to_json(p), exit_code::success,
                   {{"document", nlohmann::ordered_json::parse(profile_to_json(editable))}});
    } else {
        write_text(o, text::render_recommendation(p));
    }
    return exit_code::success;
}

exit_code run_profiles_validate(const cli_options& opts, output& o) {
    std::filesystem::path file(opts.profile_argument);
    auto p = load_profile_file(file, o);
    if (o.json) {
        write_json(o, profile_summary_to_json(p), exit_code::success, {{"valid", true}});
    } else {
        write_text(o, msg::profile_valid(file.string(), p.name, p.targets.size()));
    }
    return exit_code::success;
}

}  // namespace sg::cli
