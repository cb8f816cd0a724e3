// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small generated data sets and a tiny network for the training tests.
#include <torch/torch.h>

#include <filesystem>
#include <string>

#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/model/flags.h"
#include "core/training/train_options.h"
#include "support/shared_data.h"

namespace patchdiff::test {

// `count` PNGs of size x size: a two-colour split at a per-image offset, colours drawn from
// a few palettes (structured, so a small network learns something in a few steps). With
// `classes` > 0 the files are named "<class>_<i>.png" with class = i % classes, as
// integers or, with `words`, as "cls<c>".
inline std::string write_image_folder(int count, int size, int classes = 0, bool words = false,
                                      const std::string& dir = temp_dir()) {
  torch::manual_seed(1234);
  const auto palette = (torch::rand({4, 2, 3}) * 255).to(torch::kUInt8);
  for (int i = 0; i < count; ++i) {
    auto image = torch::empty({size, size, 3}, torch::kUInt8);
    const int split = size / 4 + (i * 7) % (size / 2);
    const auto colours = palette[i % 4];
    image.narrow(1, 0, split).copy_(colours[0].view({1, 1, 3}).expand({size, split, 3}));
    image.narrow(1, split, size - split).copy_(colours[1].view({1, 1, 3}).expand({size, size - split, 3}));
    std::string name = std::to_string(i) + ".png";
    if (classes > 0)
      name = (words ? "cls" + std::to_string(i % classes) : std::to_string(i % classes)) + "_" + name;
    io::write_file_atomic((std::filesystem::path(dir) / name).string(), io::encode_png(image));
  }
  return dir;
}

// A network of ~0.3M parameters on 16 x 16 images (patched to 8 x 8).
inline model::FlagValues tiny_model_flags(bool learn_sigma = true, bool class_cond = false) {
  return model::parse_flag_string(
      std::string("--image_size 16 --patch_size 2 --num_channels 32 --channel_mult 1,1 "
                  "--num_res_blocks 1 --attention_resolutions 4 --num_head_channels 32 "
                  "--use_new_attention_order True --diffusion_steps 1000 --noise_schedule linear") +
          " --learn_sigma " + (learn_sigma ? "True" : "False") + " --class_cond " +
          (class_cond ? "True" : "False"),
      {model::FlagGroup::Model, model::FlagGroup::Diffusion});
}

// Training options from a flag string of the Train group (defaults for the rest).
inline training::TrainOptions train_options(const std::string& text) {
  return training::train_options_from_flags(model::parse_flag_string(text, {model::FlagGroup::Train}),
                                            /*use_fp16=*/false);
}

}  // namespace patchdiff::test
