# Warning flags shared by every ShareGuard target.
add_library(shareguard_warnings INTERFACE)
target_compile_options(shareguard_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion
  $<$<BOOL:${SHAREGUARD_WERROR}>:-Werror>)
