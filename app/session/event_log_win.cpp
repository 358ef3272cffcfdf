// The Windows Event Log: every apply, restore and undo on the live registry is
// reported under the "ShareGuard" source of the Application log. The messages
// live in both programs (compiled from resources/windows/shareguard-events.mc);
// the source is registered on first use, pointing EventMessageFile at the
// program that registered it.
#include <windows.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "app/session/event_log.h"
#include "app/text/describe.h"
#include "shareguard-events.h"
#include "wizard/apply.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::session {

namespace {

constexpr wchar_t source_name[] = L"ShareGuard";
constexpr wchar_t source_key[] = L"SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\ShareGuard";

std::string windows_error_text(DWORD code) { return fmt::format("Windows error {}", code); }

struct event_source {
    HANDLE handle = nullptr;
    ~event_source() {
        if (handle) DeregisterEventSource(handle);
    }
};

/// Creates the source's key when it is missing; an existing registration
/// (perhaps made by the installer) is left alone.
std::string register_source_if_missing() {
    win::unique_hkey existing;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, source_key, 0, KEY_READ | KEY_WOW64_64KEY, existing.put());
    if (status == ERROR_SUCCESS) return {};
    if (status != ERROR_FILE_NOT_FOUND) return windows_error_text(static_cast<DWORD>(status));

    std::vector<wchar_t> exe(MAX_PATH);
    for (;;) {
        DWORD n = GetModuleFileNameW(nullptr, exe.data(), static_cast<DWORD>(exe.size()));
        if (n == 0) return windows_error_text(GetLastError());
        if (n < exe.size()) {
            exe.resize(n);
            break;
        }
        exe.resize(exe.size() * 2);
    }

    win::unique_hkey created;
    status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, source_key, 0, nullptr, REG_OPTION_NON_VOLATILE,
                             KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, created.put(), nullptr);
    if (status != ERROR_SUCCESS) return windows_error_text(static_cast<DWORD>(status));
    std::wstring path(exe.begin(), exe.end());
    status = RegSetValueExW(created.get(), L"EventMessageFile", 0, REG_EXPAND_SZ,
                            reinterpret_cast<const BYTE*>(path.c_str()),
                            static_cast<DWORD>((path.size() + 1) * sizeof(wchar_t)));
    if (status != ERROR_SUCCESS) return windows_error_text(static_cast<DWORD>(status));
    DWORD types = EVENTLOG_ERROR_TYPE | EVENTLOG_WARNING_TYPE | EVENTLOG_INFORMATION_TYPE;
    status = RegSetValueExW(created.get(), L"TypesSupported", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&types),
                            sizeof(types));
    if (status != ERROR_SUCCESS) return windows_error_text(static_cast<DWORD>(status));
    return {};
}

struct event_choice {
    DWORD id;
    WORD type;
};

event_choice choose_event(const run_event& event) {
    bool apply = event.action == "apply";
    switch (event.report->status) {
        case run_status::success:
            return {apply ? SG_EVENT_APPLY_SUCCEEDED : SG_EVENT_RESTORE_SUCCEEDED, EVENTLOG_INFORMATION_TYPE};
        case run_status::nothing_to_do:
            return {apply ? SG_EVENT_APPLY_NOTHING_TO_DO : SG_EVENT_RESTORE_NOTHING_TO_DO, EVENTLOG_INFORMATION_TYPE};
        case run_status::stale_plan:
        case run_status::backup_failed:
        case run_status::rolled_back:
            return {apply ? SG_EVENT_APPLY_ROLLED_BACK : SG_EVENT_RESTORE_ROLLED_BACK, EVENTLOG_WARNING_TYPE};
        case run_status::rollback_failed:
            return {apply ? SG_EVENT_APPLY_ROLLBACK_FAILED : SG_EVENT_RESTORE_ROLLBACK_FAILED, EVENTLOG_ERROR_TYPE};
    }
    return {apply ? SG_EVENT_APPLY_ROLLBACK_FAILED : SG_EVENT_RESTORE_ROLLBACK_FAILED, EVENTLOG_ERROR_TYPE};
}

/// One line per value: "HKEY_LOCAL_MACHINE\...\RestrictAnonymous: written and verified".
std::string value_lines(const run_report& report) {
    std::string lines;
    for (const auto& r : report.results) {
        lines += fmt::format("{}\\{}: {}", r.key, r.value_name, text::outcome_text(r.outcome));
        if (!r.error.empty()) lines += " (" + r.error + ")";
        lines += "\r\n";
    }
    return lines;
}

}  // namespace

std::string report_to_event_log(const run_event& event) {
    if (!event.report) return "no report";
    // Registration needs administrator rights, which apply and restore have on the live registry.
    // If it fails the event is still logged (Event Viewer then lacks the message text).
    std::string registration_problem = register_source_if_missing();

    event_source source;
    source.handle = RegisterEventSourceW(nullptr, source_name);
    if (!source.handle) return windows_error_text(GetLastError());

    const run_report& report = *event.report;
    std::vector<std::wstring> strings = {
        win::widen(event.subject),
        win::widen(event.target),
        win::widen(report.backup.empty() ? std::string("-") : path_text(report.backup)),
        win::widen(text::restart_text(report.restart)),
        win::widen(value_lines(report)),
        win::widen(report.error.empty() ? std::string("-") : report.error),
    };
    std::vector<LPCWSTR> pointers;
    for (const auto& s : strings) pointers.push_back(s.c_str());

    auto choice = choose_event(event);
    if (!ReportEventW(source.handle, choice.type, 0, choice.id, nullptr, static_cast<WORD>(pointers.size()), 0,
                      pointers.data(), nullptr))
        return windows_error_text(GetLastError()) +
               (registration_problem.empty() ? "" : "; registering the source: " + registration_problem);
    return {};
}

}  // namespace sg::session
