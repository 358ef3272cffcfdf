#include "app/gui/page_scan.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>

#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"
#include "wizard/catalog.h"

namespace sg::gui {

namespace {

wxString start_text(service_start s) {
    switch (s) {
    case service_start::boot: return _("boot");
    case service_start::system: return _("system");
    case service_start::automatic: return _("automatic");
    case service_start::manual: return _("manual");
    case service_start::disabled: return _("disabled");
    case service_start::unknown: break;
    }
    return _("unknown start type");
}

wxString join(const std::vector<std::string>& items) {
    wxString out;
    for (const auto& i : items) {
        if (!out.empty()) out += wxS(", ");
        out += to_wx(i);
    }
    return out;
}

}  // namespace

page_scan::page_scan(main_wizard* wizard) : wizard_page(wizard), pulse_(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_title(this, sizer, _("What is on the target"));
    status_ = add_paragraph(this, sizer, wxString());
    status_->SetName(wxS("scan_status"));
    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxDefaultSize, wxGA_HORIZONTAL | wxGA_SMOOTH);
    gauge_->SetName(_("Scan progress"));
    sizer->Add(gauge_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 240)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    list_->SetName(_("What the scan found"));
    list_->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(145));
    list_->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(330));
    list_->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(300));
    fill_last_column(list_);
    sizer->Add(list_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));

    rescan_ = new wxButton(this, wxID_ANY, _("Scan a&gain"));
    rescan_->SetName(wxS("rescan"));
    sizer->Add(rescan_, 0, wxALIGN_RIGHT);
    SetSizer(sizer);

    pulse_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    rescan_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start_scan(); });
}

void page_scan::on_shown() {
    if (!model().has_scan() && !scanning_) start_scan();
}

void page_scan::start_scan() {
    scanning_ = true;
    rescan_->Disable();
    list_->DeleteAllItems();
    set_paragraph(status_, wxString::Format(_("Reading %s…"), to_wx(model().reg().description())));
    gauge_->Pulse();
    pulse_.Start(100);
    Layout();
    wizard_model* m = &model();
    wizard().run_in_background([m] { m->run_scan(); },
                               [this](std::exception_ptr error) {
                                   pulse_.Stop();
                                   scanning_ = false;
                                   rescan_->Enable();
                                   gauge_->SetValue(error ? 0 : 100);
                                   if (error) {
                                       set_paragraph(status_, _("The scan failed. Go back to choose another target, or scan again."));
                                       show_error(this, _("ShareGuard could not read the target."),
                                                  describe_exception(error));
                                   } else {
                                       fill_list();
                                       // Focus at the top, as on every page (the list is enabled only
                                       // now); keyboard users go on with Alt+N.
                                       focus_first_control(*this);
                                   }
                                   Layout();
                               });
}

void page_scan::fill_list() {
    const scan_result& s = model().scan();
    long row = 0;
    auto add = [&](const wxString& kind, const wxString& name, const wxString& state) {
        const long i = list_->InsertItem(row++, kind);
        list_->SetItem(i, 1, name);
        list_->SetItem(i, 2, state);
    };

    wxString machine = s.machine_name.empty() ? _("(name not recorded)") : to_wx(s.machine_name);
    wxString os = to_wx(s.os_name);
    if (!s.os_build.empty()) os += wxString::Format(_(" (build %s)"), to_wx(s.os_build));
    add(_("Machine"), machine, to_wx(text::product_name(s.product)) + (os.empty() ? wxString() : wxS(", ") + os));

    for (const auto& inst : s.sql_instances) {
        wxString pipes = !inst.named_pipes_enabled ? _("named pipes: unknown")
                         : *inst.named_pipes_enabled ? _("named pipes: ON")
                                                     : _("named pipes: off");
        add(_("SQL Server instance"), to_wx(inst.name) + wxS(" (") + to_wx(inst.instance_id) + wxS(")"), pipes);
    }
    for (const auto& svc : s.services) {
        wxString name = to_wx(svc.name);
        if (!svc.display_name.empty()) name += wxS(" — ") + to_wx(svc.display_name);
        add(_("Service"), name, start_text(svc.start));
    }
    for (const auto& role : s.roles)
        add(_("Role"), to_wx(text::role_name(role.role)), wxString::Format(_("seen in: %s"), join(role.evidence)));
    for (const auto& printer : s.shared_printers) add(_("Shared printer"), to_wx(printer), _("shared"));
    for (const auto& st : s.settings) {
        const setting* entry = find_setting(st.setting_id);
        wxString name = to_wx(entry ? entry->value_name : st.setting_id);
        wxString state;
        switch (st.status) {
        case value_status::absent: state = _("absent"); break;
        case value_status::present: state = to_wx(text::value_text(st.value)); break;
        case value_status::wrong_type:
            state = wxString::Format(_("wrong type: %s"), to_wx(text::value_text(st.value)));
            break;
        case value_status::unreadable: state = wxString::Format(_("unreadable: %s"), to_wx(st.error)); break;
        }
        add(_("Setting"), name, state);
    }

    const int roles = static_cast<int>(s.roles.size());
    const int instances = static_cast<int>(s.sql_instances.size());
    const int settings = static_cast<int>(s.settings.size());
    set_paragraph(status_,
                  wxString::Format(_("Scanned %s. Found %s and %s; the current value of %s is listed below."),
                                   to_wx(s.target), wxString::Format(wxPLURAL("%d role", "%d roles", roles), roles),
                                   wxString::Format(wxPLURAL("%d SQL Server instance", "%d SQL Server instances",
                                                             instances),
                                                    instances),
                                   wxString::Format(wxPLURAL("%d setting", "%d settings", settings), settings)));
}

bool page_scan::on_leaving(bool forward) {
    if (!forward) return true;
    return model().has_scan();
}

}  // namespace sg::gui
