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
      -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc
      # The page and the worker pass the factory only these two: the glue leaves out the code
      # that reads the other Module keys (print, preRun, arguments, …).
      "-sINCOMING_MODULE_JS_API=[locateFile,instantiateWasm]")
  # Emscripten 3.1.6 minifies its JS glue only through Closure, which Debian does not ship; so
  # esbuild (npm, already what bundles the shim) minifies each module's glue after the link:
  # blocks_hello's app.js goes from 13.4 to about 10 KB gzip. Found in this repository's
  # node_modules, or on PATH for an installed SDK; without it the glue is left as it is.
  find_program(GRAFT_ESBUILD esbuild HINTS ${CMAKE_CURRENT_LIST_DIR}/../node_modules/.bin)
endif()

# graft_minify_glue(<target>): minifies the ES-module glue of an Emscripten target in place.
function(graft_minify_glue target)
  if(EMSCRIPTEN AND GRAFT_ESBUILD)
    add_custom_command(TARGET ${target} POST_BUILD
      COMMAND ${GRAFT_ESBUILD} $<TARGET_FILE:${target}> --minify --format=esm --target=es2022
              --allow-overwrite --log-level=warning --outfile=$<TARGET_FILE:${target}>
      VERBATIM)
  endif()
endfunction()

# Where graft_add_app finds what it compiles into each app and links it with. In this
# repository: the sources and targets of the tree. An installed SDK (GraftConfig.cmake) sets
# them to its own files and imported targets, and GRAFT_SDK to ON, before including this file.
if(NOT DEFINED GRAFT_SDK)
  set(GRAFT_SDK OFF)
  set(GRAFT_APP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/..)  # wasm/*.cpp and cli/native_launch.cpp below it
  set(GRAFT_CORE_TARGET graft_core)
  set(GRAFT_SERVER_TARGET graft_server)
endif()

# graft_add_app(<name> <main.cpp>)
#
# Emscripten: the app module (app.js + app.wasm). In this repository it goes to
# build/wasm/apps/<name>/ and scripts/build puts it in the demo site; from an installed SDK
# it is a static folder <build>/<name>/ ready for any host: index.html (title: the target's
# name), app.js, app.wasm and the runtime in graft/.
# Natively: a program whose launch() prints the app's config, or with --port N serves its page
# and Gradio's API; from an installed SDK the runtime is copied to graft/ beside it, where the
# program looks for it.
function(graft_add_app name main)
  get_filename_component(main ${main} ABSOLUTE)
  if(EMSCRIPTEN)
    add_executable(${name} ${main} ${GRAFT_APP_SOURCES}/wasm/bindings.cpp ${GRAFT_APP_SOURCES}/wasm/app_launch.cpp)
    target_include_directories(${name} PRIVATE ${GRAFT_APP_SOURCES}/wasm)
    target_link_libraries(${name} PRIVATE ${GRAFT_CORE_TARGET})
    # An app module only ever hands out its launched app (AppHandle.launched()); leaving out
    # AppHandle.fromConfig keeps the config reader (~25 KB of wasm) out of every app.
    target_compile_definitions(${name} PRIVATE GRAFT_APP_MODULE=1)
    # The page hands C++ functions image pixels through AppHandle.provideImages/takeImage
    # (~11 KB of wasm): bound only when the app's source names gr::image (or a gr/image/
    # header); otherwise the page reports that the module was built without them.
    file(READ ${main} source)
    if(source MATCHES "gr::image|gr/image/")
      target_sources(${name} PRIVATE ${GRAFT_APP_SOURCES}/wasm/image_js.cpp)
      target_compile_definitions(${name} PRIVATE GRAFT_APP_IMAGES=1)
    endif()
    target_link_options(${name} PRIVATE ${GRAFT_WASM_LINK})
    graft_minify_glue(${name})
    if(GRAFT_SDK)
      set(out ${CMAKE_CURRENT_BINARY_DIR}/${name})
      # graft.js's shared chunks (the runtime's preload.json) are preloaded beside it, so the
      # browser fetches them with graft.js rather than a round trip after it.
      set(preload_chunks "")
      if(EXISTS ${GRAFT_RUNTIME}/preload.json)
        # A newer runtime installed under the same prefix rewrites the page at the next build.
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${GRAFT_RUNTIME}/preload.json)
        file(READ ${GRAFT_RUNTIME}/preload.json preload_json)
        string(JSON n LENGTH "${preload_json}" "graft.js")
        if(n GREATER 0)
          math(EXPR last "${n} - 1")
          foreach(i RANGE ${last})
            string(JSON chunk GET "${preload_json}" "graft.js" ${i})
            string(APPEND preload_chunks "\n  <link rel=\"modulepreload\" href=\"graft/${chunk}\">")
          endforeach()
        endif()
      endif()
      configure_file(${GRAFT_PAGE_TEMPLATE} ${out}/index.html @ONLY)
      add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E copy_directory ${GRAFT_RUNTIME} ${out}/graft
        COMMENT "graft: ${name}/ is a static site (index.html, app.js, app.wasm, graft/)")
    else()
      set(out ${CMAKE_BINARY_DIR}/apps/${name})
    endif()
    set_target_properties(${name} PROPERTIES OUTPUT_NAME app SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${out})
  else()
    add_executable(${name} ${main} ${GRAFT_APP_SOURCES}/cli/native_launch.cpp)
    target_link_libraries(${name} PRIVATE ${GRAFT_CORE_TARGET} ${GRAFT_SERVER_TARGET})
    if(GRAFT_SDK)
      add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E copy_directory ${GRAFT_RUNTIME} $<TARGET_FILE_DIR:${name}>/graft
        COMMENT "graft: the runtime the page of ${name} --port N loads, in graft/ beside it")
    else()
      set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/demos)
    endif()
  endif()
endfunction()
