// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON texts we read directly: a run description (RunSpec, with a branch record and an
// input image), sampler settings, and a checkpoint's sidecar. The first byte picks the reader.
#include "core/model/sidecar.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sampler_settings.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text = fuzz::bytes_of(data + 1, size - 1);
  switch (data[0] % 3) {
    case 0:
      fuzz::expect_clean_errors([&] {
        const auto spec = sampling::run_spec_from_json(text);
        if (spec.input) (void)sampling::init_images_of(*spec.input);
        (void)sampling::branch_from_json(text);
      });
      break;
    case 1:
      fuzz::expect_clean_errors([&] { (void)sampling::sampler_settings_from_json(text); });
      break;
    case 2:
      fuzz::expect_clean_errors([&] { (void)model::parse_sidecar(text, "fuzz.json"); });
      break;
  }
  return 0;
}
