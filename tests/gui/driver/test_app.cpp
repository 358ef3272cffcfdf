// The GUI tests' wizard program (shareguard-gui-test): ShareGuard's wizard,
// built from the same library of pages as the shipped program, plus the
// self-test driver: --self-test=MODE walks it with real input events and
// --screenshots DIR saves a PNG of every page. Never installed.
#include <memory>

#include <wx/image.h>

#include "app/gui/ui_helpers.h"
#include "app/gui/wizard_app.h"
#include "gui/driver/self_test.h"

namespace sg::gui {

class self_test_app : public wizard_app {
public:
    bool OnInit() override {
        // wxMSW has no PNG writer built in (screenshots); wxGTK's is.
        if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
        return wizard_app::OnInit();
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wizard_app::OnInitCmdLine(parser);
        parser.AddOption(wxS(""), wxS("self-test"), wxS("walk-keys, walk-mouse, undo, cancel, restore, error-snapshot, "
                                                        "error-profile, live-restart-undo or elevate"));
        parser.AddOption(wxS(""), wxS("screenshots"), wxS("save a PNG of every page to this folder"));
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        wxString value;
        if (parser.Found(wxS("self-test"), &value)) test_.mode = to_utf8(value);
        if (parser.Found(wxS("screenshots"), &value)) test_.screenshots = to_path(value);
        if (!test_.mode.empty() && !is_self_test_mode(test_.mode)) {
            wxLogError(wxS("Unknown self-test mode: %s"), to_wx(test_.mode));
            return false;
        }
        return wizard_app::OnCmdLineParsed(parser);
    }

protected:
    desktop make_desktop() override {
        desktop d = desktop::real();
        // The driver answers every file dialog: native ones cannot be driven alike everywhere.
        d.ask_path = [this](wxWindow* parent, const file_prompt& prompt) {
            return driver_ ? driver_->answer_file_prompt(prompt) : show_file_dialog(parent, prompt);
        };
        // Wine runs every program elevated: "elevate" acts unelevated to reach "Restart as administrator".
        if (test_.mode == "elevate") d.is_elevated = [] { return false; };
        return d;
    }

    void wizard_starting(main_wizard& wizard) override {
        if (test_.mode.empty()) return;
        driver_ = std::make_unique<self_test_driver>(wizard, model(), options(), test_);
        driver_->start();
    }

    int wizard_closed(main_wizard&, bool finished) override {
        const int code = driver_ ? driver_->verify(finished) : 0;
        driver_.reset();
        return code;
    }

private:
    self_test_options test_;
    std::unique_ptr<self_test_driver> driver_;
};

}  // namespace sg::gui

wxIMPLEMENT_APP(sg::gui::self_test_app);
