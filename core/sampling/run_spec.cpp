// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/run_spec.h"

#include <nlohmann/json.hpp>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/base64.h"
#include "core/io/json_number.h"
#include "core/io/image.h"
#include "core/io/sha256.h"
#include "core/message.h"

namespace patchdiff::sampling {

using nlohmann::json;

namespace {

// Version 1 (until 0.x): DDPM or DDIM as a boolean, every other field as today.
SamplerSettings settings_from_v1(const json& smp) {
  SamplerSettings s;
  s.solver = smp.at("use_ddim").get<bool>() ? "ddim" : "ddpm";
  s.eta = smp.at("eta").get<double>();
  s.guidance_scale = smp.at("guidance_scale").get<double>();
  s.dynamic_threshold = threshold_mode_from_string(smp.at("dynamic_threshold").get<std::string>());
  s.clip_denoised = smp.at("clip_denoised").get<bool>();
  s.timestep_respacing = smp.at("timestep_respacing").get<std::string>();
  s.snr_splits = smp.at("snr_splits").get<std::vector<double>>();
  return s;
}

}  // namespace

InputImageRef input_image_ref(const std::string& path, const std::string& sha256, const torch::Tensor& pixels,
                              const std::string& mask_path, const std::string& mask_sha256, const torch::Tensor& mask) {
  InputImageRef ref;
  ref.path = path;
  ref.sha256 = sha256;
  ref.pixels_png = io::encode_png(pixels.to(torch::kUInt8).contiguous());
  if (mask.defined()) {
    ref.mask_path = mask_path;
    ref.mask_sha256 = mask_sha256;
    ref.mask_png = io::encode_png(mask.to(torch::kUInt8).unsqueeze(2).contiguous());
  }
  return ref;
}

InitImages init_images_of(const InputImageRef& ref) {
  InitImages inputs;
  inputs.pixels = io::decode_image(ref.pixels_png, "the run's input image").unsqueeze(0).contiguous();
  if (!ref.mask_png.empty()) {
    const auto mask = io::decode_image(ref.mask_png, "the run's mask").select(2, 0).unsqueeze(0).contiguous();
    inputs.masks = mask;
  }
  validate_init_images(inputs, inputs.pixels.size(1));
  if (inputs.pixels.size(1) != inputs.pixels.size(2))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the run's input image is not square (%1)"),
                          {c10::str(inputs.pixels.sizes())}));
  return inputs;
}

CheckpointRef checkpoint_ref(const model::LoadedModel& m) {
  CheckpointRef ref;
  ref.path = m.path;
  ref.sha256 = io::sha256_file_hex(m.path);
  ref.entry = m.entry;
  for (const auto& [name, flag] : m.config.flags) ref.flags[name] = flag.value;
  return ref;
}

std::string to_json(const RunSpec& s) {
  json j;
  j["format"] = "patchdiff-run/2";
  j["patchdiff_version"] = PATCHDIFF_VERSION;
  json checkpoints = json::array();
  for (const auto& c : s.checkpoints)
    checkpoints.push_back({{"path", c.path}, {"sha256", c.sha256}, {"entry", c.entry}, {"flags", c.flags}});
  j["checkpoints"] = checkpoints;
  j["sampler"] = json::parse(to_json(s.settings));
  j["seed"] = s.seed;
  j["device"] = s.device;
  j["precision"] = s.precision;
  j["injected_noise"] = s.injected_noise;
  j["image_index"] = s.image_index;
  if (s.label >= 0) {
    j["label"] = s.label;
    j["class_name"] = s.class_name;
  }
  if (s.input) {
    json input = {{"path", s.input->path}, {"sha256", s.input->sha256},
                  {"pixels_png_base64", io::base64_encode(s.input->pixels_png)}};
    if (!s.input->mask_png.empty())
      input["mask"] = {{"path", s.input->mask_path}, {"sha256", s.input->mask_sha256},
                       {"pixels_png_base64", io::base64_encode(s.input->mask_png)}};
    j["input"] = input;
  }
  return j.dump();
}

RunSpec run_spec_from_json(const std::string& text) {
  try {
    const json j = json::parse(text);
    const std::string format = j.value("format", "");
    if (format != "patchdiff-run/1" && format != "patchdiff-run/2")
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "not a patchdiff run description (format '%1')"), {format}));
    RunSpec s;
    for (const auto& c : j.at("checkpoints")) {
      CheckpointRef ref;
      ref.path = c.at("path").get<std::string>();
      ref.sha256 = c.value("sha256", "");
      ref.entry = c.value("entry", "");
      ref.flags = c.at("flags").get<std::map<std::string, std::string>>();
      s.checkpoints.push_back(ref);
    }
    if (s.checkpoints.empty()) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the run names no checkpoint"), {}));
    const auto& smp = j.at("sampler");
    s.settings = format == "patchdiff-run/1" ? settings_from_v1(smp) : sampler_settings_from_json(smp.dump());
    s.seed = io::json_integer<uint64_t>(j.at("seed"), "the seed");
    s.device = j.value("device", "cpu");
    s.precision = j.value("precision", "float32");
    s.injected_noise = j.value("injected_noise", false);
    s.image_index = io::json_integer<int64_t>(j.at("image_index"), "image_index");
    s.label = io::json_integer_or<int64_t>(j, "label", -1, "the label");
    s.class_name = j.value("class_name", "");
    if (j.contains("input")) {
      const auto& in = j.at("input");
      InputImageRef ref;
      ref.path = in.value("path", "");
      ref.sha256 = in.value("sha256", "");
      ref.pixels_png = io::base64_decode(in.at("pixels_png_base64").get<std::string>());
      if (in.contains("mask")) {
        const auto& m = in.at("mask");
        ref.mask_path = m.value("path", "");
        ref.mask_sha256 = m.value("sha256", "");
        ref.mask_png = io::base64_decode(m.at("pixels_png_base64").get<std::string>());
      }
      s.input = std::make_shared<const InputImageRef>(std::move(ref));
    } else if (s.settings.strength < 1.0) {
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the run started from an image (strength %1) "
                                                          "but its description holds no input image"),
                                {std::to_string(s.settings.strength)}));
    }
    return s;
  } catch (const json::exception& e) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the run description is malformed: %1"), {e.what()}));
  }
}

}  // namespace patchdiff::sampling
