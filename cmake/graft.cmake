# Shared flags and graft_add_app(), the helper that turns one C++ file into an app:
# in the Emscripten build a demo folder (app.js + app.wasm) for a static host, natively a
# program whose launch() prints the app's config.
set(GRAFT_WARNINGS -Wall -Wextra -Wno-missing-field-initializers)
set(GRAFT_WASM_FLAGS "")
set(GRAFT_WASM_SIZE_FLAGS "")
if(EMSCRIPTEN)
  # Wasm exceptions are smaller than JS-emulated ones and work in Chromium and Node 20.
  # -msimd128 lets loops vectorise.
  set(GRAFT_WASM_FLAGS -fwasm-exceptions -msimd128)
  # Size first (the app's wasm is most of what a visitor downloads): -Oz, and -flto at compile
  # *and* link so the linker optimises the core, the bindings and the app's main() as one
  # program and drops what the app never reaches. core/CMakeLists.txt compiles the image
  # pipeline at -O3 outside LTO instead; these flags must never reach it, because clang keeps
  # optimising for size when -O3 follows -Oz on one command line (nothing gets inlined).
  set(GRAFT_WASM_SIZE_FLAGS -Oz -flto)
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
    # The page hands C++ functions image pixels through AppHandle.provideImages/takeImage
    # (~11 KB of wasm): bound only when the app's source names gr::image (or a gr/image/
    # header); otherwise the page reports that the module was built without them.
    file(READ ${main} source)
    if(source MATCHES "gr::image|gr/image/")
      target_sources(${name} PRIVATE ${GRAFT_SOURCE_DIR}/wasm/image_js.cpp)
      target_compile_definitions(${name} PRIVATE GRAFT_APP_IMAGES=1)
    endif()
    target_link_options(${name} PRIVATE ${GRAFT_WASM_LINK})
    set_target_properties(${name} PROPERTIES OUTPUT_NAME app SUFFIX ".js"
      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/apps/${name})
  else()
    add_executable(${name} ${main} ${GRAFT_SOURCE_DIR}/cli/native_launch.cpp)
    target_link_libraries(${name} PRIVATE graft_core graft_server)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/demos)
  endif()
endfunction()
