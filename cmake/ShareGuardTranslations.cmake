# Translation plumbing, in one place for both front ends.
#
# `cmake --build <build> --target pot` extracts every string marked for
# translation into resources/translations/shareguard.pot (English ships;
# translators start there). Keywords: _ and wxPLURAL (the wizard), tr (app/text
# and the console's messages), SG_N_ (the catalog's texts, which the setting
# cards show). Group Policy names are Microsoft's and are not marked.
# tests/CMakeLists.txt checks the committed .pot is current
# (translations.pot_current) with the same sources and arguments.
include_guard(GLOBAL)

set(SG_POT_SOURCES
  app/cli/messages.cpp
  app/gui/deployment_export.cpp app/gui/error_dialog.cpp app/gui/main_wizard.cpp app/gui/page_apply.cpp app/gui/page_finish.cpp
  app/gui/page_preview.cpp app/gui/page_questions.cpp app/gui/page_recommendation.cpp app/gui/page_restore.cpp
  app/gui/page_scan.cpp app/gui/page_welcome.cpp app/gui/path_field.cpp app/gui/setting_card_view.cpp
  app/gui/ui_helpers.cpp app/gui/wizard_app.cpp
  app/text/describe.cpp app/text/ownership_text.cpp app/text/profile_text.cpp app/text/render_text.cpp
  wizard/catalog_entries.cpp)
set(SG_XGETTEXT_ARGS --from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS:
    --keyword=_ --keyword=wxPLURAL:1,2 --keyword=tr --keyword=tr_n:1,2 --keyword=SG_N_
    --package-name=ShareGuard --package-version=${PROJECT_VERSION})

find_program(SG_XGETTEXT xgettext)
find_program(SG_MSGCMP msgcmp)
if(SG_XGETTEXT)
  add_custom_target(pot
    COMMAND ${SG_XGETTEXT} ${SG_XGETTEXT_ARGS} -o resources/translations/shareguard.pot ${SG_POT_SOURCES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Extracting translatable strings to resources/translations/shareguard.pot"
    VERBATIM)
endif()

# ---- Compiled catalogs ----
# A new language is its resources/translations/<code>.po and one entry here.
set(SG_LANGUAGES de zh_CN)
# Build tree: <build>/translations/<code>/LC_MESSAGES/shareguard.mo, copied
# beside each program (sg_catalogs_beside) where the programs look
# (app/i18n: <exe>/translations). Windows also ships wxWidgets' own catalog
# (wxstd.mo: the wizard's stock buttons) from Debian's wx3.2-i18n, built from
# the same wxWidgets 3.2.2 sources as the cross-built wxMSW; on Linux wxGTK
# finds Debian's in /usr/share/locale.
set(SG_CATALOG_DIR "${PROJECT_BINARY_DIR}/translations")
# A translator can build a working copy of the catalogs kept elsewhere.
set(SHAREGUARD_PO_DIR "${PROJECT_SOURCE_DIR}/resources/translations" CACHE PATH
    "Folder the <code>.po catalogs are compiled from")
find_program(SG_MSGFMT msgfmt REQUIRED)
set(SG_CATALOG_FILES)
foreach(lang IN LISTS SG_LANGUAGES)
  set(sg_po "${SHAREGUARD_PO_DIR}/${lang}.po")
  set(sg_lang_dir "${SG_CATALOG_DIR}/${lang}/LC_MESSAGES")
  add_custom_command(OUTPUT "${sg_lang_dir}/shareguard.mo"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${sg_lang_dir}"
    COMMAND ${SG_MSGFMT} --check -o "${sg_lang_dir}/shareguard.mo" "${sg_po}"
    DEPENDS "${sg_po}"
    COMMENT "Compiling the ${lang} catalog"
    VERBATIM)
  list(APPEND SG_CATALOG_FILES "${sg_lang_dir}/shareguard.mo")
  if(WIN32)
    find_file(SG_WXSTD_MO_${lang} wxstd-3.2.mo PATHS "/usr/share/locale/${lang}/LC_MESSAGES"
              NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    if(NOT SG_WXSTD_MO_${lang})
      message(FATAL_ERROR "wxWidgets' ${lang} catalog is missing: apt-get install wx3.2-i18n")
    endif()
    add_custom_command(OUTPUT "${sg_lang_dir}/wxstd.mo"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${sg_lang_dir}"
      COMMAND ${CMAKE_COMMAND} -E copy "${SG_WXSTD_MO_${lang}}" "${sg_lang_dir}/wxstd.mo"
      DEPENDS "${SG_WXSTD_MO_${lang}}"
      VERBATIM)
    list(APPEND SG_CATALOG_FILES "${sg_lang_dir}/wxstd.mo")
  endif()
endforeach()
add_custom_target(sg_catalogs ALL DEPENDS ${SG_CATALOG_FILES})

# Keeps <folder of target>/translations a copy of the compiled catalogs (each
# build: a catalog can change while the program does not).
function(sg_catalogs_beside target)
  add_custom_target(${target}_catalogs
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${SG_CATALOG_DIR}" "$<TARGET_FILE_DIR:${target}>/translations"
    DEPENDS ${SG_CATALOG_FILES}
    VERBATIM)
  add_dependencies(${target}_catalogs sg_catalogs)
  add_dependencies(${target} ${target}_catalogs)
endfunction()
