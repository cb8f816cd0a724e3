// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/flags.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <sstream>

#include "core/error.h"
#include "core/model/flag_suggest.h"

namespace patchdiff::model {

namespace {
using T = FlagType;
using G = FlagGroup;
}  // namespace

const std::vector<FlagSpec>& flag_specs() {
  // Defaults are the original's (guided-diffusion's script_util plus the patching additions).
  static const std::vector<FlagSpec> specs{
      {"image_size", T::Int, "64", G::Model, "pixel size of the square image"},
      {"patch_size", T::Int, "1", G::Model, "P: P x P pixels become one position"},
      {"num_channels", T::Int, "128", G::Model, "base width"},
      {"num_res_blocks", T::Int, "2", G::Model, "residual blocks per level"},
      {"channel_mult", T::String, "", G::Model, "level width multipliers, e.g. 1,2,2"},
      {"attention_resolutions", T::String, "16,8", G::Model, "patched resolutions with attention"},
      {"num_heads", T::Int, "4", G::Model, "attention heads (when num_head_channels is -1)"},
      {"num_head_channels", T::Int, "-1", G::Model, "width per attention head (-1: use num_heads)"},
      {"num_heads_upsample", T::Int, "-1", G::Model, "decoder heads (-1: num_heads)"},
      {"dropout", T::Float, "0.0", G::Model, "residual block dropout (training)"},
      {"class_cond", T::Bool, "False", G::Model, "class-conditional model"},
      {"num_classes", T::Int, "1000", G::Model, "classes (read from the weights; the null label is this number)"},
      {"classifier_free", T::Bool, "True", G::Model, "an extra null-label row for guidance"},
      {"use_checkpoint", T::Bool, "False", G::Model, "gradient checkpointing (no effect here)"},
      {"use_scale_shift_norm", T::Bool, "True", G::Model, "must be True"},
      {"resblock_updown", T::Bool, "False", G::Model, "resample with residual blocks"},
      {"use_fp16", T::Bool, "False", G::Model, "half-precision torso (CUDA)"},
      {"use_new_attention_order", T::Bool, "False", G::Model, "q,k,v split order"},
      {"learn_sigma", T::Bool, "False", G::Model, "variance head (6 output channels)"},
      {"diffusion_steps", T::Int, "1000", G::Diffusion, "T"},
      {"noise_schedule", T::String, "linear", G::Diffusion, "linear, linearX (e.g. linear0.025) or cosine"},
      {"timestep_respacing", T::String, "", G::Diffusion, "e.g. 250, 10,20,30 or ddim50"},
      {"model_mean_type", T::String, "xstart", G::Diffusion, "what the network predicts: xstart, eps or v"},
      {"sigma_small", T::Bool, "False", G::Diffusion, "fixed-small variance (without learn_sigma)"},
      {"use_kl", T::Bool, "False", G::Diffusion, "KL loss (training)"},
      {"rescale_learned_sigmas", T::Bool, "False", G::Diffusion, "rescaled vb term (training)"},
      {"rescale_timesteps", T::Bool, "False", G::Diffusion, "must be False (the network takes original timesteps)"},
      {"weight_schedule", T::String, "sqrt_snr", G::Diffusion, "loss weights: sqrt_snr, p2, snr, snr+1, truncated_snr"},
      {"snr_splits", T::String, "", G::Diffusion, "SNR boundaries between split checkpoints"},
      {"model_path", T::String, "", G::Sample, "checkpoint(s), comma separated, high SNR first"},
      {"clip_denoised", T::Bool, "True", G::Sample, "clamp the x0 prediction to [-1, 1]"},
      {"num_samples", T::Int, "10000", G::Sample, "images to generate"},
      {"batch_size", T::Int, "16", G::Sample, "images per batch"},
      {"use_ddim", T::Bool, "False", G::Sample, "DDIM instead of DDPM"},
      {"guidance_scale", T::Float, "1.5", G::Sample, "classifier-free guidance scale"},
      {"save_dir", T::String, "", G::Sample, "output folder"},
      {"data_dir", T::String, "", G::Train, "training images"},
      {"schedule_sampler", T::String, "uniform", G::Train, "uniform, uniform_split_K, loss-second-moment"},
      {"lr", T::Float, "1e-4", G::Train, "learning rate"},
      {"weight_decay", T::Float, "0.0", G::Train, "AdamW weight decay"},
      {"lr_anneal_steps", T::Int, "0", G::Train, "linear LR anneal length (0: none)"},
      {"batch_size", T::Int, "1", G::Train, "images per step"},
      {"microbatch", T::Int, "-1", G::Train, "-1: no microbatches"},
      {"ema_rate", T::String, "0.9999", G::Train, "comma list of EMA rates"},
      {"log_interval", T::Int, "10", G::Train, "steps between log lines"},
      {"save_interval", T::Int, "10000", G::Train, "steps between checkpoints"},
      {"resume_checkpoint", T::String, "", G::Train, "model checkpoint to resume from"},
      {"fp16_scale_growth", T::Float, "1e-3", G::Train, "fp16 loss scale growth"},
      // Beyond the original trainer.
      {"log_dir", T::String, "", G::Train, "checkpoint folder (default $OPENAI_LOGDIR, else ./train-<date>)"},
      {"class_dropout_prob", T::Float, "0.1", G::Train, "label dropout to the null label, so guidance works (class-conditional only)"},
      {"max_steps", T::Int, "0", G::Train, "stop at this total step (0: no limit)"},
      {"max_minutes", T::Float, "0", G::Train, "stop after this many minutes of this run (0: no limit)"},
      {"device", T::String, "auto", G::Train, "cpu, cuda, cuda:N or auto (CUDA when available)"},
      {"seed", T::Int, "0", G::Train, "seed of noise, timesteps, label dropout and data order"},
      {"precision", T::String, "", G::Train, "fp32, fp16 or bf16 (CUDA only); default fp16 with --use_fp16 True, else fp32"},
      {"sample_every", T::Int, "0", G::Train, "steps between sample grids in log_dir (0: never)"},
      {"random_crop", T::Bool, "False", G::Train, "random crops of 80-100% instead of centre crops"},
      {"random_flip", T::Bool, "True", G::Train, "random horizontal flips"},
      {"grad_clip", T::Float, "0", G::Train, "clip the gradient norm to this (0: off)"},
      {"num_workers", T::Int, "2", G::Train, "image decoding threads"},
      {"max_nonfinite", T::Int, "25", G::Train, "stop after this many non-finite steps in a row"},
      {"ema_dtype", T::String, "float32", G::Train, "float32, or float16 for EMA files half the size (like the original's use_fp16 files)"},
      {"save_format", T::String, "pt", G::Train, "checkpoint files: pt (torch.save, as the original) or safetensors (sidecar inside)"},
  };
  return specs;
}

const FlagSpec* find_flag(const std::string& name) {
  for (const auto& spec : flag_specs())
    if (name == spec.name) return &spec;
  return nullptr;
}

namespace {
const FlagSpec* find_flag_in(const std::string& name, const std::vector<FlagGroup>& groups) {
  for (const auto& spec : flag_specs())
    if (name == spec.name && std::find(groups.begin(), groups.end(), spec.group) != groups.end())
      return &spec;
  return nullptr;
}

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\n\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\n\r") - b + 1);
}
}  // namespace

