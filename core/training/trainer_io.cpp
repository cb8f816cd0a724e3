// SPDX-License-Identifier: GPL-3.0-or-later
// Trainer: checkpoints (writing, resuming), sidecars and sample grids.
#include <ATen/Context.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/model/model_loader.h"
#include "core/model/sidecar.h"
#include "core/sampling/sample_writer.h"
#include "core/sampling/sample_images.h"
#include "core/training/trainer.h"

namespace patchdiff::training {

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

// Keeps the default CPU generator (dropout's stream) untouched by a network's construction.
struct DefaultGeneratorGuard {
  at::Generator gen = at::globalContext().defaultGenerator(at::kCPU);
  torch::Tensor state = gen.get_state();
  ~DefaultGeneratorGuard() { gen.set_state(state); }
};

}  // namespace

std::string source_git_revision() {
  std::error_code ec;
  // This file is core/training/trainer_io.cpp of the source tree.
  fs::path git = fs::path(__FILE__).parent_path().parent_path().parent_path() / ".git";
  if (fs::is_regular_file(git, ec)) {  // a worktree: "gitdir: <path>"
    const std::string link = trim(read_text(git));
    if (link.rfind("gitdir: ", 0) != 0) return "unknown";
    git = fs::path(link.substr(8));
  }
  if (!fs::is_directory(git, ec)) return "unknown";
  const std::string head = trim(read_text(git / "HEAD"));
  if (head.rfind("ref: ", 0) != 0) return head.empty() ? "unknown" : head;  // detached
  const std::string ref = head.substr(5);
  std::vector<fs::path> dirs{git};
  if (fs::is_regular_file(git / "commondir", ec)) dirs.push_back(git / trim(read_text(git / "commondir")));
  for (const auto& dir : dirs) {
    if (fs::is_regular_file(dir / ref, ec)) return trim(read_text(dir / ref));
    std::ifstream packed(dir / "packed-refs");
    for (std::string line; std::getline(packed, line);)
      if (line.size() > 41 && line.compare(41, std::string::npos, ref) == 0) return line.substr(0, 40);
  }
  return "unknown";
}

std::string Trainer::sidecar_json(const std::string& what, double ema_rate) const {
  model::Sidecar sidecar;
  for (const auto& [name, flag] : m_config.flags) sidecar.flags[name] = flag.value;
  sidecar.class_names = m_folder->class_names();
  // Integer class prefixes carry no names: keep those of the checkpoint training started from.
  if (sidecar.class_names.empty()) sidecar.class_names = m_inherited_class_names;
  // A --num_classes above the data's count leaves rows no file names; name them so the
  // sidecar still lists one name per class.
  if (!sidecar.class_names.empty())
    for (int c = static_cast<int>(sidecar.class_names.size()); c < m_config.model.num_classes; ++c)
      sidecar.class_names.push_back("class_" + std::to_string(c));
  const std::string data_name = fs::path(m_options.data_dir).filename().string().empty()
                                    ? fs::path(m_options.data_dir).parent_path().filename().string()
                                    : fs::path(m_options.data_dir).filename().string();
  sidecar.title = data_name + " " + what + " step " + std::to_string(m_step);
  nlohmann::json training;
  training["step"] = m_step;
  training["samples"] = m_step * m_options.batch_size;
  training["data_dir"] = fs::absolute(m_options.data_dir).lexically_normal().string();
  training["images"] = m_folder->size();
  training["class_naming"] = m_folder->naming() == io::ClassNaming::Integer ? "integer"
                             : m_folder->naming() == io::ClassNaming::Word  ? "word"
                                                                            : "none";
  training["class_dropout_prob"] = m_class_dropout;
  training["ema_rate"] = ema_rate > 0 ? nlohmann::json(ema_rate) : nlohmann::json(nullptr);
  training["weights_dtype"] = ema_rate > 0 && m_options.ema_float16 ? "float16" : "float32";
  training["lr"] = m_options.lr;
  training["batch_size"] = m_options.batch_size;
  training["schedule_sampler"] = m_options.schedule_sampler;
  training["precision"] = to_string(m_precision);
  training["device"] = m_device.str();
  training["seed"] = m_options.seed;
  training["git_revision"] = source_git_revision();
  training["program"] = std::string("patchdiff train ") + PATCHDIFF_VERSION;
  sidecar.extra_json = nlohmann::json{{"training", training}}.dump();
  return model::sidecar_to_json(sidecar);
}

