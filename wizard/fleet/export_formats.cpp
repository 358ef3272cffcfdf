#include "wizard/fleet/export_formats.h"

#include "wizard/fleet/export_ansible.h"
#include "wizard/fleet/export_gpo.h"
#include "wizard/fleet/export_intune.h"
#include "wizard/fleet/export_reg.h"
#include "wizard/reg_path.h"

namespace sg::fleet {

const std::vector<export_format>& all_export_formats() {
    static const std::vector<export_format> all = {export_format::gpo, export_format::intune,
                                                   export_format::ansible, export_format::reg};
    return all;
}

std::string_view export_format_id(export_format f) {
    switch (f) {
    case export_format::gpo: return "gpo";
    case export_format::intune: return "intune";
    case export_format::ansible: return "ansible";
    case export_format::reg: return "reg";
    }
    return "reg";
}

std::optional<export_format> try_parse_export_format(std::string_view id) {
    for (export_format f : all_export_formats())
        if (names_equal(id, export_format_id(f))) return f;
    return std::nullopt;
}

std::vector<exported_file> export_files(export_format f, const deployment& d) {
    switch (f) {
    case export_format::reg: return export_reg(d);
    case export_format::gpo: return export_gpo(d);
    case export_format::intune: return export_intune(d);
    case export_format::ansible: return export_ansible(d);
    }
    throw std::logic_error("unknown export format");
}

}  // namespace sg::fleet
