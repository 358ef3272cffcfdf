// sg_test_service LOG: a minimal Windows service (SERVICE_WIN32_OWN_PROCESS)
// for tests/wine/test_service_restart.cpp. It runs until told to stop, and
// appends "start <name> <pid>" / "stop <name> <pid>" to LOG just before it
// reports RUNNING / STOPPED, so the test can read the order the SCM saw.
#include <windows.h>

#include <fmt/format.h>

#include <exception>
#include <string>

#include "wizard/platform.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace {

std::wstring log_file;
std::wstring service_name;
SERVICE_STATUS_HANDLE status_handle = nullptr;
sg::win::unique_kernel_handle stop_requested;

void report(DWORD state) {
    SERVICE_STATUS status{};
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP : 0;
    status.dwWaitHint = state == SERVICE_RUNNING || state == SERVICE_STOPPED ? 0 : 5000;
    ::SetServiceStatus(status_handle, &status);
}

// A line that cannot be written is left out: the test then fails on the log,
// which says more than a service that died in the SCM's hands.
void log(const char* event) {
    try {
        sg::append_line_durably(
            log_file, fmt::format("{} {} {}", event, sg::win::narrow(service_name), ::GetCurrentProcessId()));
    } catch (const std::exception&) {
    }
}

DWORD WINAPI control_handler(DWORD control, DWORD, void*, void*) {
    switch (control) {
    case SERVICE_CONTROL_STOP:
        report(SERVICE_STOP_PENDING);
        ::SetEvent(stop_requested.get());
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI service_main(DWORD argc, wchar_t** argv) {
    // The SCM passes the service's own name first.
    service_name = argc > 0 ? argv[0] : L"?";
    status_handle = ::RegisterServiceCtrlHandlerExW(service_name.c_str(), control_handler, nullptr);
    if (!status_handle) return;
    report(SERVICE_START_PENDING);
    log("start");
    report(SERVICE_RUNNING);
    ::WaitForSingleObject(stop_requested.get(), INFINITE);
    log("stop");
    report(SERVICE_STOPPED);
}

}  // namespace

int wmain(int argc, wchar_t** argv) {
    sg::harden_dll_search();
    if (argc != 2) {
        fmt::print(stderr, "usage: sg_test_service LOG (started by the Service Control Manager)\n");
        return 2;
    }
    log_file = argv[1];
    stop_requested.reset(::CreateEventW(nullptr, TRUE, FALSE, nullptr));
    if (!stop_requested) return 1;
    // For an own-process service the table's name is not looked at.
    wchar_t any_name[] = L"";
    SERVICE_TABLE_ENTRYW table[] = {{any_name, service_main}, {nullptr, nullptr}};
    return ::StartServiceCtrlDispatcherW(table) ? 0 : 1;
}
