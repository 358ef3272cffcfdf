# The committed resources/translations/shareguard.pot must hold exactly the
# strings the sources mark for translation (else translators miss some).
#   cmake -DXGETTEXT=... -DMSGCMP=... -DSOURCE_DIR=... -DWORK=... "-DSOURCES=a;b" "-DARGS=..." -P check_pot.cmake
foreach(tool XGETTEXT MSGCMP)
  if(NOT ${tool} OR ${tool} MATCHES "NOTFOUND$")
    message(FATAL_ERROR "${tool} not found (Debian package gettext; packaging/dev/setup-debian.sh installs it)")
  endif()
endforeach()
set(fresh "${WORK}/fresh.pot")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${XGETTEXT}" ${ARGS} -o "${fresh}" ${SOURCES}
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed: ${err}")
endif()
set(committed "${SOURCE_DIR}/resources/translations/shareguard.pot")
# msgcmp DEF REF reports every string of REF missing from DEF: both ways round is equality.
foreach(pair "${committed};${fresh};missing from the committed .pot"
             "${fresh};${committed};in the committed .pot but no longer in the sources")
  list(GET pair 0 def)
  list(GET pair 1 ref)
  list(GET pair 2 what)
  execute_process(COMMAND "${MSGCMP}" --use-untranslated "${def}" "${ref}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "strings ${what}; run `cmake --build <build> --target pot`:\n${err}")
  endif()
endforeach()
message(STATUS "shareguard.pot is current")
