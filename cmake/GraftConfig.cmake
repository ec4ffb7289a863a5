# Graft's C++ SDK, as `cmake --install` leaves it: a project elsewhere writes
#
#   find_package(Graft REQUIRED)
#   graft_add_app(myapp main.cpp)
#
# and gets, configured with emcmake, a static folder myapp/ (index.html, app.js, app.wasm and
# the runtime in graft/) for any static host; configured natively, a program that prints the
# app's config, or with --port N serves its page and Gradio's API. One prefix may hold both
# builds: the native libraries in lib/, the Emscripten ones in lib/wasm32-emscripten/.
cmake_minimum_required(VERSION 3.22)
get_filename_component(_graft_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(EMSCRIPTEN)
  set(_graft_flavour wasm)
else()
  set(_graft_flavour native)
endif()
if(NOT EXISTS "${CMAKE_CURRENT_LIST_DIR}/graft-${_graft_flavour}.cmake")
  set(Graft_FOUND FALSE)
  set(Graft_NOT_FOUND_MESSAGE "the Graft SDK in ${_graft_prefix} has no ${_graft_flavour} build: in Graft's repository, run scripts/build, then cmake --install build/${_graft_flavour} --prefix ${_graft_prefix}")
  return()
endif()
if(NOT EXISTS "${_graft_prefix}/share/graft/runtime/graft.js")
  set(Graft_FOUND FALSE)
  set(Graft_NOT_FOUND_MESSAGE "the Graft SDK in ${_graft_prefix} has no runtime (share/graft/runtime/graft.js): reinstall it after scripts/build")
  return()
endif()

# nlohmann/json and stb come from Debian (apt: nlohmann-json3-dev, libstb-dev). Emscripten
# must never see -I/usr/include, so apps include one folder of symlinks to them, as Graft's
# own build does.
set(GRAFT_SYSINC ${CMAKE_BINARY_DIR}/graft-sysinc)
file(MAKE_DIRECTORY ${GRAFT_SYSINC})
foreach(_graft_dep nlohmann stb)
  if(NOT EXISTS /usr/include/${_graft_dep})
    set(Graft_FOUND FALSE)
    set(Graft_NOT_FOUND_MESSAGE "/usr/include/${_graft_dep} is missing: apt install nlohmann-json3-dev libstb-dev")
    return()
  endif()
  if(NOT EXISTS ${GRAFT_SYSINC}/${_graft_dep})
    file(CREATE_LINK /usr/include/${_graft_dep} ${GRAFT_SYSINC}/${_graft_dep} SYMBOLIC)
  endif()
endforeach()

# What graft_add_app (graft.cmake) compiles into each app and links it with.
set(GRAFT_SDK ON)
set(GRAFT_APP_SOURCES ${_graft_prefix}/share/graft/src)
set(GRAFT_RUNTIME ${_graft_prefix}/share/graft/runtime)
set(GRAFT_PAGE_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/app-page.html.in)
set(GRAFT_CORE_TARGET Graft::core)
set(GRAFT_SERVER_TARGET Graft::server)
include(${CMAKE_CURRENT_LIST_DIR}/graft.cmake)
# Graft::core (and natively Graft::server), with the libraries they need.
include(${CMAKE_CURRENT_LIST_DIR}/graft-${_graft_flavour}.cmake)
set(Graft_FOUND TRUE)
