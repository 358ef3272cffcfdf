#include "app/gui/ui_helpers.h"

#include <algorithm>

#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/statbox.h>

#include "app/gui/error_dialog.h"
#include "app/session/profile_source.h"
#include "app/text/profile_text.h"
#include "wizard/errors.h"

namespace sg::gui {

wxStaticText* add_title(wxWindow* parent, wxSizer* sizer, const wxString& text) {
    auto* title = new wxStaticText(parent, wxID_ANY, text);
    wxFont font = title->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.3);
    title->SetFont(font);
    sizer->Add(title, 0, wxBOTTOM, parent->FromDIP(8));
    return title;
}

wxStaticText* add_paragraph(wxWindow* parent, wxSizer* sizer, const wxString& text, int flags) {
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    set_paragraph(label, text);
    sizer->Add(label, 0, wxBOTTOM | wxEXPAND | flags, parent->FromDIP(6));
    return label;
}

void set_paragraph(wxStaticText* label, const wxString& text) {
    // SetLabelText: engine text such as "ATT&CK" must not turn "&" into a mnemonic.
    label->SetLabelText(text);
    // A little short of the page: Windows (and Wine) may draw a line slightly
    // wider than wx measured it, and would then push the last word down alone.
    wrap_label(label, label->GetParent()->FromDIP(paragraph_width - 20));
}

