#include "app/session/windows_services_win.h"

#include <chrono>
#include <optional>
#include <thread>

#include "wizard/win/win_text.h"

namespace sg::session {

namespace {

// Read GetLastError() first: building the message must not overwrite it.
std::string last_error_text(const std::string& what) {
    const DWORD code = ::GetLastError();
    return what + ": " + win::system_message(code) + " (" + std::to_string(code) + ")";
}

// A service takes its time to stop or start (LanmanServer drops its sessions
// first); a minute covers a busy machine without hanging the wizard forever.
constexpr std::chrono::seconds state_timeout{60};

bool wait_for_state(SC_HANDLE service, DWORD wanted) {
    using namespace std::chrono;
    const auto deadline = steady_clock::now() + state_timeout;
    SERVICE_STATUS status{};
    while (::QueryServiceStatus(service, &status)) {
        if (status.dwCurrentState == wanted) return true;
        if (steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(milliseconds(250));
    }
    return false;
}

// The services that depend on `service` and run, in the order Windows lists
// them (outermost first); nullopt when the SCM cannot list them (GetLastError()).
std::optional<std::vector<std::wstring>> active_dependents(SC_HANDLE service) {
    DWORD needed = 0, count = 0;
    // The first call asks for the size; success means there are none.
    if (::EnumDependentServicesW(service, SERVICE_ACTIVE, nullptr, 0, &needed, &count))
        return std::vector<std::wstring>{};
    if (::GetLastError() != ERROR_MORE_DATA) return std::nullopt;
    std::vector<unsigned char> buffer(needed);
    auto* entries = reinterpret_cast<ENUM_SERVICE_STATUSW*>(buffer.data());
    if (!::EnumDependentServicesW(service, SERVICE_ACTIVE, entries, needed, &needed, &count)) return std::nullopt;
    std::vector<std::wstring> names;
    for (DWORD i = 0; i < count; ++i) names.emplace_back(entries[i].lpServiceName);
    return names;
}

// Empty on success, else what failed.
std::string stop_and_wait(SC_HANDLE scm, const std::wstring& name) {
    unique_service_handle s(::OpenServiceW(scm, name.c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!s) return last_error_text("OpenService " + win::narrow(name));
    SERVICE_STATUS status{};
    if (!::ControlService(s.get(), SERVICE_CONTROL_STOP, &status) && ::GetLastError() != ERROR_SERVICE_NOT_ACTIVE)
        return last_error_text("stopping " + win::narrow(name));
    if (!wait_for_state(s.get(), SERVICE_STOPPED))
        return win::narrow(name) + " did not stop within " + std::to_string(state_timeout.count()) + " s";
    return {};
}

std::string start_and_wait(SC_HANDLE scm, const std::wstring& name) {
    unique_service_handle s(::OpenServiceW(scm, name.c_str(), SERVICE_START | SERVICE_QUERY_STATUS));
    if (!s) return last_error_text("OpenService " + win::narrow(name));
    if (!::StartServiceW(s.get(), 0, nullptr)) return last_error_text("starting " + win::narrow(name));
    // Waited for, so a dependent never starts before what it depends on runs.
    if (!wait_for_state(s.get(), SERVICE_RUNNING))
        return win::narrow(name) + " did not start within " + std::to_string(state_timeout.count()) + " s";
    return {};
}

// The running dependents of `service`; nullopt, with `error` set, when it does
// not exist or the SCM cannot list them.
std::optional<std::vector<std::wstring>> dependents_of(const std::wstring& service, std::string& error) {
    unique_service_handle scm(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) {
        error = last_error_text("OpenSCManager");
        return std::nullopt;
    }
    unique_service_handle s(::OpenServiceW(scm.get(), service.c_str(), SERVICE_ENUMERATE_DEPENDENTS));
    if (!s) {
        error = last_error_text("OpenService " + win::narrow(service));
        return std::nullopt;
    }
    auto dependents = active_dependents(s.get());
    if (!dependents) error = last_error_text("listing the services that depend on " + win::narrow(service));
    return dependents;
}

}  // namespace

std::vector<std::wstring> running_dependents(const std::wstring& service) {
    std::string ignored;
    return dependents_of(service, ignored).value_or(std::vector<std::wstring>{});
}

service_restart_result restart_services(const std::wstring& service, const std::vector<std::wstring>& dependents) {
    unique_service_handle scm(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) return {false, {}, last_error_text("OpenSCManager")};
    for (const auto& name : dependents)
        if (auto error = stop_and_wait(scm.get(), name); !error.empty()) return {false, {}, error};
    if (auto error = stop_and_wait(scm.get(), service); !error.empty()) return {false, {}, error};

    service_restart_result result;
    std::vector<std::wstring> start_order{service};
    start_order.insert(start_order.end(), dependents.rbegin(), dependents.rend());
    for (const auto& name : start_order) {
        if (auto error = start_and_wait(scm.get(), name); !error.empty()) return {false, result.restarted, error};
        result.restarted.push_back(win::narrow(name));
    }
    result.ok = true;
    return result;
}

service_restart_result restart_service_with_dependents(const std::wstring& service) {
    std::string error;
    const auto dependents = dependents_of(service, error);
    // Not knowing the dependents, stop nothing: stopping the service alone
    // would fail on Windows anyway (ERROR_DEPENDENT_SERVICES_RUNNING), after
    // the wizard had told the administrator which services restart.
    if (!dependents) return {false, {}, error};
    return restart_services(service, *dependents);
}

}  // namespace sg::session
