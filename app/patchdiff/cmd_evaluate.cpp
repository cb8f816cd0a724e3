// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff evaluate: the training loss of checkpoints on a held-out folder of images, on
// identical (x0, t, noise) draws for every checkpoint, so that two trainings of one model
// can be compared by a number (core/training/loss_evaluation).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/progress_bar.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/model/model_loader.h"
#include "core/training/loss_evaluation.h"

namespace patchdiff::cli {

namespace {

//: patchdiff evaluate --help. Keep flag names, values, file patterns and the symbols (x0, t,
//: T, q0..q3) as they are; keep the layout.
const char* kEvaluateHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]\n"
    "                          [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]\n"
    "                          [--threads N] [--entry NAME] [model/diffusion flags]\n"
    "The training loss (the trainer's: weighted x0 MSE plus the variational bound with learned\n"
    "sigma, with the model's --weight_schedule) of each checkpoint on every image of DIR\n"
    "(centre crops, no flips, the true class labels: no label dropout), K times per image with\n"
    "t uniform over the diffusion steps and Gaussian noise drawn from a generator seeded by\n"
    "(seed, image, draw) alone: every checkpoint, batch size and device sees the same\n"
    "(x0, t, noise) triples. Prints each term's mean with the standard error of the mean over\n"
    "the draws, overall and per quartile of t (q0: t < T/4 ... q3: the noisiest), and for a\n"
    "second checkpoint onwards its paired difference to the first (same draws, so its error\n"
    "is much smaller than either mean's). Use it on images the models were not trained on.\n"
    "  --model_path         checkpoints, comma separated (.pt files or bundled model names)\n"
    "  --data_dir           the images (.jpg/.jpeg/.png/.gif below DIR; classes from the file\n"
    "                       names as `patchdiff train` reads them)\n"
    "  --samples_per_image  draws of (t, noise) per image (default 4)\n"
    "  --seed               the draws' seed (default 0)\n"
    "  --batch_size         images per network pass (default 32; does not change the numbers\n"
    "                       beyond float rounding)\n"
    "  --device             cpu (default) or cuda; fp32 either way\n"
    "  --json FILE          also write the numbers (and the paired differences) as JSON\n");

// File names, or whole paths where two checkpoints share a file name.
std::vector<std::string> column_names(const std::vector<std::string>& paths) {
  std::vector<std::string> names;
  std::set<std::string> seen, repeated;
  for (const auto& p : paths) {
    const auto name = std::filesystem::path(p).filename().string();
    if (!seen.insert(name).second) repeated.insert(name);
  }
  for (const auto& p : paths) {
    const auto name = std::filesystem::path(p).filename().string();
    names.push_back(repeated.count(name) ? p : name);
  }
  return names;
}

std::string with_error(const training::MeanAndError& m) {
  char text[64];
  if (m.count == 0) return "-";
  std::snprintf(text, sizeof text, "%.5f ± %.5f", m.mean, m.sem);
  return text;
}

// Pads to `width` display columns (the ± sign is one column but two bytes).
std::string pad_columns(std::string text, size_t width) {
  size_t columns = 0;
  for (unsigned char c : text) columns += (c & 0xC0) != 0x80;
  if (columns < width) text.append(width - columns, ' ');
  return text;
}

void print_table(const std::vector<training::Evaluation>& evaluations, const std::vector<std::string>& names) {
  size_t name_width = 10;
  for (const auto& n : names) name_width = std::max(name_width, n.size());
  const auto& first = evaluations.front();
  // The headings are the terms' and the JSON's names: English, as in the other tables.
  std::printf("%s  %-4s  %s  %-19s  %-19s  %-19s  %s\n", pad_columns("checkpoint", name_width).c_str(), "term",
              pad_columns("mean ± sem", 19).c_str(), "q0 (low noise)", "q1", "q2", "q3 (high noise)");
  for (size_t i = 0; i < evaluations.size(); ++i) {
    const auto& e = evaluations[i];
    bool first_row = true;
    for (const auto& term : training::term_names(e)) {
      const auto& s = e.summary.at(term);
      std::printf("%s  %-4s  %s", pad_columns(first_row ? names[i] : "", name_width).c_str(), term.c_str(),
                  pad_columns(with_error(s.all), 19).c_str());
      for (const auto& q : s.quartiles) std::printf("  %s", pad_columns(with_error(q), 19).c_str());
      std::printf("\n");
      first_row = false;
    }
  }
  if (evaluations.size() > 1) {
    std::printf("\n%s\n",
                format(translate("patchdiff", "paired difference to %1 (same draws; negative: lower loss than it)"),
                       {names.front()})
                    .c_str());
    for (size_t i = 1; i < evaluations.size(); ++i) {
      std::printf("%s", pad_columns(names[i], name_width).c_str());
      for (const auto& term : training::term_names(evaluations[i])) {
        if (!first.values.count(term)) continue;
        const auto d = training::paired_difference(first, evaluations[i], term);
        char text[96];
        std::snprintf(text, sizeof text, "  %s %+.5f ± %.5f", term.c_str(), d.mean, d.sem);
        std::printf("%s", text);
      }
      std::printf("\n");
    }
  }
}

}  // namespace