std::vector<std::string> flag_names(const std::vector<FlagGroup>& groups) {
  std::vector<std::string> names;
  for (const auto& spec : flag_specs())
    if (std::find(groups.begin(), groups.end(), spec.group) != groups.end() &&
        std::find(names.begin(), names.end(), spec.name) == names.end())
      names.push_back(spec.name);
  return names;
}

const char* to_string(FlagSource source) {
  switch (source) {
    case FlagSource::User: return "user";
    case FlagSource::Sidecar: return "sidecar";
    case FlagSource::Weights: return "weights";
    case FlagSource::Default: return "default";
  }
  return "?";
}

const std::string& original_solver_flag() {
  static const std::string name = "use_ddim";
  return name;
}

std::string solver_from_original_flag(const std::string& text) {
  return parse_bool(original_solver_flag(), text) ? "ddim" : "ddpm";
}

std::string original_solver_text(const std::string& solver) {
  if (solver == "ddim") return original_solver_flag() + "=True";
  if (solver == "ddpm") return original_solver_flag() + "=False";
  return "";
}

bool parse_bool(const std::string& name, const std::string& text) {
  // The original's str2bool.
  const std::string v = lower(trim(text));
  if (v == "yes" || v == "true" || v == "t" || v == "y" || v == "1") return true;
  if (v == "no" || v == "false" || v == "f" || v == "n" || v == "0") return false;
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--%1 expects a boolean (True/False), got '%2'"), {name, text}));
}

