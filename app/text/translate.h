#pragma once
// tr("English") marks a sentence for translation; tr_n("one", "many", n) one
// whose words follow a count (each language's own plural rule picks the form).
// Both front ends install the same translator (app/i18n): the wizard's and the
// console's catalogs are one. Without a translator the text is English.
#include <cstdint>
#include <string>

namespace sg::text {

struct translator {
    std::string (*singular)(const char* english) = nullptr;
    std::string (*plural)(const char* english_one, const char* english_many, std::uint64_t n) = nullptr;
};

/// Installs the translator ({}: English).
void set_translator(translator t);
/// The translated sentence (UTF-8). xgettext keyword: tr.
std::string tr(const char* english);
/// The translated form for count n (UTF-8). xgettext keyword: tr_n:1,2.
std::string tr_n(const char* english_one, const char* english_many, std::uint64_t n);

}  // namespace sg::text
