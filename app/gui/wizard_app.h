#pragma once
// The wizard as an application: command line, translations, the demo snapshot,
// the --profile start, then the wizard. ShareGuard's own program (main.cpp) is
// this and nothing more; the GUI tests' program (tests/gui/driver) derives
// from it to drive the same wizard with real input.
#include <wx/app.h>
#include <wx/cmdline.h>

#include "app/gui/desktop.h"
#include "app/gui/main_wizard.h"
#include "app/gui/startup_options.h"
#include "app/gui/wizard_model.h"

namespace sg::gui {

class wizard_app : public wxApp {
public:
    bool OnInit() override;
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

protected:
    /// The desktop the wizard uses (the real one here).
    virtual desktop make_desktop() { return desktop::real(); }
    /// The wizard is up and about to run (before RunWizard).
    virtual void wizard_starting(main_wizard& /*wizard*/) {}
    /// The wizard closed (`finished`: with Finish): the process exit code.
    virtual int wizard_closed(main_wizard& /*wizard*/, bool /*finished*/) { return 0; }

    const startup_options& options() const { return options_; }
    wizard_model& model() { return model_; }

private:
    void prepare_profile_start(main_wizard& wizard);

    startup_options options_;
    wizard_model model_;
};

}  // namespace sg::gui
