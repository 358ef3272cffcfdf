#pragma once
// What an exporter produces: files as bytes with their place in the export
// folder, so tests and fuzzers read them without touching a disk.
#include <string>
#include <vector>

#include "wizard/fleet/deployment.h"

namespace sg::fleet {

struct exported_file {
    std::string path;   ///< relative to the format's folder, '/'-separated: "Machine/Registry.pol"
    std::string bytes;  ///< exactly what goes on disk
};

/// The lines every exported file's header carries (profile, tool version, time,
/// what the file does), English and without comment markers: each format adds
/// its own (`;` in .reg and INF, `#` in YAML and PowerShell, `<!-- -->` in XML).
std::vector<std::string> header_lines(const deployment_header& h);

/// "MACHINE\System\..." style path of a catalog key as policy files spell it
/// (HKEY_LOCAL_MACHINE\ dropped): "SYSTEM\CurrentControlSet\Control\Lsa".
std::string key_below_hklm(const setting& s);

}  // namespace sg::fleet
