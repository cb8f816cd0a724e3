// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/loss_evaluation.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/sampling/noise.h"
#include "core/training/progress_log.h"
#include "core/training/schedule_sampler.h"
#include "core/training/training_loss.h"

namespace patchdiff::training {

namespace {

constexpr uint64_t kEvaluateSalt = 0x4556414C55415445ull;  // "EVALUATE": held-out draws

double nan() { return std::numeric_limits<double>::quiet_NaN(); }

// The label of each file as the model numbers its classes.
std::vector<int64_t> model_labels(const model::LoadedModel& model, const io::ImageFolder& folder) {
  const auto& c = model.config.model;
  if (!c.class_cond) return {};
  std::vector<int64_t> labels = folder.labels();
  if (folder.naming() == io::ClassNaming::Word) {
    // Word prefixes are numbered within the folder; the model knows its names from its sidecar.
    std::vector<int64_t> to_model;
    std::string missing;
    for (const auto& name : folder.class_names()) {
      const auto it = std::find(model.class_names.begin(), model.class_names.end(), name);
      if (it == model.class_names.end()) missing += (missing.empty() ? "'" : ", '") + name + "'";
      to_model.push_back(it - model.class_names.begin());
    }
    if (!missing.empty()) {
      std::string known;
      for (const auto& n : model.class_names) known += (known.empty() ? "'" : ", '") + n + "'";
      throw ConfigError("the data in '" + folder.dir() + "' has classes " + missing + " that '" + model.path +
                        "' does not know (its classes: " + known + "); name the files by the model's classes");
    }
    for (auto& label : labels) label = to_model[static_cast<size_t>(label)];
    return labels;
  }
  if (folder.num_classes() > c.num_classes)
    throw ConfigError("the data in '" + folder.dir() + "' has class prefixes up to " +
                      std::to_string(folder.num_classes() - 1) + ", but '" + model.path + "' has " +
                      std::to_string(c.num_classes) + " classes (0 to " + std::to_string(c.num_classes - 1) + ")");
  return labels;
}

TermSummary summarise(const std::vector<double>& values, const std::vector<int64_t>& t, int num_steps) {
  TermSummary s;
  s.all = mean_and_error(values);
  std::array<std::vector<double>, 4> parts;
  for (size_t d = 0; d < values.size(); ++d) parts[static_cast<size_t>(t_quartile(t[d], num_steps))].push_back(values[d]);
  for (size_t q = 0; q < 4; ++q) s.quartiles[q] = mean_and_error(parts[q]);
  return s;
}

nlohmann::json to_json(const MeanAndError& m) {
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
  return {{"count", m.count}, {"mean", number(m.mean)}, {"sem", number(m.sem)}};
}

}  // namespace

MeanAndError mean_and_error(const std::vector<double>& values) {
  MeanAndError m;
  m.count = static_cast<int64_t>(values.size());
  m.mean = m.sem = nan();
  if (values.empty()) return m;
  double sum = 0;
  for (double v : values) sum += v;
  m.mean = sum / static_cast<double>(m.count);
  if (m.count < 2) return m;
  double squares = 0;
  for (double v : values) squares += (v - m.mean) * (v - m.mean);
  m.sem = std::sqrt(squares / static_cast<double>(m.count - 1) / static_cast<double>(m.count));
  return m;
}

std::vector<std::string> term_names(const Evaluation& evaluation) {
  std::vector<std::string> names;
  for (const char* name : {"loss", "mse", "vb"})
    if (evaluation.values.count(name)) names.push_back(name);
  return names;
}

LossDraw loss_draw(uint64_t seed, int64_t image, int64_t sample, int num_steps, int64_t image_size) {
  auto gen = at::make_generator<at::CPUGeneratorImpl>(
      sampling::derive_seed(seed ^ kEvaluateSalt, static_cast<uint64_t>(image), static_cast<uint64_t>(sample)));
  // The trainer's uniform sampler (its importance weights are all 1).
  const auto sampler = make_schedule_sampler("uniform", std::vector<double>(static_cast<size_t>(num_steps), 0.0), {});
  LossDraw draw;
  draw.t = sampler->sample(1, gen).t[0].item<int64_t>();
  draw.noise = torch::randn({3, image_size, image_size}, gen, torch::kFloat32);
  return draw;
}

io::ImageFolder evaluation_folder(const model::LoadedModel& model, const std::string& data_dir, io::WarningFn warn) {
  io::ImageFolderOptions options;
  options.image_size = model.config.model.image_size;
  options.class_cond = model.config.model.class_cond;
  options.random_crop = false;
  options.random_flip = false;
  return io::ImageFolder(data_dir, options, std::move(warn));
}

Evaluation evaluate_loss(const model::LoadedModel& model, const io::ImageFolder& folder,
                         const EvaluationOptions& options, const std::function<void(int64_t, int64_t)>& progress,
                         const std::atomic_bool* cancel) {
  const auto& config = model.config;
  if (!config.diffusion.snr_splits.empty())
    throw ConfigError("'" + model.path + "' is one part of a split model (--snr_splits): evaluate covers the "
                      "whole schedule with one network, so it does not take split models");
  if (options.samples_per_image < 1) throw ConfigError("--samples_per_image must be at least 1");
  if (options.batch_size < 1) throw ConfigError("--batch_size must be at least 1");
  if (folder.options().image_size != config.model.image_size || folder.options().random_flip ||
      folder.options().random_crop || folder.options().class_cond != config.model.class_cond)
    throw ConfigError("evaluate_loss: the folder was not opened for this model (use evaluation_folder)");
  const auto labels = model_labels(model, folder);

  const TrainingLoss loss(config.diffusion, options.device);
  const int64_t size = config.model.image_size;
  Evaluation e;
  e.checkpoint = model.path;
  e.title = model.title();
  e.data_dir = folder.dir();
  e.samples_per_image = options.samples_per_image;
  e.seed = options.seed;
  e.num_steps = loss.num_steps();
  std::vector<std::string> terms{"loss"};
  if (loss.has_mse()) terms.push_back("mse");
  if (loss.has_vb()) terms.push_back("vb");

  // Undecodable files are left out (ImageFolder::load would stand in the next file for them);
  // draws stay tied to file indices, so the other images keep their triples.
  std::vector<size_t> usable;
  for (size_t i = 0; i < folder.size(); ++i) {
    size_t used = 0;
    folder.load(i, 0, &used);
    if (used == i) usable.push_back(i);
    else e.skipped.push_back(folder.paths()[i]);
  }
  e.images = static_cast<int64_t>(usable.size());
  const int64_t K = options.samples_per_image;
  const int64_t total = e.images * K;

  model::UNet net = model.net;  // shared: the caller's network moves to the device too
  net->to(options.device);
  net->eval();
  c10::InferenceMode inference;
  for (int64_t first = 0; first < total; first += options.batch_size) {
    if (cancel && cancel->load()) throw Cancelled();
    const int64_t n = std::min(options.batch_size, total - first);
    std::vector<torch::Tensor> images, noises;
    std::vector<int64_t> ts, batch_labels;
    for (int64_t d = first; d < first + n; ++d) {
      const size_t file = usable[static_cast<size_t>(d / K)];
      images.push_back(folder.load(file, 0));
      auto draw = loss_draw(options.seed, static_cast<int64_t>(file), d % K, e.num_steps, size);
      ts.push_back(draw.t);
      noises.push_back(draw.noise);
      if (!labels.empty()) batch_labels.push_back(labels[file]);
    }
    const auto x_start = torch::stack(images).to(options.device);  // [n, 3, S, S]
    const auto noise = torch::stack(noises).to(options.device);
    const auto t = torch::tensor(ts, torch::kLong).to(options.device);
    const auto y = labels.empty() ? torch::Tensor() : torch::tensor(batch_labels, torch::kLong).to(options.device);
    const auto result = loss.terms(*net, x_start, t, noise, y);
    const std::map<std::string, torch::Tensor> by_name{{"loss", result.loss}, {"mse", result.mse}, {"vb", result.vb}};
    for (const auto& name : terms) {
      const auto v = by_name.at(name).to(torch::kCPU, torch::kFloat64).contiguous();
      auto& out = e.values[name];
      out.insert(out.end(), v.data_ptr<double>(), v.data_ptr<double>() + n);
    }
    e.t.insert(e.t.end(), ts.begin(), ts.end());
    if (progress) progress(std::min(e.images, (first + n) / K), e.images);
  }
  for (const auto& name : terms) e.summary[name] = summarise(e.values[name], e.t, e.num_steps);
  return e;
}

MeanAndError paired_difference(const Evaluation& a, const Evaluation& b, const std::string& term) {
  if (a.t != b.t || a.seed != b.seed || a.samples_per_image != b.samples_per_image || a.images != b.images)
    throw ConfigError("'" + a.checkpoint + "' and '" + b.checkpoint +
                      "' were not evaluated on the same draws (folder, seed and samples per image must match)");
  if (!a.values.count(term) || !b.values.count(term))
    throw ConfigError("the loss term '" + term + "' is missing from one of the evaluations");
  const auto& va = a.values.at(term);
  const auto& vb = b.values.at(term);
  std::vector<double> diff(va.size());
  for (size_t i = 0; i < va.size(); ++i) diff[i] = vb[i] - va[i];
  return mean_and_error(diff);
}

std::string evaluations_to_json(const std::vector<Evaluation>& evaluations) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& e : evaluations) {
    nlohmann::json j;
    j["checkpoint"] = e.checkpoint;
    j["title"] = e.title;
    j["data_dir"] = e.data_dir;
    j["images"] = e.images;
    j["samples_per_image"] = e.samples_per_image;
    j["seed"] = e.seed;
    j["num_steps"] = e.num_steps;
    j["skipped"] = e.skipped;
    for (const auto& name : term_names(e)) {
      const auto& s = e.summary.at(name);
      auto& term = j["terms"][name];
      term = to_json(s.all);
      for (size_t q = 0; q < 4; ++q) term["quartiles"].push_back(to_json(s.quartiles[q]));
      if (&e != &evaluations.front()) term["minus_first"] = to_json(paired_difference(evaluations.front(), e, name));
    }
    list.push_back(j);
  }
  return nlohmann::json{{"evaluations", list}}.dump(2) + "\n";
}

}  // namespace patchdiff::training
