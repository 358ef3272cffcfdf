#pragma once
// The one fact ShareGuard must never get wrong: AutoShareServer/AutoShareWks
// (and anything else it writes) never remove IPC$. Checks a text for an
// affirmative claim that IPC$ is removed, after taking out the negations and
// the documented ways that really do take IPC$ away.
#include <regex>
#include <string>

namespace sg::test {

inline bool claims_ipc_removed(std::string text) {
    for (const char* allowed : {"not remove IPC$", "not removed", "never remove", "not IPC$", "IPC$ stays",
                                "takes IPC$ away", "removes it, and that ends all file and printer sharing",
                                "Block removes the admin shares (not IPC$)"}) {
        for (auto pos = text.find(allowed); pos != std::string::npos; pos = text.find(allowed))
            text.erase(pos, std::char_traits<char>::length(allowed));
    }
    static const std::regex claim(
        R"((remov|delet|disabl|hid|eliminat|drop)\w* (the )?(IPC\$|IPC share)|IPC\$( share)? (is|will be|gets) (removed|deleted|disabled|gone))",
        std::regex::icase);
    return std::regex_search(text, claim);
}

}  // namespace sg::test
