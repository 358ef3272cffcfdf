#include "gui/driver/self_test.h"

#include <algorithm>
#include <cstdio>
#include <regex>
#include <map>
#include <system_error>
#include <utility>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/clipbrd.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/msgdlg.h>
#include <wx/generic/msgdlgg.h>
#include <wx/toplevel.h>
#include <wx/app.h>
#include <wx/utils.h>

#include "app/gui/deployment_export.h"
#include "app/gui/error_dialog.h"
#include "app/gui/main_wizard.h"
#include "app/gui/page_finish.h"
#include "app/gui/page_preview.h"
#include "app/gui/page_questions.h"
#include "app/gui/page_recommendation.h"
#include "app/gui/page_scan.h"
#include "gui/driver/accessibility.h"
#include "gui/driver/screenshot.h"
#include "app/gui/ui_helpers.h"
#include "app/session/exports.h"
#include "app/text/render_text.h"
#include "wizard/apply.h"
#include "wizard/fleet/deployment.h"
#include "wizard/fleet/export_formats.h"
#include "wizard/backup.h"
#include "wizard/platform.h"
#include "wizard/reg_file.h"
#include "wizard/snapshot_registry.h"

namespace sg::gui {

namespace {

// Ticks are short so the walk is quick, yet each action gets time to paint.
constexpr int tick_ms = 150;
constexpr int timeout_ticks = 120000 / tick_ms;

/// The mnemonic letter of a label ("&Next >" -> 'n'), or 0.
int mnemonic_of(const wxString& label) {
    const int at = label.Find('&');
    if (at == wxNOT_FOUND || static_cast<size_t>(at) + 1 >= label.size()) return 0;
    return static_cast<int>(wxTolower(label[static_cast<size_t>(at) + 1]));
}

wxGenericMessageDialog* open_message_dialog() {
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* d = dynamic_cast<wxGenericMessageDialog*>(w); d && d->IsShown()) return d;
    return nullptr;
}

export_dialog* open_export_dialog() {
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* d = dynamic_cast<export_dialog*>(w); d && d->IsShown()) return d;
    return nullptr;
}

/// Every file under `folder`: '/'-separated relative path -> bytes.
std::map<std::string, std::string> files_under(const std::filesystem::path& folder) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) files[it->path().lexically_relative(folder).generic_string()] = read_file(it->path());
    return files;
}

error_dialog* open_error_dialog() {
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* d = dynamic_cast<error_dialog*>(w); d && d->IsShown()) return d;
    return nullptr;
}

std::string dialog_text(const error_dialog& d) { return to_utf8(d.heading() + wxS("\n") + d.detail()); }

/// This process's arguments after the program, one per line (UTF-8).
std::string own_arguments_text() {
    std::string text;
    for (int i = 1; i < wxTheApp->argc; ++i) text += to_utf8(wxTheApp->argv[i]) + "\n";
    return text;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// Every value a .reg file sets: (key, value name), both in lower case -> the value (nothing: a deletion).
using reg_values = std::map<std::pair<std::string, std::string>, std::optional<reg_value>>;
reg_values values_in(const reg_document& doc) {
    reg_values out;
    for (const reg_file_key& k : doc.keys)
        for (const reg_file_value& v : k.values) out[{lower(k.path), lower(v.name)}] = v.value;
    return out;
}

std::string read_or_empty(const std::filesystem::path& file) {
    try {
        return read_file(file);
    } catch (...) {
        return {};
    }
}

}  // namespace

bool is_self_test_mode(const std::string& mode) {
    return mode == "walk-keys" || mode == "walk-mouse" || mode == "undo" || mode == "cancel" || mode == "restore" ||
           mode == "error-snapshot" || mode == "error-profile" || mode == "live-restart-undo" || mode == "elevate";
}

self_test_driver::self_test_driver(main_wizard& wizard, wizard_model& model, const startup_options& options,
                                   const self_test_options& test)
    : wizard_(wizard), model_(model), options_(options), test_(test), mode_(test.mode), timer_(this) {
    keys_ = mode_ == "walk-keys" || mode_ == "error-snapshot";  // the error box closed with Enter
    if (options_.snapshot) {
        snapshot_ = *options_.snapshot;
        original_bytes_ = read_or_empty(snapshot_);
    }
    saved_dir_ = test_.screenshots ? *test_.screenshots
                                      : std::filesystem::temp_directory_path() / "shareguard-selftest-saved";
    // "elevate": the copy started by "Restart as administrator" finds where to
    // report its arguments in the environment its parent set.
    if (wxString marker; mode_ == "elevate" && wxGetEnv(wxString(relaunch_marker_variable), &marker)) {
        relaunch_marker_ = to_path(marker);
        relaunched_ = true;
    }
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { on_tick(); });
}

self_test_driver::~self_test_driver() = default;

std::filesystem::path self_test_driver::saved_file(const wxString& default_name) const {
    return saved_dir_ / to_path(wxS("saved-") + default_name);
}

