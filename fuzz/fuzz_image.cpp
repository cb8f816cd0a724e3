// SPDX-License-Identifier: GPL-3.0-or-later
// The image decoder training, scoring and image-to-image read files with (stb_image: PNG,
// JPEG, BMP, GIF, ...), then the crop and resize to the model's size, and a mask's threshold.
#include <torch/torch.h>

#include "core/io/image_folder.h"
#include "core/io/input_image.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::expect_clean_errors([&] {
    const auto rgb = io::decode_rgb(fuzz::bytes_of(data, size), "fuzz image");
    (void)io::center_crop_arr(rgb, 16);
    (void)io::mask_to_size(rgb, 16);
  });
  return 0;
}
