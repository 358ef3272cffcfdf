#include "gui/driver/screenshot.h"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

namespace sg::gui {

bool save_screenshot(wxWindow* window, const wxString& file) {
    window->Update();
    const wxRect rect = wxGetTopLevelParent(window)->GetScreenRect();
#ifdef __WXMSW__
    wxScreenDC screen;
    // 24 bits: a 32-bit bitmap keeps the alpha GDI leaves at 0 under text,
    // and the PNG then shows the controls without their labels.
    wxBitmap bitmap(rect.width, rect.height, 24);
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(file, wxBITMAP_TYPE_PNG);
#else
    const wxString crop = wxString::Format(wxS("%dx%d+%d+%d"), rect.width, rect.height, rect.x, rect.y);
    // An argv array, not a command string: file names are never parsed by a shell.
    const wxString import = wxS("import");
    const wxString a1 = wxS("-window"), a2 = wxS("root"), a3 = wxS("-crop"), a4 = wxS("+repage");
    const wchar_t* argv[] = {import.wc_str(), a1.wc_str(), a2.wc_str(), a3.wc_str(), crop.wc_str(),
                             a4.wc_str(),     file.wc_str(), nullptr};
    // NODISABLE: a synchronous wxExecute disables the windows while it runs,
    // and `import` would capture them greyed out.
    return wxExecute(argv, wxEXEC_SYNC | wxEXEC_NODISABLE | wxEXEC_HIDE_CONSOLE) == 0;
#endif
}

}  // namespace sg::gui
