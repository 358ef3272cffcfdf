// Windows side of system_actions.h: the live registry, "runas" elevation and
// restarting the Server service (LanmanServer) with the services that depend on it.
#include <windows.h>
#include <shellapi.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "app/gui/system_actions.h"
#include "wizard/platform.h"
#include "wizard/reg_value.h"
#include "wizard/win/live_registry.h"

namespace sg::gui {

namespace {

/// Closes an SC_HANDLE when it goes out of scope.
class service_handle {
public:
    explicit service_handle(SC_HANDLE h) : h_(h) {}
    ~service_handle() {
        if (h_) CloseServiceHandle(h_);
    }
    service_handle(const service_handle&) = delete;
    service_handle& operator=(const service_handle&) = delete;
    SC_HANDLE get() const { return h_; }
    explicit operator bool() const { return h_ != nullptr; }

private:
    SC_HANDLE h_;
};

std::string narrow(const wchar_t* s) {
    const std::wstring w(s);
    return utf16_to_utf8(std::u16string(w.begin(), w.end()));
}

std::string last_error_text(const char* what) {
    const DWORD code = GetLastError();
    wchar_t buffer[512] = {};
    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0, buffer,
                   static_cast<DWORD>(std::size(buffer)), nullptr);
    return std::string(what) + ": " + narrow(buffer) + " (" + std::to_string(code) + ")";
}

bool wait_for_state(SC_HANDLE service, DWORD wanted) {
    using namespace std::chrono;
    const auto deadline = steady_clock::now() + seconds(60);
    SERVICE_STATUS status{};
    while (QueryServiceStatus(service, &status)) {
        if (status.dwCurrentState == wanted) return true;
        if (steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(milliseconds(250));
    }
    return false;
}

/// The running services that depend on LanmanServer, outermost first (stop order).
std::vector<std::wstring> active_dependents(SC_HANDLE server) {
    DWORD needed = 0, count = 0;
    EnumDependentServicesW(server, SERVICE_ACTIVE, nullptr, 0, &needed, &count);
    if (GetLastError() != ERROR_MORE_DATA || needed == 0) return {};
    std::vector<unsigned char> buffer(needed);
    auto* entries = reinterpret_cast<ENUM_SERVICE_STATUSW*>(buffer.data());
    if (!EnumDependentServicesW(server, SERVICE_ACTIVE, entries, needed, &needed, &count)) return {};
    std::vector<std::wstring> names;
    for (DWORD i = 0; i < count; ++i) names.emplace_back(entries[i].lpServiceName);
    return names;
}

}  // namespace

bool live_target_available() { return true; }

std::unique_ptr<registry> open_live_registry() { return make_live_registry(); }

bool restart_elevated() {
    wchar_t exe[MAX_PATH] = {};
    if (!GetModuleFileNameW(nullptr, exe, MAX_PATH)) throw std::runtime_error(last_error_text("GetModuleFileName"));
    // The same arguments, re-quoted the way CommandLineToArgvW splits them.
    int argc = 0;
    LPWSTR* argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argv) throw std::runtime_error(last_error_text("CommandLineToArgvW"));
    std::wstring params;
    for (int i = 1; i < argc; ++i) {
        if (!params.empty()) params += L' ';
        params += L'"';
        std::size_t backslashes = 0;
        for (const wchar_t* c = argv[i]; *c; ++c) {
            if (*c == L'\\') {
                ++backslashes;
            } else {
                // Backslashes before a quote are doubled, and the quote escaped.
                if (*c == L'"') params.append(backslashes + 1, L'\\');
                backslashes = 0;
            }
            params += *c;
        }
        params.append(backslashes, L'\\');  // before the closing quote
        params += L'"';
    }
    LocalFree(argv);
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof(info);
    info.fMask = SEE_MASK_NOASYNC;
    info.lpVerb = L"runas";
    info.lpFile = exe;
    info.lpParameters = params.empty() ? nullptr : params.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (ShellExecuteExW(&info)) return true;
    if (GetLastError() == ERROR_CANCELLED) return false;  // the user said no to UAC
    throw std::runtime_error(last_error_text("ShellExecuteEx runas"));
}

bool can_restart_server_service() { return process_is_elevated(); }

std::vector<std::string> server_service_dependents() {
    service_handle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) return {};
    service_handle server(OpenServiceW(scm.get(), L"LanmanServer", SERVICE_ENUMERATE_DEPENDENTS));
    if (!server) return {};
    std::vector<std::string> out;
    for (const auto& name : active_dependents(server.get())) out.push_back(narrow(name.c_str()));
    return out;
}

service_restart_result restart_server_service() {
    service_restart_result result;
    service_handle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) return {false, {}, last_error_text("OpenSCManager")};
    service_handle server(OpenServiceW(scm.get(), L"LanmanServer",
                                       SERVICE_STOP | SERVICE_START | SERVICE_QUERY_STATUS | SERVICE_ENUMERATE_DEPENDENTS));
    if (!server) return {false, {}, last_error_text("OpenService LanmanServer")};

    // Dependents stop first (in the order Windows lists them), start again last.
    const std::vector<std::wstring> dependents = active_dependents(server.get());
    for (const auto& name : dependents) {
        service_handle s(OpenServiceW(scm.get(), name.c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS));
        SERVICE_STATUS status{};
        if (!s || (!ControlService(s.get(), SERVICE_CONTROL_STOP, &status) &&
                   GetLastError() != ERROR_SERVICE_NOT_ACTIVE) ||
            !wait_for_state(s.get(), SERVICE_STOPPED))
            return {false, {}, last_error_text(("stopping " + narrow(name.c_str())).c_str())};
    }
    SERVICE_STATUS status{};
    if (!ControlService(server.get(), SERVICE_CONTROL_STOP, &status) && GetLastError() != ERROR_SERVICE_NOT_ACTIVE)
        return {false, {}, last_error_text("stopping LanmanServer")};
    if (!wait_for_state(server.get(), SERVICE_STOPPED)) return {false, {}, "LanmanServer did not stop within 60 s"};
    if (!StartServiceW(server.get(), 0, nullptr)) return {false, {}, last_error_text("starting LanmanServer")};
    if (!wait_for_state(server.get(), SERVICE_RUNNING)) return {false, {}, "LanmanServer did not start within 60 s"};
    result.restarted.push_back("LanmanServer");
    for (auto it = dependents.rbegin(); it != dependents.rend(); ++it) {
        service_handle s(OpenServiceW(scm.get(), it->c_str(), SERVICE_START | SERVICE_QUERY_STATUS));
        if (!s || !StartServiceW(s.get(), 0, nullptr))
            return {false, result.restarted, last_error_text(("starting " + narrow(it->c_str())).c_str())};
        result.restarted.push_back(narrow(it->c_str()));
    }
    result.ok = true;
    return result;
}

}  // namespace sg::gui