std::filesystem::path self_test_driver::export_folder() const { return saved_dir_ / "saved-export"; }

std::optional<wxString> self_test_driver::answer_file_prompt(const file_prompt& prompt) {
    std::error_code ignored;
    if (prompt.kind == file_prompt_kind::folder) {
        // Export for deployment: a fresh folder each run (an export refuses a folder with files).
        const std::filesystem::path folder = export_folder();
        std::filesystem::remove_all(folder, ignored);
        std::filesystem::create_directories(folder, ignored);
        std::fprintf(stderr, "self-test: answered \"%s\" with %s\n", to_utf8(prompt.title).c_str(), folder.string().c_str());
        return from_path(folder);
    }
    // Only Save and folder dialogs belong to the scripts; any other dialog is a surprise.
    if (prompt.kind != file_prompt_kind::save_file) {
        fail("an unexpected file dialog opened: " + to_utf8(prompt.title));
        return std::nullopt;
    }
    std::filesystem::create_directories(saved_dir_, ignored);
    const std::filesystem::path file = saved_file(prompt.default_name);
    std::filesystem::remove(file, ignored);
    std::fprintf(stderr, "self-test: answered \"%s\" with %s\n", to_utf8(prompt.title).c_str(), file.string().c_str());
    return from_path(file);
}

void self_test_driver::start() {
    plan_steps();
    timer_.Start(tick_ms);
}

void self_test_driver::fail(const std::string& why) {
    failures_.push_back(why);
    timer_.Stop();
    std::fprintf(stderr, "self-test: FAIL at step %zu: %s\n", current_, why.c_str());
    // Close whatever is open so the process ends and reports.
    if (auto* d = open_message_dialog()) d->EndModal(wxID_NO);
    if (auto* d = open_error_dialog()) d->EndModal(wxID_OK);
    if (auto* d = open_export_dialog()) d->EndModal(wxID_CANCEL);
    wizard_.CallAfter([this] {
        if (wizard_.IsModal()) wizard_.EndModal(wxID_CANCEL);
    });
}

void self_test_driver::on_tick() {
    if (++ticks_ > timeout_ticks) {
        const std::string what = current_ < steps_.size() ? steps_[current_].what : "end";
        return fail("timed out waiting for: " + what);
    }
    const bool error_expected = current_ < steps_.size() && steps_[current_].expects_error;
    if (!error_expected)
        if (error_dialog* d = open_error_dialog()) {
            shot("unexpected-error");
            return fail("the wizard showed an error: " + dialog_text(*d));
        }
    if (settle_ > 0) {
        --settle_;
        return;
    }
    if (current_ >= steps_.size()) {
        timer_.Stop();
        return;
    }
    if (steps_[current_].run()) {
        std::fprintf(stderr, "self-test: done: %s\n", steps_[current_].what.c_str());
        ++current_;
        settle_ = 2;
    }
}

// --- step builders -----------------------------------------------------------

void self_test_driver::at_page(const std::string& id) {
    auto seen = std::make_shared<int>(0);
    steps_.push_back({"page " + id, [this, id, seen] {
                          wizard_page* p = wizard_.current();
                          if (!p || p->page_id() != id || wizard_.busy()) return false;
                          if (id == "scan" && (wizard_.scan_page()->scanning() || !model_.has_scan())) return false;
                          if ((*seen)++ < 2) return false;  // let it paint
                          shot(id);
                          check_keyboard_and_names(*p, id);
                          return true;
                      }});
}

void self_test_driver::check_keyboard_and_names(const wizard_page& page, const std::string& id) {
    // The first visit only: coming back, wx returns focus to where it was, as Windows does.
    if (!pages_checked_.insert(id).second) return;
    for (const auto& control : test::unnamed_controls(page))
        fail("page " + id + ": " + control + " has no accessible name (no label, none before it, no box)");
    const wxWindow* first = test::first_focusable(page);
    if (first && !test::focus_is_on(wxWindow::FindFocus(), first))
        fail("page " + id + ": focus is on " + test::describe_window(wxWindow::FindFocus()) +
             ", not on its first control " + test::describe_window(first));
}

void self_test_driver::expect_page(const std::string& id) {
    steps_.push_back({"still on " + id, [this, id] {
                          wizard_page* p = wizard_.current();
                          if (!p || p->page_id() != id) fail("expected to stay on page " + id);
                          return true;
                      }});
}

void self_test_driver::press_forward() {
    press_when_enabled("Next", [this] { return wizard_.forward_button(); });
}

void self_test_driver::press_back() {
    press_when_enabled("Back", [this] { return wizard_.back_button(); });
}

void self_test_driver::press_cancel() {
    steps_.push_back({keys_ ? "press Escape" : "click Cancel", [this] {
                          wxButton* cancel = wizard_.cancel_button();
                          if (!cancel || !cancel->IsEnabled()) return false;
                          if (keys_) sim_.Char(WXK_ESCAPE);
                          else click(cancel);
                          return true;
                      }});
}

