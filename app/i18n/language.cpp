#include "app/i18n/language.h"

#include <cctype>

namespace sg::i18n {

std::string requested_language(const std::vector<std::string>& args) {
    static const std::string option = "--lang";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") break;  // what follows is not an option
        if (a == option) return i + 1 < args.size() ? args[i + 1] : std::string();
        if (a.rfind(option + "=", 0) == 0) return a.substr(option.size() + 1);
    }
    return {};
}

std::string normalised_code(const std::string& code) {
    std::string out;
    bool region = false;
    for (char c : code) {
        if (c == '-' || c == '_') {
            region = true;
            out += '_';
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        out += static_cast<char>(region ? std::toupper(u) : std::tolower(u));
    }
    return out;
}

std::string code_list(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

}  // namespace sg::i18n
