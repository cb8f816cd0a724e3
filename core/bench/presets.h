// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Named configurations (DiT's model registry): the original README's five sampling
// setups, built with random weights for benchmarks and tests, each with what the anchor
// table (../shared/anchors/peer-gpu.md) says of it as documented expectations.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/config_resolver.h"
#include "core/model/model_loader.h"

namespace patchdiff::bench {

struct Preset {
  std::string name;   // "lsun_p4"
  std::string title;  // "LSUN 256, P=4"
  std::string flags;  // the README's model and diffusion flags, verbatim
  int num_models = 1;      // split checkpoints of the same architecture
  std::string snr_splits;  // "" or "0.25"
  double guidance_scale = 1.0;

  // Expectations from the anchor table; 0 where the table has no row (test presets).
  double params_millions = 0;  // per network
  double gflop_per_image = 0;  // one forward pass of one image
  // The original's ms per reverse step on one H200 (use_fp16, eager, its own loop).
  double anchor_ms_batch1 = 0;
  int anchor_batch = 16;  // the table's larger batch (4 for FFHQ 1024)
  double anchor_ms_batch = 0;

  bool has_anchor() const { return anchor_ms_batch1 > 0; }
  // The anchor's ms/step at `batch`, or 0 when the table has no such row.
  double anchor_ms(int64_t batch) const;
};

// The README's five (lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4), then small
// configurations without anchors for tests and smoke runs (tiny, tiny_cond, tiny_legacy).
const std::vector<Preset>& presets();
// Throws ConfigError listing the known names.
const Preset& find_preset(const std::string& name);
// Names of the README's five.
std::vector<std::string> anchor_preset_names();

// The preset's flags resolved as a fresh network (no weights), `overrides` on top.
model::ResolvedConfig resolve_preset(const Preset& preset, const model::FlagValues& overrides = {});

// The preset's networks (num_models of them) with random weights drawn from `seed`,
// on the CPU in float32, as load_model would hand them over ("preset:<name>" as path).
std::vector<model::LoadedModel> build_preset_models(const Preset& preset, uint64_t seed = 0,
                                                    const model::FlagValues& overrides = {});

}  // namespace patchdiff::bench