void self_test_driver::click_window(const std::string& what, std::function<wxWindow*()> find) {
    steps_.push_back({"click " + what, [this, find, what] {
                          wxWindow* w = find();
                          if (!w || !w->IsShownOnScreen() || !w->IsEnabled()) return false;
                          click(w);
                          return true;
                      }});
}

void self_test_driver::key(const std::string& what, int keycode, int modifiers) {
    steps_.push_back({what, [this, keycode, modifiers] {
                          sim_.Char(keycode, modifiers);
                          return true;
                      }});
}

void self_test_driver::answer_dialog(bool leave, const std::string& shot_name) {
    auto seen = std::make_shared<int>(0);
    steps_.push_back({leave ? "answer yes (" + shot_name + ")" : "answer no (" + shot_name + ")", [this, leave, seen, shot_name] {
                          wxGenericMessageDialog* d = open_message_dialog();
                          if (!d) return false;
                          if ((*seen)++ < 2) return false;
                          shot(leave ? shot_name : shot_name + "-no");
                          auto* button = dynamic_cast<wxButton*>(d->FindWindow(leave ? wxID_YES : wxID_NO));
                          if (!button) {
                              fail("the question has no yes/no button");
                              return true;
                          }
                          press(button, leave ? "yes" : "no");
                          return true;
                      }});
}

void self_test_driver::expect_error_naming(const std::string& file_name) {
    auto seen = std::make_shared<int>(0);
    step s{"an error box that names " + file_name, nullptr, true};
    s.run = [this, file_name, seen] {
        error_dialog* d = open_error_dialog();
        if (!d) return false;
        if ((*seen)++ < 2) return false;
        shot("error");
        const std::string text = dialog_text(*d);
        std::fprintf(stderr, "self-test: the error box says: %s\n", text.c_str());
        // Where: "file:line:column:" as the engine writes it.
        std::string escaped;
        for (char c : file_name) {
            if (!std::isalnum(static_cast<unsigned char>(c))) escaped += '\\';
            escaped += c;
        }
        if (!std::regex_search(text, std::regex(escaped + ":[0-9]+:[0-9]+:")))
            fail("the error box does not say where (" + file_name + ":line:column): " + text);
        wxButton* ok = d->ok_button();
        if (!ok) {
            fail("the error box has no OK button");
            return true;
        }
        if (keys_) sim_.Char(WXK_RETURN);
        else click(ok);
        ++errors_seen_;
        return true;
    };
    steps_.push_back(std::move(s));
    steps_.push_back({"the error box closed", [] { return open_error_dialog() == nullptr; }});
}

void self_test_driver::press_button(const std::string& name) {
    press_when_enabled(name, [this, name] {
        auto* b = dynamic_cast<wxButton*>(wxWindow::FindWindowByName(to_wx(name), &wizard_));
        return b && b->IsShownOnScreen() ? b : nullptr;
    });
}

void self_test_driver::press_when_enabled(const std::string& name, std::function<wxButton*()> find) {
    steps_.push_back({(keys_ ? "press the mnemonic of " : "click ") + name, [this, name, find] {
                          wxButton* b = find();
                          if (!b || !b->IsEnabled()) return false;
                          press(b, name);
                          return true;
                      }});
}

void self_test_driver::press(wxButton* b, const std::string& name) {
    if (!keys_) return click(b);
    const int letter = mnemonic_of(b->GetLabel());
    if (!letter) fail("the button " + name + " has no mnemonic: " + to_utf8(b->GetLabel()));
    else sim_.Char(letter, wxMOD_ALT);
}

void self_test_driver::tab_to_preview_list() {
    auto tabs = std::make_shared<int>(0);
    steps_.push_back({"Tab to the list of changes", [this, tabs] {
                          wxWindow* list = wizard_.preview_page()->list();
                          wxWindow* focus = wxWindow::FindFocus();
                          // wx's generic list (GTK) has its focus on an inner window.
                          if (focus && (focus == list || focus->GetParent() == list)) return true;
                          if (++*tabs > 40) {
                              fail("Tab never reached the list of changes");
                              return true;
                          }
                          sim_.Char(WXK_TAB);
                          return false;
                      }});
}

void self_test_driver::untick_last_change() {
    // Keyboard only: Tab into the list of changes, End, Space.
    tab_to_preview_list();
    key("press End", WXK_END, wxMOD_NONE);
    key("press Space", ' ', wxMOD_NONE);
    steps_.push_back({"the last row is unticked", [this] {
                          wxListCtrl* list = wizard_.preview_page()->list();
                          const long last = list->GetItemCount() - 1;
                          if (last < 1) {
                              fail("the preview has too few rows to untick one");
                              return true;
                          }
                          const std::size_t index = wizard_.preview_page()->plan_index_of(last);
                          if (list->IsItemChecked(last))
                              fail("Space did not untick the last row of the preview");
                          else if (model_.current_plan().changes[index].selected)
                              fail("the last row looks unticked, but the plan still selects it");
                          unticked_ = index;
                          return true;
                      }});
}

