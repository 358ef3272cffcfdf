// The doctest runner: nothing else belongs in this file (doctest's advice).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
