#pragma once
// The Security CSE's cached copies of the GPO templates it applied
// (%windir%\security\templates\policies\gpt*.inf, .dom for domain-linked GPOs):
// the exact [Registry Values] each GPO set (cc737602 "Fixing Security Settings
// Problems" [MS]: the CSE "copies the gpttmpl.inf ... locally", names the copies
// "incrementally starting from gpt00000.inf" and applies them "from least to
// greatest"; fleet-and-packaging.md §3). Files are untrusted input: each one is
// bounded in size, must be UTF-16LE (with or without BOM, as secedit writes
// them), and a bad one is reported by name and line while the others are read.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sg {

/// One `[Registry Values]` line: `MACHINE\System\...\Lsa\RestrictAnonymous=4,1`.
struct template_registry_value {
    std::string key;         ///< "HKEY_LOCAL_MACHINE\System\CurrentControlSet\Control\Lsa" (MACHINE\ expanded)
    std::string value_name;  ///< "RestrictAnonymous"
    std::string data;        ///< what follows "=": "4,1", "7,netlogon,samr", "1,\"O:BAG:...\""
    int line = 0;            ///< 1-based line in the file
};

struct cached_template {
    std::string file;  ///< the file's name ("gpt00000.dom")
    std::vector<template_registry_value> values;
};

struct template_cache {
    std::string folder;                     ///< where it was read, for evidence
    std::vector<cached_template> files;     ///< in name order: the order the CSE applied them
    std::vector<std::string> problems;      ///< "gpt00001.inf: line 7: ...", a folder that cannot be listed...
};

inline constexpr std::size_t max_template_bytes = 1024 * 1024;  ///< a real GptTmpl.inf is a few KiB
inline constexpr std::size_t max_template_files = 256;

/// Parses one cached template's bytes. Throws input_error (file name, line) for
/// text that is not UTF-16LE, too large, or a `[Registry Values]` line without
/// "=" or with a path outside MACHINE\.
cached_template parse_cached_template(std::string_view bytes, const std::string& file_name);

/// Reads every gpt*.inf / gpt*.dom in the folder (names compared case-insensitively).
/// Never throws: a missing folder gives no files and no problem (no GPO applied
/// security settings); an unreadable folder or file is listed in `problems`.
template_cache read_template_cache(const std::filesystem::path& folder);

}  // namespace sg
