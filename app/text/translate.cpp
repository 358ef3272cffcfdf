#include "app/text/translate.h"

namespace sg::text {
namespace {
translator current;
}

void set_translator(translator t) { current = t; }

std::string tr(const char* english) { return current.singular ? current.singular(english) : std::string(english); }

std::string tr_n(const char* english_one, const char* english_many, std::uint64_t n) {
    if (current.plural) return current.plural(english_one, english_many, n);
    return std::string(n == 1 ? english_one : english_many);
}

}  // namespace sg::text
