// SPDX-License-Identifier: GPL-3.0-or-later
// A sample PNG as the studio's Open reads it: the chunk walk for the "patchdiff" text chunk,
// the run description (RunSpec JSON, a branch's recipe, an input image's embedded PNG), and
// the pixels themselves.
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes = fuzz::bytes_of(data, size);
  fuzz::expect_clean_errors([&] {
    const auto text = io::read_png_text(bytes, io::kPngMetadataKey);
    if (!text) return;
    const auto spec = sampling::run_spec_from_json(*text);
    if (spec.input) (void)sampling::init_images_of(*spec.input);
    (void)sampling::branch_from_json(*text);
  });
  fuzz::expect_clean_errors([&] { (void)io::decode_image(bytes, "fuzz.png"); });
  return 0;
}
