# What an installed Burnrate consists of, and how CPack packs it: a .deb and a .tar.gz on Linux, an NSIS
# installer on Windows and a DragNDrop disk image on macOS (the latter two written and documented in
# packaging/README.md, not built here). Paths are GNUInstallDirs-relative so one prefix (/usr for the .deb)
# places everything.
include(GNUInstallDirs)

set(BURNRATE_APP_ID io.github.burnrate.Burnrate)
set(_linux ${CMAKE_CURRENT_LIST_DIR}/linux)
set(_icons ${PROJECT_SOURCE_DIR}/resources/icons)

if(UNIX AND NOT APPLE)
    install(FILES ${_linux}/${BURNRATE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_linux}/${BURNRATE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_icons}/burnrate.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${_icons}/burnrate-${size}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME burnrate.png)
    endforeach()
    # Debian policy: man pages are installed gzip-compressed, reproducibly (-n: no name or time stamp).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(_man ${PROJECT_BINARY_DIR}/burnrate.1.gz)
    add_custom_command(OUTPUT ${_man}
        COMMAND ${GZIP_EXECUTABLE} -n -9 -c ${_linux}/burnrate.1 > ${_man}
        DEPENDS ${_linux}/burnrate.1 VERBATIM)
    add_custom_target(burnrate_manpage ALL DEPENDS ${_man})
    install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# Windows and macOS: the Qt libraries and plugins travel with the binary (windeployqt / macdeployqt, run by
# the script Qt generates for the target).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET burnrate OUTPUT_SCRIPT _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_deploy})
endif()

set(CPACK_PACKAGE_NAME burnrate)
set(CPACK_PACKAGE_VENDOR "The Burnrate developers")
set(CPACK_PACKAGE_CONTACT "The Burnrate developers <burnrate@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop LLM cost observability: where the money goes, and how to spend less")
set(CPACK_PACKAGE_DESCRIPTION "Burnrate connects the usage and cost APIs of LLM providers (OpenAI, Anthropic, \
AWS Bedrock and Lambda, Google Vertex), a LiteLLM proxy or imported request logs, keeps them in a local SQLite \
database and shows cost per model, prompt, tenant and team, budgets with tiered alerts, quality against cost, \
what-if savings and cost leaks. Works offline, on the analyst's own machine.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/burnrate/burnrate")
set(CPACK_PACKAGE_ICON ${_icons}/burnrate-256.png)
set(CPACK_PACKAGE_EXECUTABLES burnrate Burnrate)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries actually linked (Qt, SQLite, curl, OpenSSL libcrypto, QtKeychain, zlib) come from dpkg-shlibdeps; what is loaded
# at run time rather than linked is declared by hand: the X11/Wayland platform plugins and the SVG icon loader.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_NSIS_DISPLAY_NAME Burnrate)
set(CPACK_NSIS_PACKAGE_NAME Burnrate)
set(CPACK_NSIS_MUI_ICON ${_icons}/burnrate.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/burnrate.exe)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Burnrate.lnk' '$INSTDIR\\\\bin\\\\burnrate.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Burnrate.lnk'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_DMG_VOLUME_NAME Burnrate)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()
include(CPack)
