#include "wizard/fleet/export_ansible.h"

#include <fmt/format.h>

#include <stdexcept>

namespace sg::fleet {
namespace {

constexpr const char* restart_handler = "restart Server service";
constexpr const char* reboot_handler = "report pending reboot";
constexpr const char* smb1_reboot_handler = "report pending reboot if SMBv1 is installed";

std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

std::string_view handler_for(restart_need r) {
    switch (r) {
    case restart_need::server_service: return restart_handler;
    case restart_need::reboot: return reboot_handler;
    case restart_need::reboot_if_smb1_installed: return smb1_reboot_handler;
    case restart_need::none:
    case restart_need::new_logon: return "";
    }
    return "";
}

void add_task(std::vector<std::string>& y, const deployed_value& v) {
    const setting& s = *v.entry;
    std::string path = "HKLM:\\" + key_below_hklm(s);
    if (!v.value) {
        y.push_back("    - name: " + yaml_quote("Remove " + s.value_name));
        y.push_back("      ansible.windows.win_regedit:");
        y.push_back("        path: " + yaml_quote(path));
        y.push_back("        name: " + yaml_quote(s.value_name));
        y.push_back("        state: absent");
    } else {
        const reg_value& value = *v.value;
        y.push_back("    - name: " + yaml_quote("Set " + s.value_name + " to " + display_data(value)));
        y.push_back("      ansible.windows.win_regedit:");
        y.push_back("        path: " + yaml_quote(path));
        y.push_back("        name: " + yaml_quote(s.value_name));
        if (value.type == reg_type::dword) {
            y.push_back(fmt::format("        data: {}", value.try_as_dword().value_or(0)));
            y.push_back("        type: dword");
        } else if (value.type == reg_type::sz) {
            y.push_back("        data: " + yaml_quote(value.try_as_string().value_or("")));
            y.push_back("        type: string");
        } else if (value.type == reg_type::multi_sz) {
            auto list = value.try_as_multi_string().value_or(std::vector<std::string>{});
            if (list.empty()) {
                // No data for an empty list: win_regedit turns a missing data into an empty
                // String[] for multistring, but an empty YAML list into $null, after which it
                // writes nothing (ansible.windows 1.14.0 win_regedit.ps1).
                y.push_back("        # empty list: data left out on purpose (see README.txt)");
            } else {
                std::string data = "        data: [";
                for (std::size_t i = 0; i < list.size(); ++i) data += (i ? ", " : "") + yaml_quote(list[i]);
                y.push_back(data + "]");
            }
            y.push_back("        type: multistring");
        } else {
            throw std::logic_error("fleet: no win_regedit type for " + reg_type_name(value.type));
        }
        y.push_back("        state: present");
    }
    std::string_view handler = handler_for(s.restart);
    if (!handler.empty()) y.push_back("      notify: " + yaml_quote(std::string(handler)));
    if (s.restart == restart_need::new_logon) y.push_back("      # takes effect for new network logons");
}

}  // namespace

std::string yaml_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::vector<exported_file> export_ansible(const deployment& d) {
    std::vector<std::string> y;
    for (const std::string& l : header_lines(d.header)) y.push_back("# " + l);
    y.push_back("# Run: ansible-playbook -i inventory.ini shareguard.yml --check --diff   (then without --check)");
    y.push_back("# Hosts: the group in the variable shareguard_hosts, default windows (-e shareguard_hosts=...).");
    y.push_back("# Nothing here reboots; a value that needs a reboot only reports it.");
    for (const left_out_setting& gap : d.left_out)
        y.push_back("# Not returned here: " + gap.entry->value_name + " (" + std::string(undo_gap_id(gap.why)) + ")");
    y.push_back("---");
    y.push_back("- name: " + yaml_quote("ShareGuard " + d.header.profile_name + " (" +
                                        std::string(deployment_kind_id(d.header.kind)) + ")"));
    y.push_back("  hosts: \"{{ shareguard_hosts | default('windows') }}\"");
    y.push_back("  gather_facts: false");
    bool restart = false, reboot = false, smb1_reboot = false;
    if (d.values.empty()) {
        y.push_back("  tasks: []");
    } else {
        y.push_back("  tasks:");
        for (const deployed_value& v : d.values) {
            add_task(y, v);
            restart |= v.entry->restart == restart_need::server_service;
            reboot |= v.entry->restart == restart_need::reboot;
            smb1_reboot |= v.entry->restart == restart_need::reboot_if_smb1_installed;
        }
    }
    if (restart || reboot || smb1_reboot) {
        y.push_back("  handlers:");
        if (restart) {
            y.push_back(std::string("    - name: ") + yaml_quote(restart_handler));
            y.push_back("      ansible.windows.win_service:");
            y.push_back("        name: LanmanServer");
            y.push_back("        state: restarted");
            y.push_back("        # Services that depend on LanmanServer differ per machine; without this a restart");
            y.push_back("        # \"may fail\" when one runs (ansible-doc ansible.windows.win_service). They restart too.");
            y.push_back("        force_dependent_services: true");
        }
        if (reboot) {
            y.push_back(std::string("    - name: ") + yaml_quote(reboot_handler));
            y.push_back("      ansible.builtin.debug:");
            y.push_back("        msg: " + yaml_quote("A changed value takes effect after a reboot: reboot pending "
                                                     "(this playbook does not reboot)."));
        }
        if (smb1_reboot) {
            y.push_back(std::string("    - name: ") + yaml_quote(smb1_reboot_handler));
            y.push_back("      ansible.builtin.debug:");
            y.push_back("        msg: " + yaml_quote("Reboot pending if the SMBv1 server is installed "
                                                     "(this playbook does not reboot)."));
        }
    }

    std::vector<std::string> inv;
    for (const std::string& l : header_lines(d.header)) inv.push_back("# " + l);
    inv.insert(inv.end(), {
        "# Copy to inventory.ini and list your machines. WinRM over HTTPS (5986) with NTLM;",
        "# in a domain use ansible_winrm_transport=kerberos. Give the password with --ask-pass or Ansible Vault,",
        "# never in this file. The controller needs pywinrm (Debian: python3-winrm).",
        "[windows]",
        "server01.example.com",
        "",
        "[windows:vars]",
        "ansible_connection=winrm",
        "ansible_port=5986",
        "ansible_winrm_scheme=https",
        "ansible_winrm_transport=ntlm",
        "ansible_winrm_server_cert_validation=validate",
        "ansible_user=Administrator",
    });

    std::vector<std::string> r;
    for (const std::string& l : header_lines(d.header)) r.push_back(l);
    r.insert(r.end(), {
        "",
        "ShareGuard export for Ansible",
        "=============================",
        "",
        "shareguard.yml sets each value with ansible.windows.win_regedit (one task per value) on the hosts of",
        "the group \"windows\" (or -e shareguard_hosts=GROUP). Ansible 7 on Debian 12 bundles ansible.windows",
        "1.14.0, which has win_regedit and win_service.",
        "",
        "  cp inventory.example.ini inventory.ini      # list your machines, check the WinRM variables",
        "  ansible-playbook -i inventory.ini shareguard.yml --check --diff    # shows what would change",
        "  ansible-playbook -i inventory.ini shareguard.yml --ask-pass        # applies it",
        "",
        "WinRM: ansible_connection=winrm, ansible_port=5986, ansible_winrm_scheme=https,",
        "ansible_winrm_transport=ntlm (kerberos in a domain), ansible_winrm_server_cert_validation, ansible_user;",
        "the controller needs pywinrm (python3-winrm).",
        "",
        "Restarts: values that need a Server-service restart notify the handler \"restart Server service\"",
        "(win_service LanmanServer, state restarted, force_dependent_services: true), which runs once at the",
        "end and only when such a value changed. Restarting the Server service drops open SMB sessions.",
        "Values that need a reboot notify a handler that only prints that a reboot is pending: the playbook",
        "never reboots.",
        "An empty REG_MULTI_SZ list is written by leaving data out (win_regedit makes it an empty list);",
        "an empty YAML list would make win_regedit skip the write.",
        "On a domain-joined machine a GPO that sets the same value wins at the next refresh.",
        "",
    });
    for (const left_out_setting& gap : d.left_out)
        r.push_back("Not returned here: " + gap.entry->value_name + " (" + std::string(undo_gap_id(gap.why)) + ")");
    if (!d.left_out.empty()) r.push_back("");

    return {{"shareguard.yml", join(y)}, {"inventory.example.ini", join(inv)}, {"README.txt", join(r)}};
}

}  // namespace sg::fleet
