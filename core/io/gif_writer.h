// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Animated GIF (GIF89a, looping) through giflib: each frame gets its own 256-colour palette
// from giflib's median-cut quantizer, so a denoising sequence keeps its colours as they
// settle. Plain bytes in (no torch, no Qt), so the studio and tools can both use it.
#include <cstdint>
#include <string>
#include <vector>

namespace patchdiff::io {

struct GifFrame {
  int width = 0, height = 0;
  std::vector<uint8_t> rgb;  // width * height * 3, row by row
  int delay_cs = 10;         // how long the frame shows, in hundredths of a second
};

// GIF bytes of the frames (all the same size, at least one). `loop`: repeat forever
// (NETSCAPE2.0 extension) or play once. IoError when the frames are inconsistent or giflib fails.
std::string encode_gif(const std::vector<GifFrame>& frames, bool loop = true);

// encode_gif written atomically to `path` (IoError naming it on failure).
void write_gif(const std::string& path, const std::vector<GifFrame>& frames, bool loop = true);

}  // namespace patchdiff::io
