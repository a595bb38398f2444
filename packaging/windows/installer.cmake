# What the Windows installer holds, as `cmake --install` lays it out: one folder with the app,
# the Qt DLLs and plugins it loads, the MinGW run time, Qt's French translations and a qt.conf
# that points Qt at them. packaging/windows/build.sh then wraps that folder with NSIS
# (packaging/windows/installer.nsi). The letters' fonts are inside the executable (resources).

install(TARGETS educonnect-admin RUNTIME DESTINATION .)

# Qt's libraries and the plugins the app loads: the windows platform (the desktop), offscreen
# (`letters` runs headless), SQLite, Schannel TLS, the Windows style. (Qt 6 has the Windows print
# support inside Qt6PrintSupport.dll: no plugin.)
set(educonnect_qt_libraries Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Network Qt6::Sql Qt6::PrintSupport)
set(educonnect_qt_plugins
    platforms Qt6::QWindowsIntegrationPlugin
    platforms Qt6::QOffscreenIntegrationPlugin
    sqldrivers Qt6::QSQLiteDriverPlugin
    tls Qt6::QSchannelBackendPlugin
    styles Qt6::QWindowsVistaStylePlugin)
foreach(library IN LISTS educonnect_qt_libraries)
    install(FILES $<TARGET_FILE:${library}> DESTINATION .)
endforeach()
while(educonnect_qt_plugins)
    list(POP_FRONT educonnect_qt_plugins folder plugin)
    if(NOT TARGET ${plugin})
        message(FATAL_ERROR "The Qt plugin ${plugin} is missing from this Qt build")
    endif()
    install(FILES $<TARGET_FILE:${plugin}> DESTINATION plugins/${folder})
endwhile()

# The MinGW run time the compiler links against (C++ library, unwinder, threads). An MSVC build
# gets its run time from windeployqt (.github/workflows/windows.yml).
if(MINGW)
    foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                        OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
        get_filename_component(path "${path}" REALPATH)
        if(NOT EXISTS "${path}")
            message(FATAL_ERROR "The MinGW run-time library ${dll} was not found")
        endif()
        install(FILES "${path}" DESTINATION .)
    endforeach()
endif()

# Qt's own French texts (standard buttons, print dialog), from the host's Qt of the same version.
find_file(EDUCONNECT_QTBASE_FR qtbase_fr.qm
    PATHS /usr/share/qt6/translations "${QT_HOST_PATH}/share/qt6/translations"
          "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}"
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT EDUCONNECT_QTBASE_FR)
    message(FATAL_ERROR "qtbase_fr.qm was not found (Debian package qt6-translations-l10n)")
endif()
install(FILES "${EDUCONNECT_QTBASE_FR}" DESTINATION translations)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/qt.conf" DESTINATION .)
