// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit of core that holds the stb implementations (decoding in
// core/io/image.cpp and image_folder.cpp, PNG writing in image.cpp). Alone so that sanitizer
// builds can exempt stb's own code from one check: see core/CMakeLists.txt.
//
// Only the formats this program reads (training's jpg/jpeg/png/gif, the studio's bmp too):
// TGA has no magic number, so stb took 18 bytes of anything as a 2586 x 8192 image to decode
// (found by fuzz_image, docs/reliability.md); PSD, PIC, HDR and PNM are attack surface we
// never use.
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_ONLY_GIF
#define STBI_ONLY_BMP
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
