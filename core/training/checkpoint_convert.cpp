// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/checkpoint_convert.h"

#include <filesystem>

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/flags.h"
#include "core/model/model_loader.h"
#include "core/model/safetensors.h"
#include "core/model/sidecar.h"
#include "core/training/train_options.h"

namespace patchdiff::training {

namespace fs = std::filesystem;

namespace {

c10::ScalarType parse_dtype(const std::string& text) {
  if (text == "float16" || text == "fp16" || text == "half") return torch::kFloat16;
  if (text == "bfloat16" || text == "bf16") return torch::kBFloat16;
  if (text == "float32" || text == "fp32" || text == "float") return torch::kFloat32;
  throw ConfigError("--dtype must be float16, bfloat16 or float32, got '" + text + "'");
}

bool is_checkpoint_name(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".pt" || ext == ".pth" || model::has_safetensors_extension(path);
}

// A training run's model{N}.pt -> ema_{rate}_{N}.pt beside it (same extension).
std::string ema_file_beside(const std::string& model_path, const std::string& rate_text) {
  const int64_t step = parse_resume_step(model_path);
  if (step == 0)
    throw ConfigError("--ema needs a training checkpoint modelNNNNNN.pt or .safetensors, got '" + model_path + "'");
  const double rate = model::parse_double("ema", rate_text);
  const fs::path path =
      fs::path(model_path).parent_path() / ema_file_name(rate, step, fs::path(model_path).extension().string());
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw ConfigError("there is no " + path.filename().string() + " beside '" + model_path + "' (--ema " +
                      rate_text + ")");
  return path.string();
}

}  // namespace

ConvertResult convert_checkpoint(const std::string& in, const std::string& out, const ConvertOptions& options) {
  if (!is_checkpoint_name(out)) throw ConfigError("OUT must end in .pt, .pth or .safetensors, got '" + out + "'");
  ConvertResult result;
  result.source = options.ema_rate.empty() ? in : ema_file_beside(in, options.ema_rate);
  const auto dtype = options.dtype.empty() ? std::optional<c10::ScalarType>() : parse_dtype(options.dtype);
  std::error_code ec;
  if (fs::equivalent(result.source, out, ec))
    throw ConfigError("OUT is the same file as IN ('" + result.source + "'): write to another name");

  model::CheckpointFile file = model::read_checkpoint(result.source, options.entry);
  const std::optional<model::Sidecar> sidecar = model::read_sidecar_for(result.source);
  model::StateDict tensors;
  for (const auto& [name, tensor] : file.tensors)
    tensors.insert(name, dtype && tensor.is_floating_point() ? tensor.to(*dtype) : tensor);
  model::save_checkpoint(out, tensors, sidecar);
  result.tensors = tensors.size();
  return result;
}

}  // namespace patchdiff::training