int cmd_evaluate(const Args& raw) {
  const auto args = parse_command_args(
      raw, {"model_path", "data_dir", "samples_per_image", "seed", "batch_size", "device", "json", "threads", "entry"},
      {}, {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kEvaluateHelp).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  const auto paths = resolve_model_paths(model::split_commas(args.get("model_path")));
  if (paths.empty())
    throw ConfigError(translate("patchdiff", "--model_path is required: one or more checkpoints, comma separated"));
  const std::string data_dir = args.get("data_dir");
  if (data_dir.empty())
    throw ConfigError(
        translate("patchdiff", "--data_dir is required: a folder of images the models were not trained on"));

  training::EvaluationOptions options;
  if (args.has("samples_per_image"))
    options.samples_per_image = model::parse_int("samples_per_image", args.get("samples_per_image"));
  if (args.has("seed")) options.seed = std::stoull(args.get("seed"));
  if (args.has("batch_size")) options.batch_size = model::parse_int("batch_size", args.get("batch_size"));
  if (options.samples_per_image < 1)
    throw ConfigError(translate("patchdiff", "--samples_per_image must be at least 1"));
  if (options.batch_size < 1) throw ConfigError(translate("patchdiff", "--batch_size must be at least 1"));
  const std::string device_name = args.get("device", "cpu");
  options.device = torch::Device(device_name == "cuda" ? "cuda:0" : device_name);
  if (options.device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));
  use_threads_option(args);

  std::vector<training::Evaluation> evaluations;
  const auto names = column_names(paths);
  for (size_t i = 0; i < paths.size(); ++i) {
    const auto loaded = model::load_model(paths[i], args.flags, args.get("entry"));
    for (const auto& w : loaded.config.warnings) print_warning(w);
    const auto folder = training::evaluation_folder(loaded, data_dir, [](const std::string& w) { print_warning(w); });
    std::unique_ptr<ProgressBar> bar = std::make_unique<ProgressBar>(names[i], static_cast<long long>(folder.size()),
                                                                     translate("patchdiff", "images", "progress unit"));
    evaluations.push_back(training::evaluate_loss(loaded, folder, options, [&](int64_t done, int64_t) { bar->update(done); }));
    bar->finish();
  }
  const auto& first = evaluations.front();
  //: %1 the folder, %2 images, %3 draws of (t, noise) per image, %4 their seed, %5 the diffusion's steps.
  std::printf("%s\n", format(translate("patchdiff",
                                       "training loss on %1: %2 images x %3 draws (seed %4), t uniform "
                                       "over %5 steps, true labels"),
                             {data_dir, std::to_string(first.images), std::to_string(first.samples_per_image),
                              std::to_string(first.seed), std::to_string(first.num_steps)})
                          .c_str());
  if (!first.skipped.empty())
    std::printf("%s\n", format(translate("patchdiff", "(%1 undecodable files left out)"),
                               {std::to_string(first.skipped.size())})
                            .c_str());
  print_table(evaluations, names);
  if (args.has("json")) {
    io::write_file_atomic(args.get("json"), training::evaluations_to_json(evaluations));
    std::printf("%s\n", format(translate("patchdiff", "wrote %1"), {args.get("json")}).c_str());
  }
  return 0;
}

}  // namespace patchdiff::cli
