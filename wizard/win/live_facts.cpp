#include "wizard/win/live_facts.h"

#include "wizard/win/policy_cache_win.h"

#include <windows.h>

#include <oleauto.h>
#include <wbemidl.h>

#include <cwctype>

#include <fmt/format.h>

#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::win {

namespace {

/// COM for this thread, undone only if this call did it (the wizard scans on a
/// worker thread; the console's main thread may already have COM in another mode).
class com_apartment {
public:
    com_apartment() : hr_(::CoInitializeEx(nullptr, COINIT_MULTITHREADED)) {}
    ~com_apartment() {
        if (SUCCEEDED(hr_)) ::CoUninitialize();
    }
    com_apartment(const com_apartment&) = delete;
    com_apartment& operator=(const com_apartment&) = delete;
    /// COM is usable here: initialized now, or already in the other mode.
    bool usable() const { return SUCCEEDED(hr_) || hr_ == RPC_E_CHANGED_MODE; }

private:
    HRESULT hr_;
};

struct bstr {
    explicit bstr(const wchar_t* text) : b(::SysAllocString(text)) {}
    ~bstr() { ::SysFreeString(b); }
    bstr(const bstr&) = delete;
    bstr& operator=(const bstr&) = delete;
    BSTR b;
};

struct variant {
    variant() { ::VariantInit(&v); }
    ~variant() { ::VariantClear(&v); }
    variant(const variant&) = delete;
    variant& operator=(const variant&) = delete;
    VARIANT v;
};

std::string hresult_text(const char* what, HRESULT hr) {
    return fmt::format("{} failed: {} (0x{:08X})", what, system_message(static_cast<DWORD>(hr)),
                       static_cast<unsigned long>(hr));
}

}  // namespace

std::optional<bool> try_service_running(const std::wstring& service, std::string& evidence) {
    unique_service_handle scm(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) {
        evidence = "service control manager: " + system_message(::GetLastError());
        return std::nullopt;
    }
    unique_service_handle s(::OpenServiceW(scm.get(), service.c_str(), SERVICE_QUERY_STATUS));
    if (!s) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_SERVICE_DOES_NOT_EXIST) {
            evidence = "service control manager: " + narrow(service) + " is not installed";
            return false;
        }
        evidence = "service control manager: " + system_message(code);
        return std::nullopt;
    }
    SERVICE_STATUS status{};
    if (!::QueryServiceStatus(s.get(), &status)) {
        evidence = "service control manager: " + system_message(::GetLastError());
        return std::nullopt;
    }
    evidence = "service control manager";
    return status.dwCurrentState != SERVICE_STOPPED;
}

std::optional<feature_state> try_optional_feature(const std::wstring& name, std::string& evidence) {
    // DISM names are letters, digits, '-', '_' and '.': nothing else reaches the query text.
    for (wchar_t c : name)
        if (!(std::iswalnum(c) || c == L'-' || c == L'_' || c == L'.')) {
            evidence = "not a feature name: " + narrow(name);
            return std::nullopt;
        }
    const com_apartment com;
    if (!com.usable()) {
        evidence = "WMI: COM is not available on this thread";
        return std::nullopt;
    }
    com_ptr<IWbemLocator> locator;
    HRESULT hr = ::CoCreateInstance(CLSID_WbemLocator, nullptr, CLSCTX_INPROC_SERVER, IID_IWbemLocator,
                                    reinterpret_cast<void**>(locator.put()));
    if (FAILED(hr)) {
        evidence = hresult_text("WMI locator", hr);
        return std::nullopt;
    }
    com_ptr<IWbemServices> services;
    const bstr ns(L"ROOT\\CIMV2");
    hr = locator->ConnectServer(ns.b, nullptr, nullptr, nullptr, 0, nullptr, nullptr, services.put());
    if (FAILED(hr)) {
        evidence = hresult_text("WMI ConnectServer ROOT\\CIMV2", hr);
        return std::nullopt;
    }
    // Per proxy rather than CoInitializeSecurity: that one is process-wide and
    // may already be set by whoever initialised COM first.
    ::CoSetProxyBlanket(services.get(), RPC_C_AUTHN_WINNT, RPC_C_AUTHZ_NONE, nullptr, RPC_C_AUTHN_LEVEL_CALL,
                        RPC_C_IMP_LEVEL_IMPERSONATE, nullptr, EOAC_NONE);
    const bstr language(L"WQL");
    const std::wstring wql = L"SELECT InstallState FROM Win32_OptionalFeature WHERE Name = '" + name + L"'";
    const bstr query(wql.c_str());
    com_ptr<IEnumWbemClassObject> rows;
    hr = services->ExecQuery(language.b, query.b, WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY, nullptr,
                             rows.put());
    if (FAILED(hr)) {
        evidence = hresult_text("WMI Win32_OptionalFeature", hr);
        return std::nullopt;
    }
    com_ptr<IWbemClassObject> row;
    ULONG returned = 0;
    hr = rows->Next(WBEM_INFINITE, 1, row.put(), &returned);
    if (FAILED(hr)) {
        evidence = hresult_text("WMI Win32_OptionalFeature", hr);
        return std::nullopt;
    }
    if (returned == 0) {
        evidence = "WMI Win32_OptionalFeature: this Windows has no feature " + narrow(name);
        return std::nullopt;
    }
    variant state;
    hr = row->Get(L"InstallState", 0, &state.v, nullptr, nullptr);
    if (FAILED(hr) || (state.v.vt != VT_I4 && state.v.vt != VT_UI4)) {
        evidence = "WMI Win32_OptionalFeature: no InstallState for " + narrow(name);
        return std::nullopt;
    }
    const auto install_state = static_cast<std::uint32_t>(state.v.vt == VT_I4 ? state.v.lVal : state.v.ulVal);
    evidence = "WMI Win32_OptionalFeature " + narrow(name) + " InstallState " + std::to_string(install_state);
    return feature_from_install_state(install_state);
}

live_facts probe_live_facts() {
    live_facts facts;
    std::string evidence;
    facts.server_service_running = try_service_running(L"LanmanServer", evidence);
    facts.server_service_evidence = evidence;
    facts.smb1_server = try_optional_feature(L"SMB1Protocol-Server", facts.smb1_evidence);
    facts.live_machine = true;
    facts.security_templates = read_security_template_cache();
    return facts;
}

}  // namespace sg::win
