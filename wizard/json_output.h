#pragma once
// Machine-readable output: the engine's results as JSON (schema "shareguard/1",
// documented in the README). Data only; no sentences.
#include <string>

namespace sg {

struct scan_result;
struct profile;
struct plan;
struct run_report;

inline constexpr int json_schema_version = 1;

std::string scan_to_json(const scan_result& scan);
std::string plan_to_json(const plan& p);
std::string run_report_to_json(const run_report& report);

}  // namespace sg
