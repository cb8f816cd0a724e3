// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training flags (the original image_train.py's, plus ours), resolved from the Train
// group of the flag table (core/model/flags.cpp).
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/flags.h"

namespace patchdiff::training {

enum class Precision { Fp32, Fp16, Bf16 };
const char* to_string(Precision precision);

struct TrainOptions {
  // The original's.
  std::string data_dir;
  std::string schedule_sampler = "uniform";  // uniform | uniform_split_K | loss-second-moment
  double lr = 1e-4;
  double weight_decay = 0.0;
  int64_t lr_anneal_steps = 0;
  int batch_size = 1;
  int microbatch = -1;  // -1: the whole batch at once
  std::vector<double> ema_rates{0.9999};
  std::string ema_rate_text = "0.9999";
  int64_t log_interval = 10;
  int64_t save_interval = 10000;
  std::string resume_checkpoint;
  double fp16_scale_growth = 1e-3;
  // Ours.
  std::string log_dir;
  double class_dropout_prob = 0.1;
  int64_t max_steps = 0;     // total step to stop at (0: none)
  double max_minutes = 0.0;  // wall time of this run (0: none)
  std::string device = "auto";
  uint64_t seed = 0;
  Precision precision = Precision::Fp32;
  bool precision_given = false;  // --precision was on the command line (else from --use_fp16)
  int64_t sample_every = 0;
  bool random_crop = false;
  bool random_flip = true;
  double grad_clip = 0.0;
  int num_workers = 2;
  int max_nonfinite = 25;
  bool ema_float16 = false;  // --ema_dtype float16: EMA files hold float16 (model and opt stay float32)
  std::string checkpoint_extension = ".pt";  // --save_format pt | safetensors
};

// Reads the Train-group flags of `flags` (defaults for the missing ones). `use_fp16` is the
// model flag: it makes fp16 the default precision, as in the original. ConfigError on bad
// values, naming the flag.
TrainOptions train_options_from_flags(const model::FlagValues& flags, bool use_fp16);

// The original's checkpoint file names: model{step:06d}.pt, ema_{rate}_{step:06d}.pt (rate as
// Python prints a float: 0.9999, 0.999, 1e-05), opt{step:06d}.pt (`extension` ".safetensors"
// with --save_format safetensors).
std::string model_file_name(int64_t step, const std::string& extension = ".pt");
std::string ema_file_name(double rate, int64_t step, const std::string& extension = ".pt");
std::string opt_file_name(int64_t step, const std::string& extension = ".pt");
// Python's repr() of a float (shortest round-trip form).
std::string python_float_repr(double value);
// The original's parse_resume_step_from_filename: the digits after the last "model" before
// the first dot of the rest; 0 when there are none.
int64_t parse_resume_step(const std::string& path);

}  // namespace patchdiff::training
