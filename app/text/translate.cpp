#include "app/text/translate.h"

namespace sg::text {
namespace {
translator_fn current_translator = nullptr;
}

void set_translator(translator_fn fn) { current_translator = fn; }

std::string tr(const char* english) {
    return current_translator ? current_translator(english) : std::string(english);
}

}  // namespace sg::text
