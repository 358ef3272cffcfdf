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
  app/text/describe.cpp app/text/profile_text.cpp app/text/render_text.cpp
  wizard/catalog.cpp wizard/catalog_entries.cpp)
set(SG_XGETTEXT_ARGS --from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS:
    --keyword=_ --keyword=wxPLURAL:1,2 --keyword=tr --keyword=SG_N_
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
