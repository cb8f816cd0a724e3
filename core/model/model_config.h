// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The network's configuration: the original command line's model flags, resolved.
#include <string>
#include <vector>

namespace patchdiff::model {

struct ModelConfig {
  int image_size = 64;                 // pixels, before patching
  int patch_size = 1;                  // P
  int num_channels = 128;              // base width mc
  std::vector<double> channel_mult;    // resolved (never empty after resolve())
  int num_res_blocks = 2;
  std::vector<int> attention_resolutions{16, 8};  // patched resolutions
  int num_heads = 4;
  int num_head_channels = -1;
  int num_heads_upsample = -1;
  bool learn_sigma = false;
  bool class_cond = false;
  int num_classes = 0;                 // rows of label_embs minus the null row
  bool classifier_free = true;
  bool use_scale_shift_norm = true;
  bool use_new_attention_order = false;
  bool resblock_updown = false;
  bool use_fp16 = false;
  double dropout = 0.0;

  int patched_size() const { return image_size / patch_size; }
  int in_channels() const { return 3 * patch_size * patch_size; }
  int out_channels() const { return learn_sigma ? 6 : 3; }
  // Width of level l: int(mult * mc), as the original's int() truncation.
  int level_width(size_t level) const;
  // Width of the time embedding fed to residual blocks: int(mc * channel_mult[-1]).
  int time_embed_dim() const;
  int class_embed_dim() const;
  // The null label used for classifier-free guidance (== num_classes).
  int null_label() const { return num_classes; }
  // Checks ranges and consistency; throws ConfigError naming the flag.
  void validate() const;
};

// The original's default channel_mult for a patched resolution; throws ConfigError when
// the original has none (it raises for any other size).
std::vector<double> default_channel_mult(int patched_size);

}  // namespace patchdiff::model