void self_test_driver::untick_rows_beyond_server_restart() {
    // Keyboard: Home, then down the list, Space on each row that needs more than
    // a Server service restart (a reboot, a new logon). One key per tick.
    tab_to_preview_list();
    key("press Home", WXK_HOME, wxMOD_NONE);
    auto row = std::make_shared<long>(0);
    auto moved = std::make_shared<bool>(true);  // true: the focus is on *row, not yet looked at
    steps_.push_back({"untick the rows that need a reboot or a new logon", [this, row, moved] {
                          wxListCtrl* list = wizard_.preview_page()->list();
                          if (*row >= list->GetItemCount()) return true;
                          const auto& c = model_.current_plan().changes[wizard_.preview_page()->plan_index_of(*row)];
                          const bool beyond = c.restart != restart_need::none && c.restart != restart_need::server_service;
                          if (*moved && beyond && list->IsItemChecked(*row)) {
                              sim_.Char(' ');
                              *moved = false;
                              return false;
                          }
                          sim_.Char(WXK_DOWN);
                          ++*row;
                          *moved = true;
                          return false;
                      }});
    steps_.push_back({"only rows a Server service restart completes are ticked", [this] {
                          const plan& p = model_.current_plan();
                          if (p.pending().empty()) fail("no row is left ticked");
                          else if (p.strongest_restart() != restart_need::server_service)
                              fail("the ticked rows still need more than a Server service restart");
                          return true;
                      }});
}

void self_test_driver::save_and_copy_preview() {
    press_button("save_reg");
    steps_.push_back({"the .reg holds exactly the ticked changes", [this] {
                          const auto file = saved_file(wxS("shareguard-changes.reg"));
                          std::error_code ec;
                          if (!std::filesystem::exists(file, ec) || wizard_.busy()) return false;
                          const auto saved = values_in(read_reg_file(file));
                          reg_values expected;
                          for (const planned_change* c : model_.current_plan().pending())
                              expected[{lower(c->key), lower(c->value_name)}] = c->desired;
                          if (saved != expected)
                              fail("the saved .reg has " + std::to_string(saved.size()) + " values, not the " +
                                   std::to_string(expected.size()) + " ticked changes");
                          return true;
                      }});
    press_button("copy_text");
    steps_.push_back({"the clipboard holds the preview as text", [this] {
                          wxClipboardLocker lock;
                          if (!lock || !wxTheClipboard->IsSupported(wxDF_UNICODETEXT)) return false;
                          wxTextDataObject data;
                          if (!wxTheClipboard->GetData(data)) return false;
                          wxString got = data.GetText(), want = wizard_.preview_page()->plan_text();
                          got.Replace(wxS("\r\n"), wxS("\n"));
                          want.Replace(wxS("\r\n"), wxS("\n"));
                          if (got.Strip(wxString::trailing) != want.Strip(wxString::trailing))
                              fail("the clipboard does not hold the preview text (it has " +
                                   std::to_string(got.size()) + " characters)");
                          return true;
                      }});
}

void self_test_driver::export_for_deployment_on_preview() {
    click_window("Export for deployment", [this]() -> wxWindow* {
        return wxWindow::FindWindowByName(wxS("export_deployment"), wizard_.preview_page());
    });
    auto seen = std::make_shared<int>(0);
    steps_.push_back({"the export dialog: all formats, undo to Windows' defaults; Export", [this, seen] {
                          export_dialog* d = open_export_dialog();
                          if (!d || (*seen)++ < 2) return false;
                          shot("export-dialog");
                          if (d->formats() != fleet::all_export_formats())
                              fail("the export dialog does not start with every format ticked");
                          if (d->undo_from())
                              fail("the export dialog does not start with the undo to Windows' defaults");
                          if (!d->export_button()->IsEnabled()) fail("the export dialog's Export button is disabled");
                          else click(d->export_button());
                          return true;
                      }});
    auto shown = std::make_shared<int>(0);
    steps_.push_back({"the export's message names the folder and the files", [this, shown] {
                          wxGenericMessageDialog* d = open_message_dialog();
                          if (!d || (*shown)++ < 2) return false;
                          shot("export-done");
                          const std::string text = to_utf8(d->GetMessage());
                          const std::size_t files = files_under(export_folder()).size();
                          if (text.find(export_folder().string()) == std::string::npos ||
                              text.find(std::to_string(files)) == std::string::npos)  // any language
                              fail("the export's message does not name the folder and its " + std::to_string(files) +
                                   " files: " + text);
                          auto* ok = dynamic_cast<wxButton*>(d->FindWindow(wxID_OK));
                          if (!ok) fail("the export's message has no OK button");
                          else click(ok);
                          return true;
                      }});
    steps_.push_back({"the export folder holds what write_exports writes for the ticked rows", [this] {
                          if (open_message_dialog()) return false;
                          check_export_folder();
                          return true;
                      }});
}