int parse_int(const std::string& name, const std::string& text) {
  const std::string v = trim(text);
  errno = 0;
  char* end = nullptr;
  const long value = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno == ERANGE || value < INT32_MIN || value > INT32_MAX)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--%1 expects an integer, got '%2'"), {name, text}));
  return static_cast<int>(value);
}

double parse_double(const std::string& name, const std::string& text) {
  const std::string v = trim(text);
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || errno == ERANGE)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--%1 expects a number, got '%2'"), {name, text}));
  return value;
}

std::vector<double> parse_double_list(const std::string& name, const std::string& text) {
  std::vector<double> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (trim(item).empty()) continue;
    out.push_back(parse_double(name, item));
  }
  return out;
}

std::vector<int> parse_int_list(const std::string& name, const std::string& text) {
  std::vector<int> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (trim(item).empty()) continue;
    out.push_back(parse_int(name, item));
  }
  return out;
}

std::string canonical_value(const FlagSpec& spec, const std::string& text) {
  switch (spec.type) {
    case FlagType::Bool: return parse_bool(spec.name, text) ? "True" : "False";
    case FlagType::Int: return std::to_string(parse_int(spec.name, text));
    case FlagType::Float: {
      parse_double(spec.name, text);
      return trim(text);
    }
    case FlagType::String: return text;
  }
  return text;
}

std::vector<std::string> shell_split(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quote) {
      if (ch == quote) {
        quote = 0;
      } else if (ch == '\\' && quote == '"' && i + 1 < text.size() &&
                 (text[i + 1] == '"' || text[i + 1] == '\\')) {
        word += text[++i];
      } else {
        word += ch;
      }
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
      in_word = true;
    } else if (ch == '\\' && i + 1 < text.size()) {
      if (text[i + 1] != '\n') word += text[i + 1];
      ++i;
      in_word = true;
    } else if (std::isspace(static_cast<unsigned char>(ch))) {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += ch;
      in_word = true;
    }
  }
  if (quote) {
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "unterminated quote (%1) in '%2'"), {std::string(1, quote), text}));
  }
  if (in_word) words.push_back(word);
  return words;
}

FlagValues parse_flag_args(const std::vector<std::string>& args,
                           const std::vector<FlagGroup>& groups) {
  FlagValues values;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0 || arg.size() == 2)
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "unexpected argument '%1' (flags look like --name value)"), {arg}));
    std::string name = arg.substr(2), value;
    const auto eq = name.find('=');
    if (eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    } else {
      if (i + 1 >= args.size()) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--%1 needs a value"), {name}));
      value = args[++i];
    }
    const FlagSpec* spec = find_flag_in(name, groups);
    if (!spec) throw UnknownFlagError(name, closest_name(name, flag_names(groups)));
    values[name] = canonical_value(*spec, value);
  }
  return values;
}

FlagValues parse_flag_string(const std::string& text, const std::vector<FlagGroup>& groups) {
  return parse_flag_args(shell_split(text), groups);
}

}  // namespace patchdiff::model