std::string Trainer::save() {
  const fs::path dir(m_log_dir);
  // The optimizer file first and the model file last: a model file on disk always has its
  // EMA and optimizer files beside it.
  model::StateDict opt;
  m_adam->save_state(opt);
  opt.insert("trainer.step", torch::tensor(m_step, torch::kLong));
  opt.insert("trainer.data_position", torch::tensor(m_loader->position(), torch::kLong));
  opt.insert("trainer.lg_loss_scale", torch::tensor(m_lg_loss_scale, torch::kFloat64));
  opt.insert("trainer.skipped_steps", torch::tensor(m_skipped, torch::kLong));
  opt.insert("trainer.nonfinite_in_row", torch::tensor(static_cast<int64_t>(m_nonfinite_in_row), torch::kLong));
  opt.insert("rng.train", m_gen.get_state());
  opt.insert("rng.torch_cpu", at::globalContext().defaultGenerator(at::kCPU).get_state());
  if (m_device.is_cuda()) opt.insert("rng.cuda", at::globalContext().defaultGenerator(m_device).get_state());
  m_sampler->save_state(opt);
  const std::string opt_path = (dir / opt_file_name(m_step)).string();
  model::save_state_dict(opt_path, opt);

  for (size_t r = 0; r < m_ema.size(); ++r) {
    model::StateDict ema;
    for (size_t i = 0; i < m_names.size(); ++i)
      ema.insert(m_names[i], m_options.ema_float16 ? m_ema[r][i].to(torch::kFloat16) : m_ema[r][i]);
    const double rate = m_options.ema_rates[r];
    const std::string path = (dir / ema_file_name(rate, m_step)).string();
    emit("saving EMA " + python_float_repr(rate) + " to " + path);
    model::save_state_dict(path, ema);
    io::write_file_atomic(model::sidecar_path_for(path), sidecar_json("EMA " + python_float_repr(rate), rate));
  }
  model::StateDict weights;
  for (size_t i = 0; i < m_names.size(); ++i) weights.insert(m_names[i], m_master[i]);
  const std::string path = (dir / model_file_name(m_step)).string();
  emit("saving model to " + path);
  model::save_state_dict(path, weights);
  io::write_file_atomic(model::sidecar_path_for(path), sidecar_json("model", 0.0));
  m_last_saved = m_step;
  return path;
}

void Trainer::resume_from(const std::string& model_path) {
  m_step = parse_resume_step(model_path);
  if (m_step == 0)
    warn("cannot read a step from the file name '" + model_path +
         "' (expected modelNNNNNN.pt); counting steps from 0 with fresh EMA and optimizer state");
  emit("loaded model from checkpoint: " + model_path + " (step " + std::to_string(m_step) + ")");
  const fs::path dir = fs::path(model_path).parent_path();
  torch::NoGradGuard no_grad;
  for (size_t r = 0; r < m_ema.size() && m_step > 0; ++r) {
    const double rate = m_options.ema_rates[r];
    const fs::path path = dir / ema_file_name(rate, m_step);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      warn("no " + path.filename().string() + " beside the checkpoint: EMA " + python_float_repr(rate) +
           " starts from the model's weights");
      continue;
    }
    const auto sd = model::read_checkpoint(path.string()).tensors;
    for (size_t i = 0; i < m_names.size(); ++i) {
      const auto& t = sd.at(m_names[i]);
      if (t.sizes() != m_ema[r][i].sizes())
        throw CheckpointError("'" + path.string() + "': " + m_names[i] + " has shape " + c10::str(t.sizes()) +
                              ", the model's is " + c10::str(m_ema[r][i].sizes()));
      m_ema[r][i].copy_(t);
    }
    emit("loaded EMA " + python_float_repr(rate) + " from " + path.string());
  }
  const fs::path opt = dir / opt_file_name(m_step);
  std::error_code ec;
  if (m_step > 0 && fs::is_regular_file(opt, ec)) load_opt_state(opt.string());
  else if (m_step > 0) warn("no " + opt.filename().string() + " beside the checkpoint: AdamW starts afresh");
  m_last_saved = m_step;
}