void self_test_driver::check_export_folder() {
    const std::filesystem::path folder = export_folder();
    const auto written = files_under(folder);
    for (const char* must : {"gpo/README.txt", "intune/README.txt", "ansible/README.txt",
                             "reg/shareguard.reg", "undo/gpo/README.txt", "undo/reg/shareguard.reg"})
        if (!written.count(must)) return fail(std::string("the export folder has no ") + must);
    // The .reg names exactly the ticked rows' values, as the plan wants them.
    const auto in_reg = values_in(read_reg_file(folder / "reg" / "shareguard.reg"));
    reg_values ticked;
    for (const planned_change& c : model_.current_plan().changes)
        if (c.selected) ticked[{lower(c.key), lower(c.value_name)}] = c.desired;
    if (in_reg != ticked)
        return fail("reg/shareguard.reg has " + std::to_string(in_reg.size()) + " values, not the " +
                    std::to_string(ticked.size()) + " ticked rows");
    // Byte for byte what the console's use case writes for the same rows at the same time.
    std::smatch when;
    const std::string readme = written.at("gpo/README.txt");  // UTF-8 (the .reg is UTF-16)
    if (!std::regex_search(readme, when, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z")))
        return fail("gpo/README.txt has no creation time in its header");
    session::export_request same;
    same.apply = fleet::deployment_from_plan(model_.current_plan(),
                                             session::header_for(model_.current_plan().profile_name, when.str()));
    same.formats = fleet::all_export_formats();
    same.folder = saved_dir_ / "in-process-export";
    same.key_file = model_.key_file();
    std::error_code ignored;
    std::filesystem::remove_all(same.folder, ignored);
    session::write_exports(same);
    const auto expected = files_under(same.folder);
    std::filesystem::remove_all(same.folder, ignored);
    if (written.size() != expected.size())
        return fail("the wizard wrote " + std::to_string(written.size()) + " files, write_exports " +
                    std::to_string(expected.size()));
    for (const auto& [path, bytes] : expected) {
        auto it = written.find(path);
        if (it == written.end()) return fail("the wizard's export has no " + path);
        if (it->second != bytes) return fail("the wizard's " + path + " differs from write_exports'");
    }
    std::fprintf(stderr, "self-test: the export folder holds the %zu files write_exports writes\n", written.size());
}

void self_test_driver::click_target_row(long row) {
    steps_.push_back({"click row " + std::to_string(row) + " of the targets", [this, row] {
                          wxListCtrl* list = wizard_.recommendation_page()->targets();
                          wxRect r;
                          if (!list->IsShownOnScreen() || row >= list->GetItemCount() ||
                              !list->GetItemRect(row, r))
                              return false;
                          // GetItemRect is in the list's client coordinates (below its header).
                          const wxPoint at = list->ClientToScreen(wxPoint(r.x + 40, r.y + r.height / 2));
                          sim_.MouseMove(at);
                          wxYield();
                          sim_.MouseClick();
                          return true;
                      }});
    steps_.push_back({"the card shows the clicked row's setting", [this, row] {
                          page_recommendation* page = wizard_.recommendation_page();
                          if (page->targets()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) != row)
                              return false;
                          const std::string id = page->setting_of(row);
                          const auto card = model_.card_for(id);
                          if (!card) fail("the clicked row's setting is not in the catalog: " + id);
                          else if (to_utf8(page->card_text()) != text::render_card(*card))
                              fail("the card does not show " + id + "; it shows: " + to_utf8(page->card_text()));
                          else if (!card->state)
                              fail("the card of " + id + " says nothing about the scanned machine");
                          shot("recommendation-card");
                          return true;
                      }});
}

void self_test_driver::expect_preview_card() {
    steps_.push_back({"the card shows the selected change's setting", [this] {
                          wxListCtrl* list = wizard_.preview_page()->list();
                          const long row = list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
                          if (row < 0) {
                              fail("no row of the preview is selected");
                              return true;
                          }
                          const auto& c = model_.current_plan().changes[wizard_.preview_page()->plan_index_of(row)];
                          const auto card = model_.card_for(c.setting_id);
                          const std::string shown = to_utf8(wizard_.preview_page()->card_text());
                          // An unreadable row's card starts with what the page does about it.
                          const std::string want = card ? text::render_card(*card) : std::string();
                          if (!card || shown.size() < want.size() ||
                              shown.compare(shown.size() - want.size(), want.size(), want) != 0)
                              fail("the card does not show " + c.setting_id + "; it shows: " + shown);
                          else if (!card->proposed)
                              fail("the card of " + c.setting_id + " does not say what ShareGuard proposes");
                          return true;
                      }});
}

void self_test_driver::save_report() {
    press_button("save_report");
    steps_.push_back({"the saved report is the one shown", [this] {
                          const auto file = saved_file(wxS("shareguard-report.txt"));
                          std::error_code ec;
                          if (!std::filesystem::exists(file, ec)) return false;
                          const std::string text = read_file(file);
                          if (text != to_utf8(wizard_.finish_page()->report_text()))
                              fail("the saved report differs from the report on the page");
                          const std::string backup = to_utf8(from_path(model_.report().backup.filename()));
                          if (text.find(backup) == std::string::npos)
                              fail("the saved report does not name the backup " + backup);
                          return true;
                      }});
}

void self_test_driver::apply_to_finish() {
    press_forward();
    at_page("apply");
    press_forward();  // "Apply": writes, the page stays to show the results
    steps_.push_back({"apply finished", [this] { return model_.applied() && !wizard_.busy(); }});
    at_page("apply");
    press_forward();
    at_page("finish");
}

void self_test_driver::undo_on_finish() {
    click_window("Undo", [this]() -> wxWindow* { return wxWindow::FindWindowByName(wxS("undo"), &wizard_); });
    steps_.push_back({"undo finished", [this] {
                          return model_.undo_report().has_value() && !wizard_.busy() &&
                                 !wizard_.finish_page()->undoing();
                      }});
    at_page("finish");
}

void self_test_driver::click(wxWindow* w) {
    const wxRect r = w->GetScreenRect();
    sim_.MouseMove(r.x + r.width / 2, r.y + r.height / 2);
    wxYield();
    sim_.MouseClick();
}

void self_test_driver::shot(const std::string& name) {
    if (!test_.screenshots) return;
    std::error_code ignored;
    std::filesystem::create_directories(*test_.screenshots, ignored);
    const wxString file = from_path(*test_.screenshots) + wxS("/") +
                          wxString::Format(wxS("%02d-%s.png"), ++shots_, to_wx(name));
    wxWindow* window = wizard_.IsShown() ? static_cast<wxWindow*>(&wizard_) : nullptr;
    if (auto* d = open_export_dialog()) window = d;
    if (auto* d = open_message_dialog()) window = d;
    if (auto* d = open_error_dialog()) window = d;
    if (!window) return;
    if (!save_screenshot(window, file)) fail("could not save the screenshot " + to_utf8(file));
}

// --- the scripts -------------------------------------------------------------

void self_test_driver::plan_steps() {
    if (mode_ == "error-profile") {
        // The box is up as soon as the window is: the profile is read at start.
        expect_error_naming(to_path(to_wx(*options_.profile)).filename().string());
    }
    // Keys go to the window under the pointer when no window manager sets the
    // focus (Xvfb): park the pointer inside the wizard first.
    steps_.push_back({"focus the wizard", [this] {
                          if (!wizard_.IsShownOnScreen()) return false;
                          wizard_.Raise();
                          const wxRect r = wizard_.GetScreenRect();
                          sim_.MouseMove(r.x + r.width / 2, r.y + 8);
                          // Without a window manager the window may have no focus at all; where the
                          // wizard put it (its first control) is checked at every page.
                          if (!wxWindow::FindFocus())
                              if (wizard_page* p = wizard_.current()) focus_first_control(*p);
                          return true;
                      }});

    if (mode_ == "restore") {
        at_page("welcome");
        press_forward();
        at_page("restore");
        press_forward();
        at_page("apply");
        press_forward();  // "Restore"
        at_page("apply");
        press_forward();
        at_page("finish");
        press_forward();  // "Finish"
        return;
    }

    if (mode_ == "error-snapshot" || mode_ == "error-profile") {
        if (mode_ == "error-snapshot") {
            at_page("welcome");
            press_forward();
            expect_error_naming(snapshot_.filename().string());
        }
        at_page("welcome");  // nothing was opened: the wizard stays where it can be fixed
        press_cancel();
        answer_dialog(true, "confirm-cancel");
        return;
    }

    if (mode_ == "elevate") {
        if (relaunched_) {
            // The relaunched copy: say what it was started with, and close.
            steps_.push_back({"report the arguments of the relaunch", [this] {
                                  write_file_durably(*relaunch_marker_, own_arguments_text());
                                  wizard_.EndModal(wxID_CANCEL);
                                  return true;
                              }});
            return;
        }
        at_page("welcome");
        steps_.push_back({"arm the relaunched copy", [this] {
                              relaunch_marker_ = saved_dir_ / "relaunched-arguments.txt";
                              std::error_code ignored;
                              std::filesystem::create_directories(saved_dir_, ignored);
                              std::filesystem::remove(*relaunch_marker_, ignored);
                              wxSetEnv(wxString(relaunch_marker_variable), from_path(*relaunch_marker_));
                              return true;
                          }});
        if (keys_) press_button("restart_elevated");
        else click_window("Restart as administrator", [this]() -> wxWindow* {
            return wxWindow::FindWindowByName(wxS("restart_elevated"), &wizard_);
        });
        return;  // the wizard closes itself: the elevated copy takes over
    }

    if (mode_ == "live-restart-undo") {
        // This computer's registry (Wine's, in a throwaway prefix), Welcome to
        // Finish; then the Finish page restarts the Server service, and Undo.
        at_page("welcome");
        steps_.push_back({"the target is this computer", [this] {
                              auto* live = dynamic_cast<wxRadioButton*>(
                                  wxWindow::FindWindowByName(wxS("target_live"), &wizard_));
                              if (!live || !live->GetValue()) fail("Welcome did not choose this computer");
                              return true;
                          }});
        press_forward();
        at_page("scan");
        press_forward();
        at_page("questions");
        press_forward();
        at_page("recommendation");
        press_forward();
        at_page("preview");
        untick_rows_beyond_server_restart();
        apply_to_finish();
        click_window("Restart the Server service now",
                     [this]() -> wxWindow* { return wxWindow::FindWindowByName(wxS("restart_server"), &wizard_); });
        answer_dialog(true, "confirm-restart-server");
        steps_.push_back({"the Server service restarted", [this] {
                              return wizard_.finish_page()->server_restarted() && !wizard_.busy();
                          }});
        at_page("finish");
        undo_on_finish();
        press_forward();  // "Finish"
        return;
    }

    if (!options_.profile) {  // --profile opens on the preview
        at_page("welcome");
        press_forward();
        at_page("scan");
        press_forward();
        at_page("questions");
        if (keys_) {
            // Keyboard only: Tab to the named-pipes question and untick it with
            // Space; with no named pipes needed the recommendation becomes block.
            auto tabs = std::make_shared<int>(0);
            steps_.push_back({"Tab to the named-pipes question", [this, tabs] {
                                  wxWindow* box = wizard_.questions_page()->checkbox(question_id::sql_named_pipes);
                                  if (box && wxWindow::FindFocus() == box) return true;
                                  if (++*tabs > 40) {
                                      fail("Tab never reached the named-pipes question");
                                      return true;
                                  }
                                  sim_.Char(WXK_TAB);
                                  return false;
                              }});
            key("press Space", ' ', wxMOD_NONE);
            steps_.push_back({"the answer is now no", [this] {
                                  const auto& a = model_.answers().at(question_id::sql_named_pipes);
                                  if (a.yes) fail("Space did not untick the named-pipes question");
                                  return true;
                              }});
        }
        press_forward();
        at_page("recommendation");
        if (!keys_) click_target_row(1);
        if (keys_)
            steps_.push_back({"block is recommended now", [this] {
                                  if (model_.recommended() != strategy::block)
                                      fail("unticking named pipes did not make block the recommendation");
                                  return true;
                              }});
        press_forward();
    }
    at_page("preview");
    if (mode_ == "cancel") {
        // Back to the questions and forward again: the answers and the plan stay.
        auto rows = std::make_shared<int>(0);
        steps_.push_back({"count the preview's rows", [this, rows] {
                              *rows = wizard_.preview_page()->row_count();
                              return true;
                          }});
        press_back();
        at_page("recommendation");
        press_back();
        at_page("questions");
        press_forward();
        at_page("recommendation");
        press_forward();
        at_page("preview");
        steps_.push_back({"the preview is the same after Back and Next", [this, rows] {
                              if (wizard_.preview_page()->row_count() != *rows)
                                  fail("Back and Next changed the preview's rows");
                              return true;
                          }});
        press_cancel();
        answer_dialog(false, "confirm-cancel");
        expect_page("preview");
        press_cancel();
        answer_dialog(true, "confirm-cancel");
        return;
    }
    expect_preview_card();
    if (keys_) {
        untick_last_change();  // End moved the selection: the card follows it
        expect_preview_card();
    }
    if (mode_ != "undo") save_and_copy_preview();
    if (mode_ == "walk-mouse") export_for_deployment_on_preview();
    apply_to_finish();
    if (mode_ == "undo") undo_on_finish();
    if (mode_ != "undo") save_report();
    press_forward();  // "Finish"
}

// --- checks on disk ----------------------------------------------------------

int self_test_driver::verify(bool finished) {
    auto check = [this](bool ok, const std::string& what) {
        if (!ok) failures_.push_back(what);
    };
    if (current_ < steps_.size() && failures_.empty())
        failures_.push_back("the wizard closed before step: " + steps_[current_].what);

    const std::string bytes = read_or_empty(snapshot_);
    try {
        if (mode_ == "walk-keys" || mode_ == "walk-mouse") {
            check(finished, "the wizard did not end with Finish");
            check(model_.applied() && model_.report().status == run_status::success, "apply did not succeed");
            check(bytes != original_bytes_, "the snapshot file did not change");
            if (model_.applied() && model_.has_plan()) {
                snapshot_registry after(snapshot_);
                const auto pending = model_.current_plan().pending();
                check(!pending.empty(), "the plan had nothing to write");
                for (const planned_change* c : pending)
                    check(after.find_value(c->key, c->value_name) == c->desired,
                          "not as recommended in the file: " + c->key + "\\" + c->value_name);
                const backup_file b = read_backup_file(model_.report().backup, model_.key_file());
                check(b.hash_ok, "the backup's hash does not match");
                check(b.doubt == backup_doubt::none, "the backup does not verify with this machine's key");
                check(b.entries.size() == pending.size(), "the backup does not list every written value");
                if (unticked_) {
                    const planned_change& c = model_.current_plan().changes[*unticked_];
                    check(after.find_value(c.key, c.value_name) == c.current,
                          "the unticked row was written anyway: " + c.key + "\\" + c.value_name);
                }
                // The backup must bring the previous values back: restore it into a copy in memory.
                snapshot_registry copy(read_reg_file(snapshot_), "verification copy");
                restore_options opts;
                opts.backup_folder = std::filesystem::temp_directory_path() / "shareguard-selftest-verify";
                opts.key_file = model_.key_file();
                const run_report r = restore_backup(copy, model_.report().backup, opts);
                std::error_code ignored;
                std::filesystem::remove_all(opts.backup_folder, ignored);
                check(r.status == run_status::success, "restoring the backup into a copy failed: " + r.error);
                for (const planned_change* c : pending)
                    check(copy.find_value(c->key, c->value_name) == c->current,
                          "the backup does not restore " + c->key + "\\" + c->value_name);
            }
        } else if (mode_ == "undo") {
            check(finished, "the wizard did not end with Finish");
            check(model_.undo_report() && model_.undo_report()->status == run_status::success, "undo did not succeed");
            check(bytes == original_bytes_, "after Undo the snapshot's bytes differ from the original");
        } else if (mode_ == "live-restart-undo") {
            check(finished, "the wizard did not end with Finish");
            check(model_.is_live(), "the wizard did not work on this computer's registry");
            check(model_.applied() && model_.report().status == run_status::success, "apply did not succeed");
            check(wizard_.finish_page()->server_restarted(), "the Server service was not restarted");
            check(model_.undo_report() && model_.undo_report()->status == run_status::success, "undo did not succeed");
        } else if (mode_ == "elevate" && !relaunched_) {
            check(!finished, "the wizard did not close for the elevated copy");
            check(!model_.applied(), "something was applied");
            // The copy "runas" started must come up with exactly these arguments.
            std::error_code ec;
            for (int waited = 0; relaunch_marker_ && waited < 600 && !std::filesystem::exists(*relaunch_marker_, ec);
                 ++waited)
                wxMilliSleep(100);
            check(relaunch_marker_ && std::filesystem::exists(*relaunch_marker_, ec),
                  "the elevated copy did not start within 60 s");
            if (relaunch_marker_ && std::filesystem::exists(*relaunch_marker_, ec))
                check(read_file(*relaunch_marker_) == own_arguments_text(),
                      "the elevated copy got other arguments:\n" + read_file(*relaunch_marker_));
        } else if (mode_ == "elevate") {
            // The relaunched copy itself: it reported and closed.
            check(relaunch_marker_ && std::filesystem::exists(*relaunch_marker_), "the relaunched copy did not report");
        } else if (mode_ == "error-snapshot" || mode_ == "error-profile") {
            check(errors_seen_ == 1, "expected one error box, saw " + std::to_string(errors_seen_));
            check(!finished, "the wizard did not end with Cancel");
            check(!model_.applied(), "something was applied");
            check(bytes == original_bytes_, "the snapshot's bytes changed");
        } else if (mode_ == "cancel") {
            check(!finished, "the wizard did not end with Cancel");
            check(!model_.applied(), "something was applied");
            check(bytes == original_bytes_, "after Cancel the snapshot's bytes changed");
            if (options_.backup_dir) {
                std::error_code ec;
                const bool empty = !std::filesystem::exists(*options_.backup_dir, ec) ||
                                   std::filesystem::is_empty(*options_.backup_dir, ec);
                check(empty, "Cancel left files in the backup folder");
            }
        } else if (mode_ == "restore") {
            check(finished, "the wizard did not end with Finish");
            check(model_.applied() && model_.report().status == run_status::success, "the restore did not succeed");
            if (model_.has_backup()) {
                snapshot_registry after(snapshot_);
                for (const backup_entry& e : model_.loaded_backup().entries)
                    check(after.find_value(e.key, e.value_name) == e.previous,
                          "not restored: " + e.key + "\\" + e.value_name);
            }
        }
    } catch (const std::exception& e) {
        failures_.push_back(std::string("checking the files failed: ") + e.what());
    }

    for (const auto& f : failures_) std::fprintf(stderr, "self-test %s: FAIL: %s\n", mode_.c_str(), f.c_str());
    if (failures_.empty()) std::fprintf(stderr, "self-test %s: passed (%d screenshots)\n", mode_.c_str(), shots_);
    return failures_.empty() ? 0 : 1;
}

}  // namespace sg::gui
