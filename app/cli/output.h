#pragma once
// Where results go: with --json, stdout carries exactly one JSON document
// (schema "shareguard/1") and every diagnostic goes to stderr; without it,
// text on stdout and diagnostics on stderr.
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli/exit_codes.h"

namespace sg::cli {

struct output {
    std::ostream& out;
    std::ostream& err;
    bool json = false;
};

/// Writes an engine document to stdout with "exit_code" and the extra fields added.
void write_json(output& o, const std::string& document, exit_code code,
                const nlohmann::ordered_json& extra = nlohmann::ordered_json::object());
/// The error message on stderr; with --json also the error document on stdout.
void write_error(output& o, exit_code code, const std::string& message, const std::string& file = {},
                 int line = 0, int column = 0,
                 const nlohmann::ordered_json& extra = nlohmann::ordered_json::object());
/// "warning: ..." on stderr (never on stdout, so JSON stays clean).
void write_warning(output& o, const std::string& message);
/// A line of text on stdout (human mode only; ignored with --json).
void write_text(output& o, const std::string& text);
/// A line on stderr (progress and hints).
void write_note(output& o, const std::string& text);

}  // namespace sg::cli
