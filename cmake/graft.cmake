# Shared flags and graft_add_app(), the helper that turns one C++ file into an app:
# in the Emscripten build a demo folder (app.js + app.wasm) for a static host, natively a
# program whose launch() prints the app's config.
set(GRAFT_WARNINGS -Wall -Wextra -Wno-missing-field-initializers)
set(GRAFT_WASM_FLAGS "")
if(EMSCRIPTEN)
  # Wasm exceptions are smaller than JS-emulated ones and work in Chromium and Node 20.
  # -msimd128 lets loops vectorise (and stb's SSE2 paths map onto wasm SIMD).
  # Size first (the app's wasm is most of what a visitor downloads): -Oz, and -flto at compile
  # *and* link so the linker optimises the core, the bindings and the app's main() as one
  # program and drops what the app never reaches (core/CMakeLists.txt keeps the image pipeline
  # at -O3 outside LTO for speed).
  set(GRAFT_WASM_FLAGS -fwasm-exceptions -msimd128 -Oz -flto)
  # stb_image's SSE2 JPEG path is x86-only; -msse2 lets emscripten map it onto wasm SIMD and
  # GRAFT_STB_FORCE_SSE2 makes core/src/image/stb_impl.cpp declare x86 (it #errors if ignored).
  list(APPEND GRAFT_WASM_FLAGS -msse2 -DGRAFT_STB_FORCE_SSE2=1)
  set(GRAFT_WASM_LINK
      -fwasm-exceptions -Oz -flto --bind -sALLOW_MEMORY_GROWTH=1 -sMODULARIZE=1 -sEXPORT_ES6=1
      -sENVIRONMENT=web,worker -sEXPORT_NAME=createGraftModule -sFILESYSTEM=0
      -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc)
endif()

set(GRAFT_SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR}/..)

# graft_add_app(<name> <main.cpp>)
function(graft_add_app name main)
  if(EMSCRIPTEN)
    add_executable(${name} ${main} ${GRAFT_SOURCE_DIR}/wasm/bindings.cpp ${GRAFT_SOURCE_DIR}/wasm/app_launch.cpp)
    target_link_libraries(${name} PRIVATE graft_core)
    # An app module only ever hands out its launched app (AppHandle.launched()); leaving out
    # AppHandle.fromConfig keeps the config reader (~25 KB of wasm) out of every app.
    target_compile_definitions(${name} PRIVATE GRAFT_APP_MODULE=1)
    target_link_options(${name} PRIVATE ${GRAFT_WASM_LINK})
    set_target_properties(${name} PROPERTIES OUTPUT_NAME app SUFFIX ".js"
      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/apps/${name})
  else()
    add_executable(${name} ${main} ${GRAFT_SOURCE_DIR}/cli/native_launch.cpp)
    target_link_libraries(${name} PRIVATE graft_core graft_server)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/demos)
  endif()
endfunction()
