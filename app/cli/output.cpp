#include "app/cli/output.h"

#include "app/cli/messages.h"
#include "wizard/json_output.h"

namespace sg::cli {

namespace {

void dump(output& o, const nlohmann::ordered_json& doc) {
    o.out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    o.out.flush();
}

}  // namespace

void write_json(output& o, const std::string& document, exit_code code, const nlohmann::ordered_json& extra) {
    auto doc = nlohmann::ordered_json::parse(document);
    for (const auto& [field, value] : extra.items()) doc[field] = value;
    doc["exit_code"] = to_int(code);
    dump(o, doc);
}

void write_error(output& o, exit_code code, const std::string& message, const std::string& file, int line,
                 int column, const nlohmann::ordered_json& extra) {
    o.err << msg::error_prefix() << message << '\n';
    o.err.flush();
    if (!o.json) return;
    nlohmann::ordered_json doc;
    doc["schema"] = json_schema_id;
    doc["kind"] = "error";
    doc["code"] = to_int(code);
    doc["message"] = message;
    doc["file"] = file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(file);
    doc["line"] = line > 0 ? nlohmann::ordered_json(line) : nlohmann::ordered_json(nullptr);
    doc["column"] = column > 0 ? nlohmann::ordered_json(column) : nlohmann::ordered_json(nullptr);
    for (const auto& [field, value] : extra.items()) doc[field] = value;
    doc["exit_code"] = to_int(code);
    dump(o, doc);
}

void write_warning(output& o, const std::string& message) {
    o.err << msg::warning_prefix() << message << '\n';
    o.err.flush();
}

void write_text(output& o, const std::string& text) {
    if (o.json) return;
    o.out << text;
    if (text.empty() || text.back() != '\n') o.out << '\n';
    o.out.flush();
}

void write_note(output& o, const std::string& text) {
    o.err << text << '\n';
    o.err.flush();
}

}  // namespace sg::cli
