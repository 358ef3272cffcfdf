// The wizard as an application (wizard_app.h).
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/uilocale.h>

#include "app/gui/wizard_app.h"
#include "app/session/targets.h"
#include "app/gui/ui_helpers.h"
#include "app/i18n/language.h"
#include "wizard/platform.h"

namespace sg::gui {

namespace {

std::filesystem::path executable_folder() {
    return to_path(wxStandardPaths::Get().GetExecutablePath()).parent_path();
}

/// The demo snapshot shipped with ShareGuard: installed next to the program,
/// in the installed share folder, or (in a build tree) in the sources.
std::filesystem::path find_demo_snapshot() {
    const std::filesystem::path name = std::filesystem::path("snapshots") / "sql-server.reg";
    const std::filesystem::path exe = executable_folder();
    for (const auto& candidate : {exe / name, exe / ".." / "share" / "shareguard" / name,
                                  std::filesystem::path(SG_SOURCE_RESOURCES_DIR) / name}) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return {};
}

/// The demo is changed by applying it, so the wizard works on a fresh copy.
std::filesystem::path demo_working_copy(const std::filesystem::path& demo) {
    const auto folder = default_backup_folder().parent_path() / "demo";
    create_private_folder(folder);
    const auto copy = folder / demo.filename();
    std::filesystem::copy_file(demo, copy, std::filesystem::copy_options::overwrite_existing);
    return copy;
}

}  // namespace

void wizard_app::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(wxS(""), wxS("snapshot"), _("work on this registry snapshot (.reg export) instead of this computer"));
    parser.AddOption(wxS(""), wxS("profile"),
                     _("open with this profile (a built-in name or a JSON file), straight to the preview"));
    parser.AddOption(wxS(""), wxS("backup-dir"), _("write backups and the journal to this folder"));
    parser.AddOption(wxS(""), wxS("restore"), _("open on the restore path with this backup file"));
    parser.AddOption(wxS(""), wxS("lang"), _("show the wizard in this language, e.g. de or zh_CN (default: the Windows display language; on Linux, the locale)"));
}

bool wizard_app::OnCmdLineParsed(wxCmdLineParser& parser) {
    wxString value;
    if (parser.Found(wxS("snapshot"), &value)) options_.snapshot = to_path(value);
    if (parser.Found(wxS("profile"), &value)) options_.profile = to_utf8(value);
    if (parser.Found(wxS("backup-dir"), &value)) options_.backup_dir = to_path(value);
    if (parser.Found(wxS("restore"), &value)) options_.restore = to_path(value);
    return wxApp::OnCmdLineParsed(parser);
}

bool wizard_app::OnInit() {
    sg::harden_dll_search();  // before anything loads a DLL
    // The language before the command line is parsed, so its help is translated too:
    // --lang, else the Windows display language (the locale on Linux), English without a catalog.
    wxUILocale::UseDefault();
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i) args.push_back(to_utf8(argv[i]));
    const std::string requested = i18n::requested_language(args);
    const auto language = i18n::try_install_translations(requested, i18n::catalog_folders_of_this_program());

    SetAppName(wxS("ShareGuard"));
    if (!wxApp::OnInit()) return false;
    if (!language.code)
        wxLogWarning(_("--lang %s: ShareGuard has no translation for this language, so it speaks English "
                       "(available: %s)."),
                     to_wx(requested), to_wx(i18n::code_list(language.available)));

    if (!options_.snapshot && !session::live_target_available()) {
        const auto demo = find_demo_snapshot();
        if (!demo.empty()) {
            try {
                options_.snapshot = demo_working_copy(demo);
                options_.demo = true;
            } catch (const std::exception& e) {
                wxLogWarning(_("The demo snapshot could not be copied: %s"), to_wx(e.what()));
            }
        }
    }
    if (options_.snapshot) model_.set_snapshot(*options_.snapshot);
    if (options_.backup_dir) model_.set_backup_folder(*options_.backup_dir);
    if (options_.restore) model_.set_flow(flow::restore);
    return true;
}

void wizard_app::prepare_profile_start(main_wizard& wizard) {
    // Help-desk start: scan, take the named profile, open on the preview.
    try {
        if (model_.is_live()) model_.use_registry(session::open_live_registry());
        else model_.open_target();
        model_.run_scan();
        // The console's order: a built-in name unless the text looks like a file.
        model_.choose_named(*options_.profile);
        model_.build_plan();
    } catch (...) {
        wizard.set_startup_error(wxString::Format(_("The profile %s cannot be used."), to_wx(*options_.profile)),
                                 describe_current_exception());
    }
}

int wizard_app::OnRun() {
    if (!options_.snapshot && session::live_target_available()) model_.set_live();
    main_wizard wizard(model_, options_, make_desktop());
    if (options_.profile) prepare_profile_start(wizard);
    wizard_starting(wizard);
    const bool finished = wizard.RunWizard(wizard.start_page());
    const int code = wizard_closed(wizard, finished);
    wizard.Destroy();
    return code;
}

}  // namespace sg::gui
