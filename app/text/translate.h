#pragma once
// tr("English") marks a sentence for translation. The console front end shows
// English; the GUI installs a translator backed by wxGetTranslation.
#include <string>

namespace sg::text {

using translator_fn = std::string (*)(const char* english);

/// Installs the translator (nullptr: English).
void set_translator(translator_fn fn);
/// The translated sentence (UTF-8). xgettext keyword: tr.
std::string tr(const char* english);

}  // namespace sg::text
