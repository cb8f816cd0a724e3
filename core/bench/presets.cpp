// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/presets.h"

#include <torch/torch.h>

#include "core/error.h"

namespace patchdiff::bench {

double Preset::anchor_ms(int64_t batch) const {
  if (batch == 1) return anchor_ms_batch1;
  if (batch == anchor_batch) return anchor_ms_batch;
  return 0;
}

namespace {
// The README's flags; LSUN P=4 and P=8 differ from P=2 only where noted.
const char* kLsunCommon =
    "--class_cond False --image_size 256 --learn_sigma True --noise_schedule linear "
    "--num_head_channels 64 --use_fp16 True --use_scale_shift_norm True "
    "--use_new_attention_order True";

std::vector<Preset> make_presets() {
  std::vector<Preset> list;
  auto add = [&](Preset p) { list.push_back(std::move(p)); };
  {
    Preset p;
    p.name = "lsun_p2";
    p.title = "LSUN 256, P=2";
    p.flags = std::string("--channel_mult '1,2,2,4,4' --patch_size 2 --num_channels 128 "
                          "--num_res_blocks 2 ") + kLsunCommon;
    p.params_millions = 122.9;
    p.gflop_per_image = 208.3;
    p.anchor_ms_batch1 = 20.9;
    p.anchor_ms_batch = 32.3;
    add(p);
  }
  {
    Preset p;
    p.name = "lsun_p4";
    p.title = "LSUN 256, P=4";
    p.flags = std::string("--channel_mult '1,1,2,2' --patch_size 4 --num_channels 256 "
                          "--num_res_blocks 2 ") + kLsunCommon;
    p.params_millions = 121.4;
    p.gflop_per_image = 131.6;
    p.anchor_ms_batch1 = 17.0;
    p.anchor_ms_batch = 24.9;
    add(p);
  }
  {
    Preset p;
    p.name = "lsun_p8";
    p.title = "LSUN 256, P=8";
    p.flags = std::string("--channel_mult '1,1.5,2' --patch_size 8 --num_channels 256 "
                          "--num_res_blocks 3 ") + kLsunCommon;
    p.params_millions = 121.0;
    p.gflop_per_image = 55.1;
    p.anchor_ms_batch1 = 25.3;
    p.anchor_ms_batch = 20.9;
    add(p);
  }
  {
    Preset p;
    p.name = "imagenet_p4";
    p.title = "ImageNet 256, P=4, guided 1.5, 2 splits";
    p.flags =
        "--snr_splits '0.25' --channel_mult '1,2,2,2' --class_cond True --patch_size 4 "
        "--image_size 256 --learn_sigma True --noise_schedule linear --num_channels 256 "
        "--num_head_channels 64 --num_res_blocks 3 --use_fp16 True --use_scale_shift_norm True "
        "--use_new_attention_order True";  // 1000 classes: the num_classes default
    p.num_models = 2;
    p.snr_splits = "0.25";
    p.guidance_scale = 1.5;
    p.params_millions = 202.2;
    p.gflop_per_image = 250.2;  // per pass; guidance runs two
    p.anchor_ms_batch1 = 54.7;
    p.anchor_ms_batch = 73.9;
    add(p);
  }
  {
    Preset p;
    p.name = "ffhq_p4";
    p.title = "FFHQ 1024, P=4";
    p.flags =
        "--channel_mult '1,2,2,4,4,4' --class_cond False --patch_size 4 --image_size 1024 "
        "--learn_sigma True --noise_schedule linear0.025 --num_channels 128 "
        "--num_head_channels 64 --num_res_blocks 2 --use_fp16 True --use_scale_shift_norm True "
        "--use_new_attention_order True";
    p.params_millions = 162.7;
    p.gflop_per_image = 838.9;
    p.anchor_ms_batch1 = 34.0;
    p.anchor_batch = 4;
    p.anchor_ms_batch = 46.1;
    add(p);
  }
  // Small configurations for tests and smoke runs of the benchmark (no anchors).
  {
    Preset p;
    p.name = "tiny";
    p.title = "tiny 32, P=2 (smoke test)";
    p.flags =
        "--image_size 32 --num_channels 32 --channel_mult '1,2' --num_res_blocks 1 --patch_size 2 "
        "--learn_sigma True --num_head_channels 32 --attention_resolutions 16,8 "
        "--use_scale_shift_norm True --use_new_attention_order True --use_fp16 True";
    add(p);
  }
  {
    Preset p;
    p.name = "tiny_cond";
    p.title = "tiny 32, P=4, 5 classes, guided, 2 splits";
    p.flags =
        "--image_size 32 --num_channels 64 --channel_mult '1,1.5' --num_res_blocks 1 "
        "--patch_size 4 --learn_sigma True --num_head_channels 32 --attention_resolutions 8,4 "
        "--use_scale_shift_norm True --use_new_attention_order True --class_cond True "
        "--num_classes 5 --snr_splits 0.25 --use_fp16 True";
    p.num_models = 2;
    p.snr_splits = "0.25";
    p.guidance_scale = 1.5;
    add(p);
  }
  {
    Preset p;
    p.name = "tiny_legacy";
    p.title = "tiny 16, P=1, legacy attention, updown";
    p.flags =
        "--image_size 16 --num_channels 32 --channel_mult '1,2' --num_res_blocks 1 --patch_size 1 "
        "--learn_sigma True --num_heads 2 --num_head_channels -1 --attention_resolutions 8 "
        "--use_scale_shift_norm True --use_new_attention_order False --resblock_updown True";
    add(p);
  }
  return list;
}
}  // namespace

const std::vector<Preset>& presets() {
  static const std::vector<Preset> list = make_presets();
  return list;
}

const Preset& find_preset(const std::string& name) {
  for (const auto& p : presets())
    if (p.name == name) return p;
  std::string known;
  for (const auto& p : presets()) known += (known.empty() ? "" : ", ") + p.name;
  throw ConfigError("unknown preset '" + name + "' (presets: " + known + ")");
}

std::vector<std::string> anchor_preset_names() {
  std::vector<std::string> names;
  for (const auto& p : presets())
    if (p.has_anchor()) names.push_back(p.name);
  return names;
}

model::ResolvedConfig resolve_preset(const Preset& preset, const model::FlagValues& overrides) {
  auto flags = model::parse_flag_string(preset.flags, {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  for (const auto& [name, value] : overrides) flags[name] = value;
  return model::resolve_config({}, flags, {});
}

std::vector<model::LoadedModel> build_preset_models(const Preset& preset, uint64_t seed,
                                                    const model::FlagValues& overrides) {
  const auto config = resolve_preset(preset, overrides);
  std::vector<model::LoadedModel> models;
  torch::NoGradGuard no_grad;
  for (int i = 0; i < preset.num_models; ++i) {
    torch::manual_seed(seed + static_cast<uint64_t>(i));
    model::LoadedModel m;
    m.net = model::UNet(config.model);  // LibTorch's default initialisation: random
    // Speed does not depend on the weights, but no layer should be all zeros (the
    // original zero-initialises output convolutions; a zero layer could hide work).
    for (auto& p : m.net->parameters())
      if (p.numel() > 0 && p.abs().max().item<float>() == 0.0f) p.normal_(0.0, 0.02);
    m.net->eval();
    m.config = config;
    m.path = "preset:" + preset.name + (preset.num_models > 1 ? "#" + std::to_string(i) : "");
    for (const auto& p : m.net->parameters()) m.parameter_count += p.numel();
    for (int c = 0; c < config.model.num_classes; ++c) m.class_names.push_back(std::to_string(c));
    models.push_back(std::move(m));
  }
  return models;
}

}  // namespace patchdiff::bench
