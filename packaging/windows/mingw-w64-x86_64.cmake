# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 toolchain (g++-mingw-w64-x86-64).
# The posix thread model: std::thread and std::mutex work, as Qt needs.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# Headers, libraries and CMake packages come from the MinGW sysroot and from the Windows prefix
# that packaging/windows/build.sh fills (Qt, SQLite, libqrencode), never from the Linux system;
# programs (host tools such as moc and lrelease) come from the Linux system.
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
if(DEFINED ENV{EDUCONNECT_WINDOWS_PREFIX})
    list(APPEND CMAKE_FIND_ROOT_PATH "$ENV{EDUCONNECT_WINDOWS_PREFIX}")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