void Trainer::load_opt_state(const std::string& opt_path) {
  model::StateDict sd;
  try {
    sd = model::read_checkpoint(opt_path).tensors;
  } catch (const CheckpointError& e) {
    warn("cannot read the optimizer state in '" + opt_path + "' (" + e.what() + "); AdamW starts afresh");
    return;
  }
  if (!sd.contains("trainer.step")) {
    warn("'" + opt_path + "' was not written by patchdiff train (the original's optimizer "
         "state_dict does not name its parameters); AdamW, RNG and data order start afresh");
    return;
  }
  m_adam->load_state(sd, opt_path);
  m_resume_position = sd.at("trainer.data_position").item<int64_t>();
  m_lg_loss_scale = sd.at("trainer.lg_loss_scale").item<double>();
  m_skipped = sd.at("trainer.skipped_steps").item<int64_t>();
  m_nonfinite_in_row = static_cast<int>(sd.at("trainer.nonfinite_in_row").item<int64_t>());
  m_gen.set_state(sd.at("rng.train"));
  at::Generator cpu = at::globalContext().defaultGenerator(at::kCPU);
  cpu.set_state(sd.at("rng.torch_cpu"));
  if (m_device.is_cuda()) {
    if (const auto* cuda = sd.find("rng.cuda")) {
      at::Generator gen = at::globalContext().defaultGenerator(m_device);
      gen.set_state(*cuda);
    } else {
      warn("'" + opt_path + "' holds no CUDA RNG state (saved from a CPU run); noise continues from the seed");
    }
  }
  m_sampler->load_state(sd);
  emit("loaded optimizer, RNG and data position from " + opt_path);
}

model::UNet Trainer::ema_network(size_t rate_index) const {
  DefaultGeneratorGuard keep_stream;
  model::UNet net(m_config.model);
  model::StateDict sd;
  for (size_t i = 0; i < m_names.size(); ++i) sd.insert(m_names[i], m_ema.at(rate_index)[i]);
  model::copy_state_dict_strict(*net, sd, "EMA weights");
  net->to(m_device);
  net->eval();
  return net;
}

std::string Trainer::write_sample_grid() {
  constexpr int64_t kImages = 16;
  model::LoadedModel loaded;
  loaded.net = ema_network(0);
  loaded.config = m_config;
  loaded.path = "EMA " + python_float_repr(m_options.ema_rates.front()) + " at step " + std::to_string(m_step);
  const int steps = std::min(50, m_loss->diffusion().original_num_steps());
  sampling::SamplerSettings settings;
  settings.solver = "ddim";  // deterministic: grids of successive steps differ by the weights alone
  settings.timestep_respacing = std::to_string(steps);
  sampling::Sampler sampler({loaded}, settings, m_device);
  sampling::ImagesRequest request;
  request.num_images = kImages;
  request.batch_size = kImages;
  request.seed = m_options.seed;
  if (m_config.model.class_cond)  // every class in turn
    for (int64_t i = 0; i < kImages; ++i) request.labels.push_back(i % m_config.model.num_classes);
  const auto images = sampling::sample_images(sampler, settings, request).images;
  const auto grid = io::make_grid(io::to_uint8_nhwc(images), sampling::grid_columns(kImages));
  char name[64];
  std::snprintf(name, sizeof(name), "samples_%06lld.png", static_cast<long long>(m_step));
  const std::string path = (fs::path(m_log_dir) / name).string();
  io::write_png(path, grid);
  emit("sample grid (EMA, DDIM " + std::to_string(steps) +
       (m_config.model.class_cond ? ", guidance 1.5" : "") + ") in " + path);
  return path;
}

}  // namespace patchdiff::training
