// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/train_options.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "core/error.h"

namespace patchdiff::training {

const char* to_string(Precision precision) {
  switch (precision) {
    case Precision::Fp32: return "fp32";
    case Precision::Fp16: return "fp16";
    case Precision::Bf16: return "bf16";
  }
  return "?";
}

namespace {

// The Train-group spec of `name` (batch_size exists in the Sample group too).
const model::FlagSpec& train_spec(const std::string& name) {
  for (const auto& spec : model::flag_specs())
    if (name == spec.name && spec.group == model::FlagGroup::Train) return spec;
  throw ConfigError("internal: no training flag --" + name);
}

}  // namespace

TrainOptions train_options_from_flags(const model::FlagValues& flags, bool use_fp16) {
  auto text = [&](const std::string& name) {
    auto it = flags.find(name);
    return it != flags.end() ? it->second : std::string(train_spec(name).default_value);
  };
  auto integer = [&](const std::string& name) { return model::parse_int(name, text(name)); };
  auto real = [&](const std::string& name) { return model::parse_double(name, text(name)); };
  auto boolean = [&](const std::string& name) { return model::parse_bool(name, text(name)); };

  TrainOptions o;
  o.data_dir = text("data_dir");
  o.schedule_sampler = text("schedule_sampler");
  o.lr = real("lr");
  o.weight_decay = real("weight_decay");
  o.lr_anneal_steps = integer("lr_anneal_steps");
  o.batch_size = integer("batch_size");
  o.microbatch = integer("microbatch");
  o.ema_rate_text = text("ema_rate");
  o.ema_rates = model::parse_double_list("ema_rate", o.ema_rate_text);
  o.log_interval = integer("log_interval");
  o.save_interval = integer("save_interval");
  o.resume_checkpoint = text("resume_checkpoint");
  o.fp16_scale_growth = real("fp16_scale_growth");
  o.log_dir = text("log_dir");
  o.class_dropout_prob = real("class_dropout_prob");
  o.max_steps = integer("max_steps");
  o.max_minutes = real("max_minutes");
  o.device = text("device");
  const int seed = integer("seed");
  if (seed < 0) throw ConfigError("--seed must be zero or positive");
  o.seed = static_cast<uint64_t>(seed);
  o.sample_every = integer("sample_every");
  o.random_crop = boolean("random_crop");
  o.random_flip = boolean("random_flip");
  o.grad_clip = real("grad_clip");
  o.num_workers = integer("num_workers");
  o.max_nonfinite = integer("max_nonfinite");
  const std::string ema_dtype = text("ema_dtype");
  if (ema_dtype != "float32" && ema_dtype != "float16")
    throw ConfigError("--ema_dtype must be float32 or float16, got '" + ema_dtype + "'");
  o.ema_float16 = ema_dtype == "float16";
  const std::string save_format = text("save_format");
  if (save_format != "pt" && save_format != "safetensors")
    throw ConfigError("--save_format must be pt or safetensors, got '" + save_format + "'");
  o.checkpoint_extension = "." + save_format;

  const std::string precision = text("precision");
  o.precision_given = !precision.empty();
  if (precision.empty()) o.precision = use_fp16 ? Precision::Fp16 : Precision::Fp32;
  else if (precision == "fp32" || precision == "float32") o.precision = Precision::Fp32;
  else if (precision == "fp16" || precision == "float16") o.precision = Precision::Fp16;
  else if (precision == "bf16" || precision == "bfloat16") o.precision = Precision::Bf16;
  else throw ConfigError("--precision must be fp32, fp16 or bf16, got '" + precision + "'");

  if (o.batch_size <= 0) throw ConfigError("--batch_size must be positive");
  if (o.microbatch == 0 || o.microbatch < -1) throw ConfigError("--microbatch must be positive or -1 (off)");
  if (o.ema_rates.empty()) throw ConfigError("--ema_rate needs at least one rate, e.g. 0.9999");
  for (double r : o.ema_rates)
    if (!(r > 0.0 && r < 1.0)) throw ConfigError("--ema_rate values must lie in (0, 1), got " + python_float_repr(r));
  if (o.lr < 0 || o.weight_decay < 0) throw ConfigError("--lr and --weight_decay must not be negative");
  if (o.log_interval <= 0) throw ConfigError("--log_interval must be positive");
  if (o.save_interval <= 0) throw ConfigError("--save_interval must be positive");
  if (o.lr_anneal_steps < 0 || o.max_steps < 0 || o.max_minutes < 0 || o.sample_every < 0)
    throw ConfigError("--lr_anneal_steps, --max_steps, --max_minutes and --sample_every must not be negative");
  if (!(o.class_dropout_prob >= 0.0 && o.class_dropout_prob < 1.0))
    throw ConfigError("--class_dropout_prob must lie in [0, 1)");
  if (o.grad_clip < 0) throw ConfigError("--grad_clip must not be negative (0 turns it off)");
  if (o.num_workers < 1) throw ConfigError("--num_workers must be at least 1");
  if (o.max_nonfinite < 1) throw ConfigError("--max_nonfinite must be at least 1");
  return o;
}

std::string python_float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof(buf), "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  std::string s = buf;
  // Python: exponent at least two digits ("1e-05"), and a ".0" on integral values.
  const auto e = s.find('e');
  if (e == std::string::npos) {
    if (s.find('.') == std::string::npos) s += ".0";
    return s;
  }
  std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
  const char sign = exponent[0];
  std::string digits = exponent.substr(1);
  while (digits.size() > 2 && digits[0] == '0') digits.erase(0, 1);
  if (digits.size() < 2) digits = "0" + digits;
  return mantissa + "e" + sign + digits;
}

namespace {
std::string step_text(int64_t step) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%06lld", static_cast<long long>(step));
  return buf;
}
}  // namespace

std::string model_file_name(int64_t step, const std::string& extension) {
  return "model" + step_text(step) + extension;
}
std::string ema_file_name(double rate, int64_t step, const std::string& extension) {
  return "ema_" + python_float_repr(rate) + "_" + step_text(step) + extension;
}
std::string opt_file_name(int64_t step, const std::string& extension) {
  return "opt" + step_text(step) + extension;
}

int64_t parse_resume_step(const std::string& path) {
  const auto pos = path.rfind("model");
  if (pos == std::string::npos) return 0;
  std::string rest = path.substr(pos + 5);
  rest = rest.substr(0, rest.find('.'));
  if (rest.empty() || rest.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(rest);
}

}  // namespace patchdiff::training
