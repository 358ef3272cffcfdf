// Catalogs through wxWidgets' wxTranslations (wxBase): the same loader, plural
// rules and language choice (the Windows UI language, or the POSIX locale
// variables) for the wizard and the console.
#include <wx/app.h>
#include <wx/init.h>
#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <algorithm>
#include <climits>

#include "app/i18n/language.h"
#include "app/text/translate.h"

namespace sg::i18n {
namespace {

const wxString domain = wxS("shareguard");

wxString to_wx(const std::filesystem::path& p) {
    const auto utf8 = p.u8string();
    return wxString::FromUTF8(reinterpret_cast<const char*>(utf8.c_str()));
}

std::string singular(const char* english) {
    return std::string(wxGetTranslation(wxString::FromUTF8(english), domain).utf8_str());
}

std::string plural(const char* one, const char* many, std::uint64_t n) {
    const auto count = static_cast<unsigned>(std::min<std::uint64_t>(n, UINT_MAX));
    return std::string(
        wxGetTranslation(wxString::FromUTF8(one), wxString::FromUTF8(many), count, domain).utf8_str());
}

/// The console has no application object; wxBase wants to be initialised before its
/// file and translation classes are used.
void ensure_wx_initialised() {
    // wxAppConsole, not wxTheApp: that casts to wxApp (wx core), which a console does not link.
    if (wxAppConsole::GetInstance()) return;
    static wxInitializer initializer;
}

bool is_english(const std::string& code) { return code == "en" || code.rfind("en_", 0) == 0 || code == "c" || code == "posix"; }

/// The catalog for a requested code: exact ("zh_CN"), the language alone ("de_DE" -> "de"), or the
/// only catalog of that language ("zh" -> "zh_CN").
std::optional<std::string> matching_catalog(const std::string& code, const std::vector<std::string>& catalogs) {
    if (std::find(catalogs.begin(), catalogs.end(), code) != catalogs.end()) return code;
    const std::string language = code.substr(0, code.find('_'));
    if (std::find(catalogs.begin(), catalogs.end(), language) != catalogs.end()) return language;
    for (const auto& c : catalogs)
        if (c.rfind(language + "_", 0) == 0) return c;
    return std::nullopt;
}

}  // namespace

language_outcome try_install_translations(const std::string& requested,
                                          const std::vector<std::filesystem::path>& folders) {
    ensure_wx_initialised();
    wxLogNull quiet;  // a missing wxstd catalog is not the administrator's concern
    for (const auto& folder : folders) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(to_wx(folder));

    auto translations = std::make_unique<wxTranslations>();
    std::vector<std::string> catalogs;
    for (const auto& lang : translations->GetAvailableTranslations(domain)) catalogs.emplace_back(lang.utf8_str());
    std::sort(catalogs.begin(), catalogs.end());
    catalogs.erase(std::unique(catalogs.begin(), catalogs.end()), catalogs.end());

    language_outcome outcome;
    outcome.available = catalogs;
    outcome.available.push_back("en");
    std::sort(outcome.available.begin(), outcome.available.end());

    const std::string code = normalised_code(requested);
    std::string chosen;
    if (!code.empty()) {
        if (is_english(code)) {
            install_english();
            outcome.code = "en";
            return outcome;
        }
        const auto match = matching_catalog(code, catalogs);
        if (!match) {
            install_english();
            return outcome;
        }
        chosen = *match;
        translations->SetLanguage(wxString::FromUTF8(chosen));
    } else {
        const wxString best = translations->GetBestTranslation(domain, wxLANGUAGE_ENGLISH_US);
        chosen = std::string(best.utf8_str());
        if (chosen.empty() || is_english(normalised_code(chosen))) chosen = "en";
    }
    translations->AddStdCatalog();
    translations->AddCatalog(domain, wxLANGUAGE_ENGLISH_US);
    wxTranslations::Set(translations.release());
    text::set_translator({&singular, &plural});
    outcome.code = chosen;
    return outcome;
}

std::vector<std::filesystem::path> catalog_folders_of_this_program() {
    ensure_wx_initialised();
    const wxString exe = wxStandardPaths::Get().GetExecutablePath();
    const std::filesystem::path folder = std::filesystem::path(exe.ToStdWstring()).parent_path();
    return {folder / "translations", folder / ".." / "share" / "locale"};
}

void install_english() {
    ensure_wx_initialised();
    auto english = std::make_unique<wxTranslations>();
    english->SetLanguage(wxLANGUAGE_ENGLISH_US);
    wxTranslations::Set(english.release());
    text::set_translator({});
}

}  // namespace sg::i18n
