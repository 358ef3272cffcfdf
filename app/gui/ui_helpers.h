#pragma once
// Small pieces every page uses: UTF-8 <-> wxString, a page title, wrapped
// paragraphs, and turning an exception into a message the user can read.
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/string.h>
#include <wx/translation.h>
#include <wx/window.h>

#include "wizard/backup.h"

// The sources are UTF-8 ("…", "→"); wx's own _() converts a narrow literal with
// the ANSI code page on Windows, so CMake turns it off (WXINTL_NO_GETTEXT_MACRO)
// and this one decodes UTF-8. xgettext sees the same _("...") keyword.
#define _(s) wxGetTranslation(wxString::FromUTF8(s))
#define wxPLURAL(sing, plur, n) \
    wxGetTranslation(wxString::FromUTF8(sing), wxString::FromUTF8(plur), static_cast<unsigned>(n))

class wxListCtrl;

namespace sg::gui {

inline wxString to_wx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }
inline std::string to_utf8(const wxString& s) { return std::string(s.utf8_str()); }

/// File names: wide on Windows (a narrow path there is the ANSI code page), UTF-8 elsewhere.
inline std::filesystem::path to_path(const wxString& s) {
#ifdef _WIN32
    return std::filesystem::path(s.ToStdWstring());
#else
    return std::filesystem::path(to_utf8(s));
#endif
}
inline wxString from_path(const std::filesystem::path& p) {
#ifdef _WIN32
    return wxString(p.wstring());
#else
    return wxString::FromUTF8(p.string());
#endif
}

/// "HKEY_LOCAL_MACHINE\\X" shown as "HKLM\\X" (paths are long; the short root is what admins type).
wxString short_key(std::string_view path);

/// The width paragraphs wrap at, in DIPs (pages are at least this wide).
inline constexpr int paragraph_width = 840;

/// A bold, larger heading at the top of a page.
wxStaticText* add_title(wxWindow* parent, wxSizer* sizer, const wxString& text);
/// A paragraph wrapped to the page width.
wxStaticText* add_paragraph(wxWindow* parent, wxSizer* sizer, const wxString& text, int flags = 0);
/// Replaces a paragraph's text and re-wraps it.
void set_paragraph(wxStaticText* label, const wxString& text);

/// `text` with line breaks so that no line is wider than `width` pixels in `window`'s font: at spaces,
/// and between two characters of a script written without spaces (Chinese), never before closing
/// punctuation or after opening punctuation. wxStaticText::Wrap breaks at spaces only, so a Chinese
/// paragraph would stay one line.
wxString wrap_to_width(const wxWindow& window, const wxString& text, int width);
/// Re-wraps a label's text (shown as it is: no mnemonics) to `width` pixels.
void wrap_label(wxStaticText* label, int width);

/// Puts keyboard focus on the first control of `page` that takes it (tab order), so a keyboard or
/// screen-reader user starts at the top of every page, not on the Next button.
void focus_first_control(wxWindow& page);

/// Makes the list's last column take the width left over, now and on every resize.
void fill_last_column(wxListCtrl* list);
/// "…\\Parameters\\AutoShareServer": the last key component and the value name,
/// short enough for a list column (the full path is shown for the selected row).
wxString short_value_path(std::string_view key, std::string_view value_name);

/// The text of the exception in flight (engine errors carry file/line/key).
wxString describe_current_exception();
wxString describe_exception(const std::exception_ptr& e);

/// Shows an error box (error_dialog.h): the heading, and under it the detail (the engine's text, with file/line/key).
void show_error(wxWindow* parent, const wxString& heading, const wxString& detail);

/// What a backup's SHA-256 and HMAC say about where it came from (restore page, export's undo basis).
wxString backup_integrity_text(backup_doubt doubt);

}  // namespace sg::gui
