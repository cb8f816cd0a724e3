// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Captions without Qt: stb_easy_font's quads (a small segment font, ASCII 32..126) filled
// into an RgbImage at integer positions, so text is crisp at any integer scale.
#include <array>
#include <cstdint>
#include <string>

#include "core/inspect/compare_result.h"

namespace patchdiff::inspect {

using Rgb = std::array<uint8_t, 3>;

// Size in pixels of `text` (one line; other characters show as '?') at `scale`.
int text_width(const std::string& text, int scale = 1);
int text_height(int scale = 1);  // glyph cell height, descenders included

// Draws `text` with its top-left corner at (x, y); pixels outside the image are skipped.
void draw_text(RgbImage& image, int x, int y, const std::string& text, Rgb color, int scale = 1);

}  // namespace patchdiff::inspect
