#pragma once
// Restarting a Windows service together with the running services that depend
// on it, through the Service Control Manager. Windows only and free of wx, so
// the Wine tests (tests/wine/test_service_restart.cpp) link it on its own.
#include <windows.h>

#include <string>
#include <vector>

#include "app/session/system_actions.h"
#include "wizard/win/unique_handles.h"

namespace sg::session {

using win::unique_service_handle;

/// The running services that depend on `service`, outermost first: the order
/// in which they must stop. Empty when the service does not exist or the SCM
/// cannot list them (for display; restart_service_with_dependents checks).
std::vector<std::wstring> running_dependents(const std::wstring& service);

/// Stops `dependents` in the order given (outermost first), then `service`;
/// starts `service` again, then `dependents` in reverse order, each waited
/// for. `restarted` lists what started again, in start order.
service_restart_result restart_services(const std::wstring& service, const std::vector<std::wstring>& dependents);

/// restart_services with the running dependents the SCM lists for `service`
/// (EnumDependentServicesW). When it cannot list them, fails and stops nothing.
service_restart_result restart_service_with_dependents(const std::wstring& service);

}  // namespace sg::session
