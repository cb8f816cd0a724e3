// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/sampler_args.h"

#include <torch/torch.h>

#include "app/patchdiff/cli_tr.h"
#include "core/error.h"
#include "core/io/input_image.h"
#include "core/io/sha256.h"
#include "core/model/flags.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::cli {

std::set<std::string> with_sampler_options(std::set<std::string> own) {
  own.insert({"sampler", "schedule", "order", "eta", "dynamic_threshold"});
  return own;
}

sampling::SamplerSettings sampler_settings_from_args(const CommandArgs& args) {
  const std::string& solver_flag = model::original_solver_flag();
  sampling::SamplerSettings s;
  s.timestep_respacing = args.flag("timestep_respacing");
  s.solver = model::solver_from_original_flag(args.flag(solver_flag));
  if (args.has("sampler")) {
    // The original's flag set to True keeps meaning ddim; beside --sampler it must agree.
    if (args.flags.count(solver_flag) && s.solver == "ddim" && args.get("sampler") != "ddim")
      //: %1 the solver given with --sampler, %2 the original's DDIM flag name.
      throw ConfigError(format(translate("patchdiff", "--%2 True and --sampler %1 disagree: give one of them"),
                               {args.get("sampler"), solver_flag}));
    s.solver = args.get("sampler");
  }
  s.schedule = args.get("schedule", "uniform");
  s.order = args.has("order") ? model::parse_int("order", args.get("order")) : 0;
  s.eta = args.has("eta") ? model::parse_double("eta", args.get("eta")) : sampling::solver_info(s.solver).default_eta;
  s.guidance_scale = model::parse_double("guidance_scale", args.flag("guidance_scale"));
  s.clip_denoised = model::parse_bool("clip_denoised", args.flag("clip_denoised"));
  s.dynamic_threshold = sampling::threshold_mode_from_string(args.get("dynamic_threshold", "auto"));
  sampling::validate(s);
  return s;
}

std::set<std::string> with_image_options(std::set<std::string> own) {
  own.insert({"init_image", "mask", "strength", "repaint_jumps", "repaint_jump_length"});
  return own;
}

void read_image_settings(const CommandArgs& args, sampling::SamplerSettings& s) {
  if (args.has("strength")) s.strength = model::parse_double("strength", args.get("strength"));
  if (args.has("repaint_jumps")) s.repaint_jumps = model::parse_int("repaint_jumps", args.get("repaint_jumps"));
  if (args.has("repaint_jump_length"))
    s.repaint_jump_length = model::parse_int("repaint_jump_length", args.get("repaint_jump_length"));
  sampling::validate(s);
  if (!args.has("init_image")) {
    if (s.strength < 1.0)
      throw ConfigError(translate("patchdiff", "--strength below 1 starts from an image: give it with --init_image"));
    if (args.has("mask"))
      throw ConfigError(translate("patchdiff", "--mask marks the part of an --init_image to regenerate: give the image"));
  }
  if (s.repaint_jumps > 0 && !args.has("mask"))
    throw ConfigError(translate("patchdiff", "--repaint_jumps resamples an inpainting run: give a --mask"));
}

InputImages read_input_images(const CommandArgs& args, int size, bool notes) {
  InputImages out;
  if (!args.has("init_image")) return out;
  out.paths = io::input_image_paths(args.get("init_image"));
  std::vector<torch::Tensor> pixels, masks;
  std::string mask_bytes_sha;
  for (const auto& path : out.paths) {
    const auto image = io::read_input_image(path, size);
    torch::Tensor mask;
    if (args.has("mask")) {
      const std::string mask_path = args.get("mask");
      mask = io::read_mask(mask_path, image.source_width, image.source_height, size);
      if (mask_bytes_sha.empty()) mask_bytes_sha = io::sha256_file_hex(mask_path);
      masks.push_back(mask);
      out.refs.push_back(std::make_shared<const sampling::InputImageRef>(
          sampling::input_image_ref(path, image.sha256, image.pixels, mask_path, mask_bytes_sha, mask)));
    } else {
      out.refs.push_back(std::make_shared<const sampling::InputImageRef>(
          sampling::input_image_ref(path, image.sha256, image.pixels)));
    }
    // Said once the mask (if any) is known to fit, so a mistake is the only line.
    if (notes && image.resized())
      print_note(format(translate("patchdiff", "%1 is %2x%3: resized to %4x%4 as training resizes images "
                                               "(box halving, bicubic, centre crop)"),
                        {path, std::to_string(image.source_width), std::to_string(image.source_height),
                         std::to_string(size)}));
    pixels.push_back(image.pixels);
  }
  out.images.pixels = torch::stack(pixels);
  if (!masks.empty()) out.images.masks = torch::stack(masks);
  return out;
}

std::set<std::string> flags_setting(const std::string& setting) {
  if (setting == "sampler") return {"sampler", model::original_solver_flag()};
  return {setting};
}

}  // namespace patchdiff::cli
