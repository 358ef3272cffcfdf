#pragma once
// Registry key paths ("HKEY_LOCAL_MACHINE\SYSTEM\...") and the Windows rule that
// key and value names compare case-insensitively while keeping their spelling.
#include <string>
#include <string_view>
#include <vector>

namespace sg {

/// Folds case the way the registry compares names (ASCII, Latin-1, Greek and
/// Cyrillic letters; other characters compare exactly).
std::string fold_case(std::string_view name);
bool names_equal(std::string_view a, std::string_view b);

/// Expands "HKLM\..." and friends to "HKEY_LOCAL_MACHINE\...", drops duplicate
/// and trailing backslashes. Keeps the spelling of every other component.
std::string normalize_key_path(std::string_view path);

/// Splits a normalized path into components (root first).
std::vector<std::string> split_key_path(std::string_view path);
std::string join_key_path(const std::vector<std::string>& parts);

/// Stable, case-insensitive identity for a key path (for maps).
std::string key_identity(std::string_view path);

}  // namespace sg
