// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `patchdiff convert`: a checkpoint from .pt (torch.save, the original's layout) to
// .safetensors or back, by the output's extension, tensors bit for bit unless a dtype is
// asked for, the sidecar carried over (into __metadata__, or a .json beside a .pt).
#include <string>

namespace patchdiff::training {

struct ConvertOptions {
  std::string dtype;     // "", float16 | bfloat16 | float32 (floating-point tensors only)
  std::string ema_rate;  // from a training run's model{N}: convert ema_{rate}_{N} beside it
  std::string entry;     // the state_dict of a file that wraps several
};

struct ConvertResult {
  std::string source;  // the file read (the EMA file with ema_rate)
  size_t tensors = 0;
};

// ConfigError for bad options or names, CheckpointError / IoError from reading and
// writing; `out` is then untouched.
ConvertResult convert_checkpoint(const std::string& in, const std::string& out, const ConvertOptions& options);

}  // namespace patchdiff::training
