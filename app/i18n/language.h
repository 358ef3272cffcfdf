#pragma once
// The language both front ends speak. One catalog (shareguard.mo, compiled
// from resources/translations/*.po) serves the wizard and the console; the
// wizard also loads wxWidgets' own (wxstd.mo) for its stock buttons. Catalogs
// live in <folder>/<code>/LC_MESSAGES/. Installing a language makes
// text::tr / text::tr_n translate; files ShareGuard writes never pass through it.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sg::i18n {

/// The value of `--lang CODE` or `--lang=CODE` among the arguments (UTF-8), or "" when absent.
std::string requested_language(const std::vector<std::string>& args);

/// "de-DE" -> "de_DE", "zh-cn" -> "zh_CN": the spelling catalog folders use.
std::string normalised_code(const std::string& code);

struct language_outcome {
    /// The language in use ("en", "de", "zh_CN"); nullopt when the requested one has no catalog
    /// (English stays installed then).
    std::optional<std::string> code;
    /// "en" and every language a catalog is installed for, sorted.
    std::vector<std::string> available;
};

/// "de, en, zh_CN": the codes as a message lists them.
std::string code_list(const std::vector<std::string>& codes);

/// Installs the catalogs for `requested` (a code; "" = the user's UI language on Windows,
/// LANGUAGE/LC_ALL/LC_MESSAGES/LANG elsewhere, English when no catalog matches), looked up in
/// `folders`. A request for de_DE takes the de catalog.
language_outcome try_install_translations(const std::string& requested,
                                          const std::vector<std::filesystem::path>& folders);

/// The folders an installed or built program keeps its catalogs in: <its folder>/translations
/// (Windows and the build tree) and <its folder>/../share/locale (a Linux install).
std::vector<std::filesystem::path> catalog_folders_of_this_program();

/// English again, whatever was installed (the tests switch languages in one process).
void install_english();

}  // namespace sg::i18n
