// SPDX-License-Identifier: GPL-3.0-or-later
// The text parsers a user types into: a pasted MODEL_FLAGS/SAMPLE_FLAGS line (shell
// splitting, the flag table, values), the original's respacing strings, SNR splits, the
// studio's one-line sampler settings and compare's --vary. The first byte picks the parser.
#include "core/diffusion/respacing.h"
#include "core/diffusion/snr_splits.h"
#include "core/inspect/compare.h"
#include "core/model/flags.h"
#include "core/sampling/sampler_settings.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text = fuzz::bytes_of(data + 1, size - 1);
  switch (data[0] % 5) {
    case 0:
      fuzz::expect_clean_errors([&] {
        (void)model::parse_flag_string(text, {model::FlagGroup::Model, model::FlagGroup::Diffusion,
                                              model::FlagGroup::Sample});
      });
      break;
    case 1:
      fuzz::expect_clean_errors([&] { (void)diffusion::space_timesteps(1000, text); });
      break;
    case 2:
      fuzz::expect_clean_errors([&] { (void)diffusion::parse_snr_splits(text); });
      break;
    case 3:
      fuzz::expect_clean_errors([&] { (void)sampling::sampler_settings_from_string(text); });
      break;
    case 4:
      fuzz::expect_clean_errors([&] { (void)inspect::parse_vary(text); });
      break;
  }
  return 0;
}
