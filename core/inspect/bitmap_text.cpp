// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/bitmap_text.h"

#include <algorithm>
#include <cmath>
#include <vector>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#include <stb_easy_font.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace patchdiff::inspect {

namespace {

// stb_easy_font indexes its tables with (char - 32): keep to printable ASCII, one line.
std::string printable(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (c < 32 || c > 126) c = '?';
  return out;
}

struct Vertex {  // stb_easy_font's interleaved vertex layout
  float x, y, z;
  uint8_t color[4];
};

}  // namespace

int text_width(const std::string& text, int scale) {
  auto clean = printable(text);
  return stb_easy_font_width(clean.data()) * scale;
}

// Glyphs span rows 0..7 of the cell; lower-case descenders (g, p, y) reach row 9.
int text_height(int scale) { return 10 * scale; }

void draw_text(RgbImage& image, int x, int y, const std::string& text, Rgb color, int scale) {
  auto clean = printable(text);
  // stb_easy_font estimates ~270 bytes (17 vertices) per character; 64 leaves room.
  std::vector<Vertex> quads(clean.size() * 64 + 64);
  const int count = stb_easy_font_print(0.f, 0.f, clean.data(), nullptr, quads.data(),
                                        static_cast<int>(quads.size() * sizeof(Vertex)));
  for (int q = 0; q < count; ++q) {
    const Vertex* v = &quads[static_cast<size_t>(q) * 4];
    // Axis-aligned quads with integer corners: vertex 0 is top-left, vertex 2 bottom-right.
    const int x0 = x + static_cast<int>(std::lround(v[0].x)) * scale;
    const int y0 = y + static_cast<int>(std::lround(v[0].y)) * scale;
    const int x1 = x + static_cast<int>(std::lround(v[2].x)) * scale;
    const int y1 = y + static_cast<int>(std::lround(v[2].y)) * scale;
    for (int py = std::max(y0, 0); py < std::min(y1, image.height); ++py)
      for (int px = std::max(x0, 0); px < std::min(x1, image.width); ++px) {
        uint8_t* p = image.at(px, py);
        p[0] = color[0];
        p[1] = color[1];
        p[2] = color[2];
      }
  }
}

}  // namespace patchdiff::inspect
