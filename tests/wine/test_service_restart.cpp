// The service restart (app/session/windows_services_win.h) against Wine's real
// Service Control Manager: two throwaway services run sg_test_service.exe, B
// depending on A; restarting A must stop B, then A, start A, then B, and
// leave both running in new processes.
#include <windows.h>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/session/windows_launch_win.h"
#include "app/session/windows_services_win.h"
#include "support/temp_folder.h"
#include "wizard/platform.h"
#include "wizard/win/live_facts.h"
#include "wizard/win/win_text.h"

namespace sg::test {

namespace {

using session::unique_service_handle;

// Names unique to this run, so a service left behind by a crash never collides.
std::wstring unique_name(const std::wstring& base) { return base + L"-" + std::to_wstring(::GetCurrentProcessId()); }

// sg_test_service.exe is built next to this program.
std::filesystem::path test_service_program() {
    return std::filesystem::path(session::own_program_path()).replace_filename(L"sg_test_service.exe");
}

SERVICE_STATUS_PROCESS status_of(SC_HANDLE service) {
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    REQUIRE(::QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status),
                                   sizeof(status), &needed));
    return status;
}

bool wait_for_state(SC_HANDLE service, DWORD wanted) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    SERVICE_STATUS status{};
    while (::QueryServiceStatus(service, &status)) {
        if (status.dwCurrentState == wanted) return true;
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

/// A demand-start service running sg_test_service.exe, installed for one test
/// and stopped and deleted when it ends, passed or failed. Declare a
/// dependent after what it depends on, so it is torn down first.
class installed_service {
public:
    installed_service(SC_HANDLE scm, const std::wstring& name, const std::filesystem::path& log,
                      const std::wstring& depends_on = {})
        : name_(name) {
        const std::wstring command = L"\"" + test_service_program().native() + L"\" \"" + log.native() + L"\"";
        // A list of names, each NUL-terminated, ended by one more NUL.
        std::wstring dependencies = depends_on.empty() ? std::wstring() : depends_on + L'\0';
        handle_.reset(::CreateServiceW(scm, name.c_str(), name.c_str(), SERVICE_ALL_ACCESS,
                                       SERVICE_WIN32_OWN_PROCESS, SERVICE_DEMAND_START, SERVICE_ERROR_NORMAL,
                                       command.c_str(), nullptr, nullptr, dependencies.c_str(), nullptr, nullptr));
        REQUIRE_MESSAGE(handle_, "CreateService ", win::narrow(name), ": ", win::system_message(::GetLastError()));
    }
    ~installed_service() {
        SERVICE_STATUS status{};
        if (::ControlService(handle_.get(), SERVICE_CONTROL_STOP, &status)) wait_for_state(handle_.get(), SERVICE_STOPPED);
        ::DeleteService(handle_.get());
    }
    installed_service(const installed_service&) = delete;
    installed_service& operator=(const installed_service&) = delete;

    void start() {
        REQUIRE_MESSAGE(::StartServiceW(handle_.get(), 0, nullptr), "StartService ", win::narrow(name_), ": ",
                        win::system_message(::GetLastError()));
        REQUIRE(wait_for_state(handle_.get(), SERVICE_RUNNING));
    }
    /// The process the service runs in (0 when stopped).
    DWORD process_id() const { return status_of(handle_.get()).dwProcessId; }
    DWORD state() const { return status_of(handle_.get()).dwCurrentState; }
    const std::wstring& name() const { return name_; }
    std::string text() const { return win::narrow(name_); }

private:
    std::wstring name_;
    unique_service_handle handle_;
};

// How many running dependents the SCM itself reports for `service`, asked
// directly (not through the code under test) with a buffer large enough for
// any answer.
DWORD dependents_the_scm_reports(const std::wstring& service) {
    unique_service_handle scm(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    unique_service_handle s(::OpenServiceW(scm.get(), service.c_str(), SERVICE_ENUMERATE_DEPENDENTS));
    REQUIRE(s);
    std::vector<unsigned char> buffer(64 * 1024);
    DWORD needed = 0, count = 0;
    REQUIRE(::EnumDependentServicesW(s.get(), SERVICE_ACTIVE, reinterpret_cast<ENUM_SERVICE_STATUSW*>(buffer.data()),
                                     static_cast<DWORD>(buffer.size()), &needed, &count));
    return count;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string event(const char* what, const installed_service& service, DWORD pid) {
    return std::string(what) + " " + service.text() + " " + std::to_string(pid);
}

struct scm_fixture {
    unique_service_handle scm{::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ALL_ACCESS)};
    temp_folder work;
    std::filesystem::path log = work / "service events.log";
    scm_fixture() { REQUIRE_MESSAGE(scm, "OpenSCManager: ", win::system_message(::GetLastError())); }
};

}  // namespace

TEST_SUITE("service_restart") {

TEST_CASE_FIXTURE(scm_fixture, "restart_services stops the dependents first, starts them last, in new processes") {
    REQUIRE(std::filesystem::exists(test_service_program()));
    installed_service a(scm.get(), unique_name(L"sg-test-a"), log);
    installed_service b(scm.get(), unique_name(L"sg-test-b"), log, a.name());
    a.start();
    b.start();
    const DWORD a_before = a.process_id(), b_before = b.process_id();
    REQUIRE(a_before != 0);
    REQUIRE(b_before != 0);

    const session::service_restart_result result = session::restart_services(a.name(), {b.name()});
    REQUIRE_MESSAGE(result.ok, result.error);
    CHECK(result.restarted == std::vector<std::string>{a.text(), b.text()});
    CHECK(a.state() == SERVICE_RUNNING);
    CHECK(b.state() == SERVICE_RUNNING);
    const DWORD a_after = a.process_id(), b_after = b.process_id();
    CHECK(a_after != a_before);
    CHECK(b_after != b_before);

    // The services' own log: B stopped before A, A started before B.
    const std::vector<std::string> expected{
        event("start", a, a_before), event("start", b, b_before),  // the test's own starts
        event("stop", b, b_before),  event("stop", a, a_before),
        event("start", a, a_after),  event("start", b, b_after)};
    const std::vector<std::string> logged = lines_of(read_file(log));
    CHECK_MESSAGE(logged == expected, "log:\n", read_file(log));
}

TEST_CASE_FIXTURE(scm_fixture, "restart_service_with_dependents takes the running dependents from the SCM") {
    installed_service a(scm.get(), unique_name(L"sg-test-c"), log);
    installed_service b(scm.get(), unique_name(L"sg-test-d"), log, a.name());
    a.start();
    b.start();
    const DWORD a_before = a.process_id(), b_before = b.process_id();

    if (dependents_the_scm_reports(a.name()) == 0) {
        // Wine 8's EnumDependentServicesW is a stub that always answers "none",
        // so the restart cannot know about B: it restarts A alone. What is
        // checked here is the path from the name to restart_services.
        MESSAGE("this SCM reports no dependents for a service that has a running one (Wine's "
                "EnumDependentServicesW stub): the dependents order is covered by the restart_services case only");
        CHECK(session::running_dependents(a.name()).empty());
        const session::service_restart_result result = session::restart_service_with_dependents(a.name());
        REQUIRE_MESSAGE(result.ok, result.error);
        CHECK(result.restarted == std::vector<std::string>{a.text()});
        CHECK(a.process_id() != a_before);
    } else {
        CHECK(session::running_dependents(a.name()) == std::vector<std::wstring>{b.name()});
        const session::service_restart_result result = session::restart_service_with_dependents(a.name());
        REQUIRE_MESSAGE(result.ok, result.error);
        CHECK(result.restarted == std::vector<std::string>{a.text(), b.text()});
        CHECK(a.process_id() != a_before);
        CHECK(b.process_id() != b_before);
        CHECK(b.state() == SERVICE_RUNNING);
    }
    CHECK(a.state() == SERVICE_RUNNING);
}

TEST_CASE("a service that does not exist is named in the error, and nothing is restarted") {
    const std::wstring missing = unique_name(L"sg-no-such-service");
    const session::service_restart_result result = session::restart_service_with_dependents(missing);
    CHECK_FALSE(result.ok);
    CHECK(result.restarted.empty());
    CHECK_MESSAGE(result.error.find(win::narrow(missing)) != std::string::npos, result.error);
    CHECK(session::running_dependents(missing).empty());
}

}  // TEST_SUITE

// What a live scan asks the running Windows (wizard/win/live_facts.h), against
// Wine's real Service Control Manager and WMI.
TEST_SUITE("live_facts") {

TEST_CASE_FIXTURE(scm_fixture, "the Server-service probe says running, stopped or not installed, as the SCM does") {
    installed_service a(scm.get(), unique_name(L"sg-test-probe"), log);
    std::string evidence;
    CHECK(win::try_service_running(a.name(), evidence) == false);  // demand start: not started yet
    CHECK(evidence == "service control manager");
    a.start();
    CHECK(win::try_service_running(a.name(), evidence) == true);
    const std::wstring missing = unique_name(L"sg-no-such-service");
    CHECK(win::try_service_running(missing, evidence) == false);
    CHECK_MESSAGE(evidence.find(win::narrow(missing) + " is not installed") != std::string::npos, evidence);
}

TEST_CASE("the SMBv1 probe asks WMI, says what answered, and leaves COM as it found it") {
    std::string first_evidence, second_evidence;
    const auto first = win::try_optional_feature(L"SMB1Protocol-Server", first_evidence);
    const auto second = win::try_optional_feature(L"SMB1Protocol-Server", second_evidence);
    MESSAGE("WMI says: ", first_evidence);
    CHECK_FALSE(first_evidence.empty());
    CHECK(first == second);  // COM initialised and undone per call: the second call works the same
    CHECK(first_evidence == second_evidence);
    if (first) CHECK(first_evidence.find("InstallState") != std::string::npos);
    // The name goes into a WQL string: anything but a DISM name is refused before a query.
    std::string evidence;
    CHECK_FALSE(win::try_optional_feature(L"x' OR Name LIKE '%", evidence));
    CHECK(evidence.rfind("not a feature name", 0) == 0);
}

TEST_CASE("probe_live_facts fills what a live scan reports, each answer with its evidence") {
    const live_facts facts = win::probe_live_facts();
    CHECK_FALSE(facts.server_service_evidence.empty());
    CHECK_FALSE(facts.smb1_evidence.empty());
    MESSAGE("LanmanServer: ", facts.server_service_evidence, "; SMBv1: ", facts.smb1_evidence);
}

}  // TEST_SUITE

}  // namespace sg::test