namespace {

/// Scripts written without spaces between words: a line may break between any two of their characters.
bool unspaced_script(wxUniChar c) {
    const auto u = c.GetValue();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

/// Never at the start of a line (the rule Chinese typesetting calls 避头).
bool closing_punctuation(wxUniChar c) {
    static const wxString closing = wxString::FromUTF8("，。、：；！？）」』〉》】”’…,.:;!?)]}");
    return closing.Find(c) != wxNOT_FOUND;
}

/// Never at the end of a line (避尾).
bool opening_punctuation(wxUniChar c) {
    static const wxString opening = wxString::FromUTF8("（「『〈《【“‘([{");
    return opening.Find(c) != wxNOT_FOUND;
}

/// Whether a line may break just before character i of `line` (i > 0).
bool may_break_before(const wxString& line, std::size_t i) {
    const wxUniChar before = line[i - 1];
    const wxUniChar here = line[i];
    if (here == ' ') return false;
    if (before == ' ') return true;
    if (!unspaced_script(before) && !unspaced_script(here)) return false;
    return !closing_punctuation(here) && !opening_punctuation(before);
}

wxString trimmed_right(wxString s) { return s.Trim(true); }

/// One line of text (no '\n') broken to `width`.
wxString wrap_line(const wxWindow& window, const wxString& line, int width) {
    wxArrayInt ends;  // ends[i]: the width of line[0..i]
    wxClientDC dc(const_cast<wxWindow*>(&window));
    dc.SetFont(window.GetFont());
    if (line.empty() || !dc.GetPartialTextExtents(line, ends)) return line;
    wxString out;
    const std::size_t n = line.length();
    std::size_t start = 0;
    std::size_t opportunity = 0;  // 0: none since start
    auto width_of = [&](std::size_t from, std::size_t to_inclusive) {
        return ends[to_inclusive] - (from > 0 ? ends[from - 1] : 0);
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (i > start && may_break_before(line, i)) opportunity = i;
        if (width_of(start, i) <= width || opportunity <= start) continue;
        out += trimmed_right(line.Mid(start, opportunity - start)) + wxS("\n");
        start = opportunity;
        while (start < n && line[start] == ' ') ++start;
        opportunity = 0;
        for (std::size_t j = start + 1; j <= i && j < n; ++j)
            if (may_break_before(line, j)) opportunity = j;
    }
    return out + line.Mid(start);
}

}  // namespace

wxString wrap_to_width(const wxWindow& window, const wxString& text, int width) {
    wxString out;
    wxString rest = text;
    for (;;) {
        const int newline = rest.Find('\n');
        out += wrap_line(window, newline == wxNOT_FOUND ? rest : rest.Left(newline), width);
        if (newline == wxNOT_FOUND) break;
        out += wxS("\n");
        rest = rest.Mid(newline + 1);
    }
    return out;
}

void wrap_label(wxStaticText* label, int width) {
    label->SetLabelText(wrap_to_width(*label, label->GetLabelText(), width));
    label->InvalidateBestSize();
}

namespace {

/// A control that keyboard focus can reach; panels and boxes only hold controls.
wxWindow* first_control_in(wxWindow& parent) {
    for (wxWindow* child : parent.GetChildren()) {
        if (!child->IsShownOnScreen() || !child->IsEnabled()) continue;
        const bool holder = dynamic_cast<wxPanel*>(child) || dynamic_cast<wxStaticBox*>(child);
        if (holder) {
            if (wxWindow* inner = first_control_in(*child)) return inner;
            continue;
        }
        if (child->AcceptsFocusFromKeyboard()) return child;
    }
    return nullptr;
}

}  // namespace

void focus_first_control(wxWindow& page) {
    if (wxWindow* first = first_control_in(page)) first->SetFocus();
}

wxString short_key(std::string_view path) {
    static constexpr std::string_view hklm = "HKEY_LOCAL_MACHINE";
    if (path.substr(0, hklm.size()) == hklm) return wxS("HKLM") + to_wx(path.substr(hklm.size()));
    return to_wx(path);
}

void fill_last_column(wxListCtrl* list) {
    auto fit = [list] {
        const int count = list->GetColumnCount();
        if (count == 0) return;
        int used = 0;
        for (int i = 0; i + 1 < count; ++i) used += list->GetColumnWidth(i);
        const int room = list->GetClientSize().x - used;
        list->SetColumnWidth(count - 1, std::max(room, list->FromDIP(80)));
    };
    list->Bind(wxEVT_SIZE, [fit](wxSizeEvent& e) {
        e.Skip();
        fit();
    });
    fit();
}

wxString short_value_path(std::string_view key, std::string_view value_name) {
    // Keep the last key component ("Parameters", "Lsa"); the row's details show the full path.
    const std::size_t cut = key.empty() ? std::string_view::npos : key.rfind('\\');
    wxString shown = cut == std::string_view::npos || cut == 0 ? short_key(key) : wxS("…") + to_wx(key.substr(cut));
    return shown + wxS("\\") + to_wx(value_name);
}

wxString describe_exception(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const sg::input_error& x) {
        return to_wx(x.what());
    } catch (const session::unknown_profile_error& x) {
        return to_wx(text::unknown_profile_text(x.name()));
    } catch (const sg::registry_error& x) {
        wxString where = to_wx(x.key());
        if (!x.value_name().empty()) where += wxS("\\") + to_wx(x.value_name());
        return where.empty() ? to_wx(x.what()) : wxString::Format(_("%s (at %s)"), to_wx(x.what()), where);
    } catch (const std::exception& x) {
        return to_wx(x.what());
    } catch (...) {
        return _("An unknown error occurred.");
    }
}

wxString describe_current_exception() { return describe_exception(std::current_exception()); }

void show_error(wxWindow* parent, const wxString& heading, const wxString& detail) {
    error_dialog(parent, heading, detail).ShowModal();
}

/// What the backup's SHA-256 and HMAC say about where it came from.
wxString backup_integrity_text(backup_doubt doubt) {
    switch (doubt) {
        case backup_doubt::none:
            return _("OK: ShareGuard wrote it on this computer (HMAC verified, SHA-256 matches)");
        case backup_doubt::damaged: return _("CHANGED: the SHA-256 does not match; the file was edited or damaged");
        case backup_doubt::not_sealed:
            return _("UNVERIFIED: no HMAC line; an older backup, or the line was removed");
        case backup_doubt::foreign_seal:
            return _("UNVERIFIED: the HMAC does not match this computer's backup key; written on another "
                     "computer, or edited");
        case backup_doubt::no_key:
            return _("UNVERIFIED: this computer has no backup key to check it with (it was deleted)");
    }
    return {};
}

}  // namespace sg::gui
