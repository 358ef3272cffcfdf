#pragma once
// The access list of ShareGuard's backup folder (Windows only).

namespace sg::win {

/// Owner Administrators; Administrators and SYSTEM: full control, inherited by
/// files and subfolders; "P" protects the DACL from inheriting anything from
/// the parent (ProgramData lets Users create files and read).
inline constexpr wchar_t private_folder_sddl[] = L"O:BAD:P(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)";

}  // namespace sg::win
