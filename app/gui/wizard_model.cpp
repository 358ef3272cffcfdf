#include "app/gui/wizard_model.h"

#include <stdexcept>

#include "app/session/targets.h"
#include "app/session/plans.h"
#include "app/session/profile_source.h"
#include "app/session/runs.h"
#include "wizard/catalog.h"
#include "wizard/platform.h"
#include "wizard/recommendation.h"
#include "wizard/version.h"

namespace sg::gui {

namespace {

template <typename T>
const T& require(const std::optional<T>& v, const char* what) {
    if (!v) throw std::logic_error(std::string("wizard_model: no ") + what + " yet");
    return *v;
}

}  // namespace

wizard_model::wizard_model() = default;
wizard_model::~wizard_model() = default;

// --- target ------------------------------------------------------------------

void wizard_model::set_snapshot(std::filesystem::path file) {
    live_ = false;
    snapshot_ = std::move(file);
    reg_.reset();
    scan_.reset();
}

void wizard_model::set_live() {
    live_ = true;
    snapshot_.clear();
    reg_.reset();
    scan_.reset();
}

void wizard_model::open_target() {
    if (live_) {
        if (!reg_) throw std::logic_error("wizard_model: the live registry must be installed with use_registry");
        return;
    }
    reg_ = session::open_snapshot(snapshot_);
}

void wizard_model::use_registry(std::unique_ptr<registry> reg) { reg_ = std::move(reg); }

registry& wizard_model::reg() {
    if (!reg_) throw std::logic_error("wizard_model: no target open");
    return *reg_;
}

// --- scan and answers --------------------------------------------------------

void wizard_model::run_scan() {
    // This computer: with what only the running Windows can tell (Server service, SMBv1).
    facts_ = running_windows_facts();
    scan_ = sg::scan(reg(), facts_);
    answers_ = default_answers(*scan_);
    profile_.reset();
    plan_.reset();
    origin_ = profile_origin::recommended;
}

const scan_result& wizard_model::scan() const { return require(scan_, "scan"); }

void wizard_model::set_answer(question_id id, bool yes) {
    sg::set_answer(answers_, id, yes);
    // The profile follows the answers unless the user picked a fixed one.
    if (origin_ == profile_origin::recommended || origin_ == profile_origin::other_strategy) profile_.reset();
    plan_.reset();
}

// --- profile -----------------------------------------------------------------

strategy wizard_model::recommended() const { return recommended_strategy(answers_); }

void wizard_model::choose_recommended() {
    profile_ = recommend(answers_, scan().product);
    trust_.clear();
    origin_ = profile_origin::recommended;
    plan_.reset();
}

void wizard_model::choose_strategy(strategy s) {
    if (s == recommended()) return choose_recommended();
    profile_ = recommend(answers_, scan().product, s);
    trust_.clear();
    origin_ = profile_origin::other_strategy;
    plan_.reset();
}

void wizard_model::choose_builtin(const std::string& name) {
    auto r = session::builtin_profile(name);
    profile_ = std::move(r.chosen);
    trust_.clear();
    origin_ = profile_origin::builtin;
    plan_.reset();
}

void wizard_model::choose_custom(const std::filesystem::path& file) {
    auto r = session::read_profile_from_file(file);
    profile_ = std::move(r.chosen);
    trust_ = std::move(r.trust);
    origin_ = profile_origin::custom_file;
    plan_.reset();
}

void wizard_model::choose_named(const std::string& name_or_file) {
    auto r = session::resolve_profile(name_or_file);
    profile_ = std::move(r.chosen);
    trust_ = std::move(r.trust);
    origin_ = r.file ? profile_origin::custom_file : profile_origin::builtin;
    plan_.reset();
}

const profile& wizard_model::chosen_profile() const { return require(profile_, "profile"); }

std::vector<conflict> wizard_model::conflicts_with(strategy s) const {
    // The engine decides what a strategy breaks: block only what uses ADMIN$ or C$.
    std::vector<conflict> out;
    for (const auto& id : answers_broken_by(s, answers_))
        if (const question* q = find_question(id)) out.push_back({q->id, q->needs});
    return out;
}

// --- plan --------------------------------------------------------------------

void wizard_model::build_plan() {
    if (!profile_) choose_recommended();
    // Unreadable values start unticked (session/plans.h): the page says why.
    plan_ = session::plan_to_apply(scan(), *profile_);
    report_.reset();
    undo_report_.reset();
}

const sg::plan& wizard_model::current_plan() const { return require(plan_, "plan"); }

session::export_outcome wizard_model::export_for_deployment(const std::filesystem::path& folder,
                                                           std::vector<fleet::export_format> formats,
                                                           std::optional<std::filesystem::path> undo_from) const {
    const sg::plan& p = current_plan();
    session::export_request request;
    // The rows ticked now, under the profile they came from: the console's export of a profile, narrowed.
    request.apply = fleet::deployment_from_plan(p, session::header_for(p.profile_name, utc_timestamp_now()));
    request.formats = std::move(formats);
    request.folder = folder;
    request.undo_from = std::move(undo_from);
    request.key_file = key_file();
    return session::write_exports(request);
}

bool wizard_model::select_row(std::size_t row, bool selected) {
    if (!plan_ || row >= plan_->changes.size()) throw std::out_of_range("wizard_model: no such plan row");
    planned_change& c = plan_->changes[row];
    if (selected && c.current_status == value_status::unreadable) return false;
    c.selected = selected;
    return true;
}

std::optional<setting_card> wizard_model::card_for(const std::string& setting_id) const {
    const setting* s = find_setting(setting_id);
    if (!s) return std::nullopt;
    const scan_result* scanned = scan_ ? &*scan_ : nullptr;
    if (plan_) return make_card(*s, scanned, &*plan_);
    // On the Recommendation page no plan exists yet: what this profile would do.
    if (scanned && profile_) {
        const sg::plan preview = session::plan_to_apply(*scanned, *profile_);
        return make_card(*s, scanned, &preview);
    }
    return make_card(*s, scanned, nullptr);
}

// --- apply, restore, undo ----------------------------------------------------

std::filesystem::path wizard_model::default_backup_folder_for_target() const {
    // One default for both front ends and every target: the administrators-only
    // folder (a folder next to a snapshot may be anyone's).
    return default_backup_folder();
}

std::filesystem::path wizard_model::backup_folder_in_use() const {
    return backup_folder_.empty() ? default_backup_folder_for_target() : backup_folder_;
}

restore_options wizard_model::restore_options_with(live_facts facts) const {
    restore_options opts;
    opts.backup_folder = backup_folder_in_use();
    opts.tool_version = std::string(sg::version);
    opts.key_file = key_file();
    opts.facts = std::move(facts);
    return opts;
}

const run_report& wizard_model::apply() {
    apply_options opts;
    opts.backup_folder = backup_folder_in_use();
    opts.tool_version = std::string(sg::version);
    opts.key_file = key_file();
    auto run = session::apply_recorded(reg(), current_plan(), opts, audit());
    report_ = std::move(run.report);
    event_log_problem_ = std::move(run.event_log_problem);
    undo_report_.reset();
    return *report_;
}

session::audit_trail wizard_model::audit() const { return {live_, report_event_}; }

live_facts wizard_model::running_windows_facts() const {
    return live_ ? session::probe_live_facts() : live_facts{};
}

const run_report& wizard_model::report() const { return require(report_, "report"); }

const run_report& wizard_model::undo() {
    const auto& done = report();
    if (done.backup.empty()) throw std::logic_error("wizard_model: nothing to undo (no backup was written)");
    auto run = session::restore_recorded(reg(), done.backup, restore_options_with(facts_), audit());
    undo_report_ = std::move(run.report);
    event_log_problem_ = std::move(run.event_log_problem);
    return *undo_report_;
}

void wizard_model::load_backup(const std::filesystem::path& file) {
    backup_ = read_backup_file(file, key_file());
    backup_path_ = file;
    report_.reset();
}

const backup_file& wizard_model::loaded_backup() const { return require(backup_, "backup"); }

const run_report& wizard_model::restore(bool force) {
    if (backup_path_.empty()) throw std::logic_error("wizard_model: no backup chosen");
    // The restore flow never scanned: ask the running Windows now.
    restore_options opts = restore_options_with(running_windows_facts());
    opts.force = force;
    auto run = session::restore_recorded(reg(), backup_path_, opts, audit());
    report_ = std::move(run.report);
    event_log_problem_ = std::move(run.event_log_problem);
    return *report_;
}

}  // namespace sg::gui
