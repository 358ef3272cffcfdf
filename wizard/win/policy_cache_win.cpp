#include "wizard/win/policy_cache_win.h"

#include <windows.h>

#include <filesystem>
#include <string>

namespace sg::win {

template_cache read_security_template_cache() {
    wchar_t windows[MAX_PATH + 1] = {};
    const UINT length = GetWindowsDirectoryW(windows, MAX_PATH + 1);
    if (length == 0 || length > MAX_PATH) {
        template_cache cache;
        cache.folder = "%windir%\\security\\templates\\policies";
        cache.problems.push_back(cache.folder + ": GetWindowsDirectoryW failed, error " +
                                 std::to_string(GetLastError()));
        return cache;
    }
    // cc737602 [MS]: the Security CSE keeps its copies of the applied GptTmpl.inf here.
    return read_template_cache(std::filesystem::path(std::wstring(windows, length)) / L"security" / L"templates" /
                               L"policies");
}

}  // namespace sg::win
