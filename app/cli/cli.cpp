// The command line: CLI11 builds the subcommands; run_cli dispatches and maps
// every error to a documented exit code (exit_codes.h).
#include "app/cli/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstring>

#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "wizard/errors.h"
#include "wizard/version.h"

namespace sg::cli {

namespace {

struct subcommands {
    CLI::App* scan = nullptr;
    CLI::App* recommend = nullptr;
    CLI::App* plan = nullptr;
    CLI::App* export_ = nullptr;
    CLI::App* apply = nullptr;
    CLI::App* explain = nullptr;
    CLI::App* restore = nullptr;
    CLI::App* check = nullptr;
    CLI::App* profiles_list = nullptr;
    CLI::App* profiles_show = nullptr;
    CLI::App* profiles_validate = nullptr;
};

CLI::App* add_command(CLI::App& parent, const char* name, const std::string& description) {
    auto* sub = parent.add_subcommand(name, description);
    sub->footer(msg::exit_code_table());
    return sub;
}

void add_target_options(CLI::App* sub, cli_options& opts) {
    sub->add_option("--snapshot", opts.snapshot, msg::help_snapshot())->type_name("FILE");
    sub->add_flag("--json", opts.json, msg::help_json());
}

CLI::Option* add_answer_option(CLI::App* sub, cli_options& opts) {
    return sub->add_option("--answer", opts.answers, msg::help_answer())->type_name("ID=yes|no");
}

CLI::Option* add_strategy_option(CLI::App* sub, cli_options& opts) {
    return sub->add_option("--strategy", opts.strategy, msg::help_strategy())
        ->type_name("block|restrict")
        ->check(CLI::IsMember({"block", "restrict"}, CLI::ignore_case).description(""));
}

/// --strategy | --profile | --recommended (mutually exclusive) and --answer.
void add_selection_options(CLI::App* sub, cli_options& opts) {
    auto* strategy = add_strategy_option(sub, opts);
    auto* profile = sub->add_option("--profile", opts.profile, msg::help_profile())->type_name("NAME|FILE");
    auto* recommended = sub->add_flag("--recommended", opts.recommended, msg::help_recommended());
    auto* answer = add_answer_option(sub, opts);
    strategy->excludes(profile);
    recommended->excludes(strategy)->excludes(profile);
    answer->excludes(profile);
}

subcommands build(CLI::App& app, cli_options& opts) {
    subcommands s;
    // CLI11 reads "/x" as an option on Windows by default; paths like /work/x.json
    // (Wine, MSYS) must stay arguments. Subcommands inherit this setting.
    app.allow_windows_style_options(false);
    app.require_subcommand(1);
    app.footer(msg::exit_code_table());
    app.set_version_flag("--version", std::string(sg::version));
    // --lang is the program's, accepted before or after the command's name.
    app.add_option("--lang", opts.lang, msg::help_lang())->type_name("CODE");
    app.fallthrough();

    s.scan = add_command(app, "scan", msg::help_scan());
    add_target_options(s.scan, opts);

    s.recommend = add_command(app, "recommend", msg::help_recommend());
    add_target_options(s.recommend, opts);
    add_answer_option(s.recommend, opts);
    add_strategy_option(s.recommend, opts);

    s.plan = add_command(app, "plan", msg::help_plan());
    add_target_options(s.plan, opts);
    add_selection_options(s.plan, opts);
    s.plan->add_option("--export-reg", opts.export_reg, msg::help_export_reg())->type_name("FILE");

    s.export_ = add_command(app, "export", msg::help_export());
    add_target_options(s.export_, opts);
    add_selection_options(s.export_, opts);
    s.export_->add_option("--format", opts.formats, msg::help_format())
        ->type_name("gpo|intune|ansible|reg|all")
        ->required();
    s.export_->add_option("--out", opts.out, msg::help_out())->type_name("DIR")->required();
    s.export_->add_option("--undo-from", opts.undo_from, msg::help_undo_from())->type_name("BACKUP");

    s.apply = add_command(app, "apply", msg::help_apply());
    add_target_options(s.apply, opts);
    add_selection_options(s.apply, opts);
    s.apply->add_flag("--yes", opts.yes, msg::help_yes_apply());
    s.apply->add_option("--backup-dir", opts.backup_dir, msg::help_backup_dir())->type_name("DIR");
    s.apply->add_flag("--force", opts.force, msg::help_force_apply());
    s.apply->add_flag("--skip-unreadable", opts.skip_unreadable, msg::help_skip_unreadable());
    s.apply->add_flag("--include-managed", opts.include_managed, msg::help_include_managed());

    s.restore = add_command(app, "restore", msg::help_restore());
    add_target_options(s.restore, opts);
    s.restore->add_option("--backup", opts.backup, msg::help_backup())->type_name("FILE")->required();
    s.restore->add_option("--only", opts.only, msg::help_only())->type_name("NAME[,NAME...]")->delimiter(',');
    s.restore->add_flag("--force", opts.force, msg::help_force());
    s.restore->add_option("--backup-dir", opts.backup_dir, msg::help_backup_dir())->type_name("DIR");
    s.restore->add_flag("--yes", opts.yes, msg::help_yes_restore());

    s.check = add_command(app, "check", msg::help_check());
    add_target_options(s.check, opts);
    add_selection_options(s.check, opts);

    s.explain = add_command(app, "explain", msg::help_explain());
    s.explain->add_option("setting", opts.setting, msg::help_setting())->type_name("SETTING")->required();
    add_target_options(s.explain, opts);
    add_selection_options(s.explain, opts);

    auto* profiles = add_command(app, "profiles", msg::help_profiles());
    profiles->require_subcommand(1);
    s.profiles_list = add_command(*profiles, "list", msg::help_profiles_list());
    s.profiles_list->add_flag("--json", opts.json, msg::help_json());
    s.profiles_show = add_command(*profiles, "show", msg::help_profiles_show());
    s.profiles_show->add_option("profile", opts.profile_argument, msg::help_profile())
        ->type_name("NAME|FILE")
        ->required();
    s.profiles_show->add_flag("--json", opts.json, msg::help_json());
    s.profiles_validate = add_command(*profiles, "validate", msg::help_profiles_validate());
    s.profiles_validate->add_option("file", opts.profile_argument, msg::help_profile_file())
        ->type_name("FILE")
        ->required();
    s.profiles_validate->add_flag("--json", opts.json, msg::help_json());
    return s;
}

exit_code dispatch(const subcommands& s, const cli_options& opts, output& o, cli_environment& env) {
    if (s.scan->parsed()) return run_scan(opts, o, env);
    if (s.recommend->parsed()) return run_recommend(opts, o, env);
    if (s.plan->parsed()) return run_plan(opts, o, env);
    if (s.export_->parsed()) return run_export(opts, o, env);
    if (s.apply->parsed()) return run_apply(opts, o, env);
    if (s.restore->parsed()) return run_restore(opts, o, env);
    if (s.check->parsed()) return run_check(opts, o, env);
    if (s.explain->parsed()) return run_explain(opts, o, env);
    if (s.profiles_list->parsed()) return run_profiles_list(opts, o);
    if (s.profiles_show->parsed()) return run_profiles_show(opts, o);
    if (s.profiles_validate->parsed()) return run_profiles_validate(opts, o);
    throw std::logic_error("no subcommand was dispatched");
}

bool asks_for_json(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        if (argv[i] && std::strcmp(argv[i], "--json") == 0) return true;
    }
    return false;
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, cli_environment& env) {
    cli_options opts;
    output o{out, err, false};
    // The language first: the help texts below are built in it.
    if (env.install_language) {
        const std::string requested = i18n::requested_language({argv, argv + argc});
        const auto language = env.install_language(requested);
        if (!language.code) {
            o.json = asks_for_json(argc, argv);
            write_error(o, exit_code::bad_input,
                        msg::unknown_language(requested, i18n::code_list(language.available)));
            return to_int(exit_code::bad_input);
        }
    }
    CLI::App app{msg::help_program(), msg::program_name()};
    auto commands = build(app, opts);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {  // --help, --version
            app.exit(e, out, err);
            return to_int(exit_code::success);
        }
        // CLI11's own codes are not ours: every parse error is "bad arguments".
        o.json = asks_for_json(argc, argv);
        write_error(o, exit_code::bad_input, e.what());
        write_note(o, msg::see_help());
        return to_int(exit_code::bad_input);
    }
    o.json = opts.json;

    try {
        return to_int(dispatch(commands, opts, o, env));
    } catch (const usage_error& e) {
        write_error(o, exit_code::bad_input, e.what());
    } catch (const input_error& e) {
        write_error(o, exit_code::bad_input, e.what(), e.file(), e.line(), e.column());
    } catch (const file_error& e) {
        write_error(o, exit_code::bad_input, e.what(), e.path());
    } catch (const registry_error& e) {
        if (e.error_kind() == registry_error::kind::access_denied) {
            write_error(o, exit_code::needs_elevation, msg::registry_access_denied(e.what()));
            return to_int(exit_code::needs_elevation);
        }
        write_error(o, exit_code::internal_error, msg::registry_failed(e.what()));
        return to_int(exit_code::internal_error);
    } catch (const std::exception& e) {
        write_error(o, exit_code::internal_error, msg::internal_error(e.what()));
        return to_int(exit_code::internal_error);
    }
    return to_int(exit_code::bad_input);
}

}  // namespace sg::cli
