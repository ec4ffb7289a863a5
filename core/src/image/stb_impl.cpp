// The one translation unit that compiles stb_image and stb_image_write (Debian's libstb-dev
// headers), restricted to the formats stb reads for Graft and with no stdio. JPEG is read by
// libjpeg-turbo (jpeg_turbo.cpp), in both builds, so stb's JPEG decoder is left out.
#define STBI_NO_STDIO
#define STBI_ONLY_PNG
#define STBI_ONLY_GIF
#define STBI_ONLY_BMP
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#define STBI_WRITE_NO_STDIO
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
