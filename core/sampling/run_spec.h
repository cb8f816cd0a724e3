// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything needed to redo a sampled image, as one JSON value: the checkpoints (with their
// SHA-256 and resolved flags), the sampler settings, the seed, the image's index and label.
// The CLI and the studio write it into each PNG (text chunk "patchdiff") and read it back.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model/model_loader.h"
#include "core/sampling/image_condition.h"
#include "core/sampling/sampler_settings.h"

namespace patchdiff::sampling {

struct CheckpointRef {
  std::string path;    // as given (absolute when written by the studio)
  std::string sha256;  // of the file
  std::string entry;   // wrapped entry used ("ema"), or empty
  std::map<std::string, std::string> flags;  // resolved model and diffusion flags
};

// The image a run started from (image-to-image, inpainting): the file as given and its
// SHA-256, and the pixels the run used (at the model's size, PNG) so that the image
// regenerates from its own PNG even where the input file is gone. The same for the mask.
struct InputImageRef {
  std::string path, sha256;
  std::string pixels_png;  // uint8 [S, S, 3] as PNG bytes
  std::string mask_path, mask_sha256;
  std::string mask_png;    // uint8 [S, S] gray PNG (255 regenerate), empty without a mask
};

struct RunSpec {
  std::vector<CheckpointRef> checkpoints;  // split order, high SNR first
  SamplerSettings settings;  // solver, schedule (respacing, splits), guidance, ...
  uint64_t seed = 0;
  std::string device = "cpu";
  std::string precision = "float32";
  bool injected_noise = false;  // x_T or step noise came from a file: the seed alone cannot redo it
  // Per image (filled for each image's own PNG):
  int64_t image_index = 0;
  int64_t label = -1;  // -1: unconditional
  std::string class_name;
  // The image this one started from (settings.strength); shared, not copied, by the
  // descriptions of a run's images (a run of N variations holds one input).
  std::shared_ptr<const InputImageRef> input;
};

std::string to_json(const RunSpec& spec);
// Throws ConfigError naming what is missing or malformed.
RunSpec run_spec_from_json(const std::string& json_text);

// The reference of an input image: pixels uint8 [S, S, 3], mask uint8 [S, S] or undefined.
InputImageRef input_image_ref(const std::string& path, const std::string& sha256, const torch::Tensor& pixels,
                              const std::string& mask_path = {}, const std::string& mask_sha256 = {},
                              const torch::Tensor& mask = {});
// The one input a reference describes, as a run takes it. IoError for undecodable pixels.
InitImages init_images_of(const InputImageRef& ref);

// The checkpoint reference of a loaded model (hashes the file).
CheckpointRef checkpoint_ref(const model::LoadedModel& model);

}  // namespace patchdiff::sampling
