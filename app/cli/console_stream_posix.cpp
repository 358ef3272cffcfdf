// A terminal on Linux takes UTF-8 as it is.
#include <iostream>

#include "app/cli/console_stream.h"

namespace sg::cli {

console_streams open_console_streams() { return {std::cout, std::cerr}; }

}  // namespace sg::cli
