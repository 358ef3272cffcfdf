#include "wizard/fleet/gpt_tmpl_inf.h"

#include <fmt/format.h>

#include "wizard/fleet/exported_file.h"

namespace sg::fleet {

std::string inf_registry_value_name(const setting& s) {
    std::string key = key_below_hklm(s);
    // Registry paths are case-insensitive; secedit writes "MACHINE\System\...".
    for (std::string_view top : {"SYSTEM\\", "SOFTWARE\\"}) {
        if (key.compare(0, top.size(), top) == 0) {
            for (std::size_t i = 1; i + 1 < top.size(); ++i) key[i] = static_cast<char>(key[i] - 'A' + 'a');
            break;
        }
    }
    return "MACHINE\\" + key + "\\" + s.value_name;
}

std::optional<std::string> try_registry_values_line(const std::string& name, const reg_value& value) {
    switch (value.type) {
        case reg_type::dword:
            if (auto d = value.try_as_dword()) return fmt::format("{}=4,{}", name, *d);
            return std::nullopt;
        case reg_type::sz: {
            auto text = value.try_as_string();
            if (!text || text->find('"') != std::string::npos) return std::nullopt;
            return fmt::format("{}=1,\"{}\"", name, *text);
        }
        case reg_type::multi_sz: {
            auto items = value.try_as_multi_string();
            if (!items) return std::nullopt;
            std::string line = name + "=7,";
            for (std::size_t i = 0; i < items->size(); ++i) {
                if ((*items)[i].find(',') != std::string::npos) return std::nullopt;
                if (i > 0) line += ',';
                line += (*items)[i];
            }
            return line;
        }
        default: return std::nullopt;
    }
}

std::string render_gpt_tmpl_inf(const std::vector<std::string>& comment_lines, const std::vector<std::string>& lines) {
    std::vector<std::string> text = {"[Unicode]", "Unicode=yes"};
    for (const std::string& c : comment_lines) text.push_back("; " + c);
    text.insert(text.end(), {"[Version]", "signature=\"$CHICAGO$\"", "Revision=1", "[Registry Values]"});
    text.insert(text.end(), lines.begin(), lines.end());

    std::string utf8;
    for (const std::string& l : text) utf8 += l + "\r\n";
    std::string out = "\xFF\xFE";  // UTF-16LE byte order mark
    for (std::uint8_t b : utf8_to_utf16le_bytes(utf8)) out.push_back(static_cast<char>(b));
    return out;
}

}  // namespace sg::fleet
