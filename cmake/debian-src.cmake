# The wasm build's libjpeg-turbo and LittleCMS, compiled from Debian's own sources (fetched
# by scripts/setup into build/debian-src/, pinned to the installed -dev packages) — the same
# versions Pillow links natively, so the browser decodes JPEG and converts LAB as Pillow does.
set(GRAFT_DEBIAN_SRC ${PROJECT_SOURCE_DIR}/build/debian-src)
foreach(dir libjpeg-turbo lcms2)
  if(NOT EXISTS ${GRAFT_DEBIAN_SRC}/${dir}/.graft-version)
    message(FATAL_ERROR "${GRAFT_DEBIAN_SRC}/${dir} is missing: run scripts/setup (it fetches Debian's source)")
  endif()
endforeach()

# libjpeg-turbo through its own CMake (it generates jconfig.h), decoder library only. Its SIMD
# is x86/Arm assembly, so the C paths are used, compiled -O3 with wasm SIMD for autovectorising.
# CMake's check_type_size misreads Emscripten's sizes, so they are given.
include(ExternalProject)
set(jpeg_bin ${CMAKE_BINARY_DIR}/libjpeg-turbo)
file(MAKE_DIRECTORY ${jpeg_bin})
ExternalProject_Add(libjpeg_turbo_wasm
  SOURCE_DIR ${GRAFT_DEBIAN_SRC}/libjpeg-turbo
  BINARY_DIR ${jpeg_bin}
  CMAKE_ARGS -DCMAKE_TOOLCHAIN_FILE=${CMAKE_TOOLCHAIN_FILE} -DCMAKE_BUILD_TYPE=Release
             -DWITH_SIMD=0 -DENABLE_SHARED=0 -DWITH_TURBOJPEG=0 -DWITH_JAVA=0
             -DHAVE_SIZE_T=TRUE -DSIZE_T=4 -DHAVE_UNSIGNED_LONG=TRUE -DUNSIGNED_LONG=4
             "-DCMAKE_C_FLAGS=-msimd128" -Wno-dev
  BUILD_COMMAND ${CMAKE_COMMAND} --build ${jpeg_bin} --target jpeg-static
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS ${jpeg_bin}/libjpeg.a
  LOG_CONFIGURE ON LOG_BUILD ON LOG_OUTPUT_ON_FAILURE ON)
add_library(graft_wasm_jpeg STATIC IMPORTED GLOBAL)
set_target_properties(graft_wasm_jpeg PROPERTIES IMPORTED_LOCATION ${jpeg_bin}/libjpeg.a
  INTERFACE_INCLUDE_DIRECTORIES "${GRAFT_DEBIAN_SRC}/libjpeg-turbo;${jpeg_bin}")
add_dependencies(graft_wasm_jpeg libjpeg_turbo_wasm)

# LittleCMS is plain C with no generated headers: its sources compile as they are.
enable_language(C)
file(GLOB lcms_sources ${GRAFT_DEBIAN_SRC}/lcms2/src/*.c)
add_library(graft_wasm_lcms2 STATIC ${lcms_sources})
target_include_directories(graft_wasm_lcms2 SYSTEM PUBLIC ${GRAFT_DEBIAN_SRC}/lcms2/include)
target_compile_options(graft_wasm_lcms2 PRIVATE -O3 -msimd128 -w)
