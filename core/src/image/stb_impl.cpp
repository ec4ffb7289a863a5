// The one translation unit that compiles stb_image and stb_image_write (Debian's libstb-dev
// headers), restricted to the formats Graft reads and with no stdio. In the wasm build
// cmake defines GRAFT_STB_FORCE_SSE2 (with -msse2 -msimd128): stb only enables its SSE2 JPEG
// IDCT and colour conversion on x86, so we declare an x86 target and emscripten maps the
// SSE2 intrinsics onto wasm SIMD.
#ifdef GRAFT_STB_FORCE_SSE2
#define STBI__X86_TARGET
#endif
#define STBI_NO_STDIO
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_ONLY_GIF
#define STBI_ONLY_BMP
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#if defined(GRAFT_STB_FORCE_SSE2) && !defined(STBI_SSE2)
#error "GRAFT_STB_FORCE_SSE2 is set but stb_image did not enable its SSE2 path (is -msse2 missing?)"
#endif

#define STBI_WRITE_NO_STDIO
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace gr::image::detail {
// Lets tests and the bench report which JPEG path this build uses.
bool stb_simd_enabled() {
#ifdef STBI_SSE2
    return true;
#else
    return false;
#endif
}
}  // namespace gr::image::detail
