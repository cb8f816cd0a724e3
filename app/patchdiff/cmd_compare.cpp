// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff compare: columns that differ in one thing (the checkpoint, or one sampling
// setting) from identical noise and labels; writes a comparison sheet and compare.json and
// prints the table. The studio's compare mode runs the same core code.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/progress_bar.h"
#include "app/patchdiff/score_args.h"
#include "core/error.h"
#include "core/inspect/compare.h"
#include "core/inspect/compare_sheet.h"
#include "core/inspect/quality_chart.h"
#include "app/patchdiff/sampler_args.h"
#include "core/io/atomic_file.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/model/model_loader.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sampler_catalog.h"
#include "core/score/compare_scorer.h"
#include "core/score/score.h"

namespace patchdiff::cli {

namespace {

// Images per column when --num_samples is not given: the sheet stacks them, so the original
// script's 10000 would be no sheet at all.
constexpr int64_t kDefaultImagesPerColumn = 4;

//: patchdiff compare --help. Keep flag names, their values, file names and the JSON field
//: names (checkpoint, patch_size, ...) as they are; keep the layout. %1 is the original's DDIM
//: flag name.
const char* kCompareHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [sampling flags] [--out DIR]\n"
    "       patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [sampling flags] [--out DIR]\n"
    "Runs columns that differ in one thing and share everything else (seed, x_T, labels,\n"
    "sampler settings), one after another, and writes DIR/compare.png (the columns side by\n"
    "side with captions) and DIR/compare.json (one object per column: checkpoint, patch_size,\n"
    "setting, params, gflop_per_pass, ms_per_step_median, total_s, rms_to_first).\n"
    "  --model_path        2 to 4 checkpoints, comma separated (columns), or one with --vary\n"
    "  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |\n"
    "                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |\n"
    "                      schedule=uniform,karras | steps=10,20 |\n"
    "                      strength=0.3,0.6,0.9 (with --init_image) (2 to 6 values)\n"
    "  --init_image, --strength, --mask, --repaint_jumps  every column starts from the\n"
    "                      image (see patchdiff sample)\n"
    "  --sampler, --schedule  every column's solver and schedule (see patchdiff sample)\n"
    "  --out               output folder (default .)\n"
    "  --num_samples       images per column (default 4), --batch_size (default 16)\n"
    "  --timestep_respacing, --guidance_scale (default 1.5), --%1, --eta,\n"
    "  --dynamic_threshold auto|on|off, --clip_denoised, --seed (default 0),\n"
    "  --class_labels 3,3,7 (default: drawn from the seed as 'sample' does),\n"
    "  --threads N, --device cpu|cuda, --entry NAME, and the original MODEL_FLAGS\n"
    "  --score N           also score every column: N more images each (classes balanced), their\n"
    "                      Fréchet distance and class accuracy against the data (see patchdiff\n"
    "                      score; 500 or more for a stable FD), in the table, compare.json and\n"
    "                      DIR/quality.png (FD against GFLOP per finished image); with\n"
    "                      --data_dir, --feature_net as patchdiff score takes them\n");

std::string human_count(int64_t n) {
  char text[32];
  if (n >= 1'000'000) std::snprintf(text, sizeof text, "%.2fM", n / 1e6);
  else if (n >= 1'000) std::snprintf(text, sizeof text, "%.1fk", n / 1e3);
  else std::snprintf(text, sizeof text, "%lld", static_cast<long long>(n));
  return text;
}

void print_table(const inspect::CompareResult& result) {
  int label_width = 6;
  for (const auto& c : result.columns) label_width = std::max(label_width, static_cast<int>(c.label.size()));
  std::printf("%-*s  %3s  %8s  %10s  %9s  %8s  %8s  %11s  %12s\n", label_width, "column", "P", "params",
              "GFLOP/pass", "ms/step", "total s", "speed-up", "GFLOP ratio", "RMS to first");
  for (const auto& c : result.columns)
    std::printf("%-*s  %3d  %8s  %10.3f  %9.1f  %8.2f  %8.2f  %11.3f  %12.4f\n", label_width, c.label.c_str(),
                c.patch_size, human_count(c.params).c_str(), c.gflop_per_pass, c.ms_per_step_median, c.total_s,
                c.speed_up, c.gflop_ratio, c.rms_to_first);
  const auto& first = result.columns.front();
  // The table's headings are units and compare.json's names; this note explains them.
  std::printf("%s\n",
              (first.passes_per_step > 1
                   ? translate("patchdiff",
                               "(ms/step: median wall time of one step of a batch; GFLOP per image per network "
                               "pass, x2 per step with guidance;\n speed-up and GFLOP ratio per image run relative "
                               "to the first column; RMS in [-1, 1])")
                   : translate("patchdiff",
                               "(ms/step: median wall time of one step of a batch; GFLOP per image per network "
                               "pass;\n speed-up and GFLOP ratio per image run relative to the first column; RMS "
                               "in [-1, 1])"))
                  .c_str());
  if (!result.scored()) return;
  const std::string floor_label = translate("patchdiff", "floor (held-out real)", "score table column");
  label_width = std::max(label_width, static_cast<int>(floor_label.size()));
  // The scored columns: FD and class accuracy beside the floor (held-out real images).
  std::printf("\n%-*s  %9s  %9s  %10s  %12s\n", label_width, "column", "FD", "class acc", "KID", "GFLOP/image");
  auto accuracy = [](const std::optional<double>& a) { return a ? c_format("%.3f", *a) : std::string("-"); };
  for (const auto& c : result.columns)
    if (c.score)
      std::printf("%-*s  %9.2f  %9s  %10.5f  %12.1f\n", label_width, c.label.c_str(), c.score->fd,
                  accuracy(c.score->class_accuracy).c_str(), c.score->kid, c.gflop_per_image());
  if (result.score_floor)
    std::printf("%s  %9.2f  %9s  %10.5f\n", pad(floor_label, label_width).c_str(),
                result.score_floor->fd, accuracy(result.score_floor->class_accuracy).c_str(), result.score_floor->kid);
  //: Below the scores of `patchdiff compare --score`: %1 images per column, %2 the feature
  //: network's file name.
  std::printf("%s\n", format(translate("patchdiff", "(%1 images per column, features of %2; the floor: as many "
                                                     "held-out real images)"),
                             {std::to_string(static_cast<long long>(result.columns.front().score
                                                                        ? result.columns.front().score->num_images
                                                                        : 0)),
                              std::filesystem::path(result.feature_net).filename().string()})
                          .c_str());
}

}  // namespace

int cmd_compare(const Args& raw) {
  const auto args = parse_command_args(
      raw,
      with_feature_net_options(with_image_options(
          with_sampler_options({"seed", "class_labels", "device", "threads", "entry", "vary", "out", "score"}))),
      {},
      {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
  if (args.help) {
    std::printf("%s", format(translate("patchdiff", kCompareHelp), {model::original_solver_flag()}).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  auto given = [&](const std::string& name) { return args.flags.count(name) > 0; };

  inspect::CompareRequest request;
  for (const auto& [name, value] : args.flags) {
    const auto* spec = model::find_flag(name);
    if (spec && (spec->group == model::FlagGroup::Model || spec->group == model::FlagGroup::Diffusion))
      request.model_flags[name] = value;
  }
  request.checkpoints = resolve_model_paths(model::split_commas(args.flag("model_path")));
  if (request.checkpoints.empty())
    throw ConfigError(
        translate("patchdiff", "--model_path is required: 2 to 4 checkpoints, comma separated, or one with --vary"));
  if (args.has("vary")) {
    const auto vary = inspect::parse_vary(args.get("vary"));
    request.varied = vary.setting;
    request.values = vary.values;
    for (const auto& name : flags_setting(inspect::to_string(vary.setting)))
      if (given(name) || args.has(name))
        //: %1 a flag given, %2 the setting --vary varies (the flag sets it).
        throw ConfigError(format(
            translate("patchdiff", "--%1 and --vary %2 both given: the varied setting takes its values from --vary"),
            {name, inspect::to_string(vary.setting)}));
  }
  request.settings = sampler_settings_from_args(args);
  if (request.varied == inspect::Varied::Strength && !args.has("init_image"))
    throw ConfigError(translate("patchdiff", "--vary strength starts every column from an image: give it with --init_image"));
  read_image_settings(args, request.settings);
  request.eta_given = args.has("eta");
  request.seed = args.has("seed") ? std::stoull(args.get("seed")) : 0;
  if (args.has("class_labels") && args.get("class_labels") != "random")
    for (int label : model::parse_int_list("class_labels", args.get("class_labels"))) request.class_labels.push_back(label);
  request.num_samples = given("num_samples") ? model::parse_int("num_samples", args.flag("num_samples")) : kDefaultImagesPerColumn;
  request.batch_size = model::parse_int("batch_size", args.flag("batch_size"));
  request.entry = args.get("entry");
  if (args.has("score")) {
    request.score_images = model::parse_int("score", args.get("score"));
    request.score_batch_size = std::max<int64_t>(request.batch_size, 1);
  }
  inspect::validate_request(request);  // counts and values, before loading anything

  use_threads_option(args);
  const std::string device_name = args.get("device", "cpu");
  request.device = torch::Device(device_name == "cuda" ? "cuda:0" : device_name);
  if (request.device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));
  const std::string out_dir = args.get("out", ".");
  if (args.has("init_image")) {
    // The inputs are brought to the model's size: read it from the first checkpoint.
    const int size = model::load_model(request.checkpoints.front(), request.model_flags, request.entry)
                         .config.model.image_size;
    request.init_images = read_input_images(args, size).images;
  }

  // The scorer is loaded (and its reference computed once) before anything is sampled.
  std::optional<score::FeatureNet> net;
  std::optional<score::Reference> reference;
  std::string net_path;
  if (request.score_images > 0) {
    net_path = feature_net_path(args);
    net = score::FeatureNet::load(net_path, feature_net_options(args));
    reference = load_reference(args, *net, net_path);
    request.scorer = score::compare_scorer(*net, *reference);
  }

  std::unique_ptr<ProgressBar> progress;
  int progress_column = -1;
  bool progress_scoring = false;
  inspect::CompareObserver observer;
  observer.progress = [&](const inspect::CompareProgress& p) {
    const int64_t batch = p.scoring ? request.score_batch_size : request.batch_size;
    const long long batches = (p.num_images + batch - 1) / batch;
    if (p.column != progress_column || p.scoring != progress_scoring) {
      if (progress) progress->finish();
      const std::string column = std::to_string(p.column + 1), columns = std::to_string(p.num_columns);
      std::string label;
      if (p.scoring)
        //: Progress label while the images a column is scored on are made: %1 the column, %2 of how many.
        label = format(translate("patchdiff", "scoring column %1/%2"), {column, columns});
      else
        label = format(translate("patchdiff", "column %1/%2"), {column, columns});
      progress = std::make_unique<ProgressBar>(label, batches * p.num_steps, translate("patchdiff", "steps"));
      progress_column = p.column;
      progress_scoring = p.scoring;
    }
    progress->update((p.images_done / batch) * p.num_steps + p.step + 1);
  };
  auto result = inspect::run_compare(request, observer);
  if (progress) progress->finish();
  if (net) {
    result.score_floor = score::to_column_score(score::floor_scores(*net, *reference, request.score_images));
    result.feature_net = net_path;
  }
  for (const auto& w : result.warnings) print_warning(w);

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec)
    throw IoError(format(translate("patchdiff", "cannot create the output folder '%1': %2"), {out_dir, ec.message()}));
  const std::string sheet = out_dir + "/compare.png", json = out_dir + "/compare.json";
  inspect::write_compare_sheet(sheet, result);
  io::write_file_atomic(json, inspect::to_json(result));

  print_table(result);
  std::printf("%s\n", format(translate("patchdiff", "wrote %1 and %2"), {sheet, json}).c_str());
  if (result.scored()) {
    const std::string chart = out_dir + "/quality.png";
    inspect::write_quality_chart(chart, result);
    std::printf("%s\n", format(translate("patchdiff", "wrote %1"), {chart}).c_str());
  }
  return 0;
}

}  // namespace patchdiff::cli
