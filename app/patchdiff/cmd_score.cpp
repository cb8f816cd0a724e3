// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff score: measured sample quality (core/score): Fréchet distance, KID,
// precision/recall and class accuracy of a set of images against a data set's train split,
// beside the same numbers for its held-out real images (the floor); and `score train`, which
// trains the feature classifier those numbers are measured with.
// Its texts are translated (context "patchdiff"); the metric names FD and KID, flag names and
// the JSON keys stay as they are.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>
#include <torch/script.h>
#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/progress_bar.h"
#include "app/patchdiff/sampler_args.h"
#include "app/patchdiff/score_args.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/diffusion/snr_splits.h"
#include "core/io/image.h"
#include "core/model/comma_list.h"
#include "core/model/model_loader.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/sampler_catalog.h"
#include "core/sampling/sampler.h"
#include "core/model/flags.h"
#include "core/score/classifier_training.h"
#include "core/score/feature_net.h"
#include "core/score/image_set.h"
#include "core/score/reference.h"
#include "core/score/score.h"
#include "core/score/score_json.h"

namespace patchdiff::cli {

namespace fs = std::filesystem;

namespace {

//: patchdiff score --help. Keep flag names (--images), their values (auto|on|off), file names
//: (emoji64_features.pt, samples_NxHxWx3.npz, NET.pt), the JSON keys after --json, the metric
//: names FD and KID, arr_1, torch.jit.load and the attributes (input_size, classify) as they
//: are; keep the two-column layout.
const char* kScoreHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [options]\n"
    "       patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]\n"
    "Measures how close a set of images is to a data set: the Fréchet distance (FD) and KID\n"
    "between features of the images and of the data's train split, precision and recall\n"
    "(Kynkäänniemi et al. 2019, k = 3) and class accuracy (the share of images the classifier\n"
    "puts in their requested class), each beside its floor: the same numbers for the data's\n"
    "held-out real images (the same count, drawn once), which no generator is expected to beat.\n"
    "The features are the penultimate layer of the bundled emoji classifier\n"
    "(resources/score/emoji64_features.pt) or of any TorchScript network (--feature_net).\n"
    "  --images DIR|FILE   PNG folder as `patchdiff sample` writes it (classes from each PNG's\n"
    "                      metadata or a <class>_ file name prefix; *_grid.png skipped), or the\n"
    "                      original's samples_NxHxWx3.npz (classes in arr_1)\n"
    "  --labels L          the requested classes, comma separated (repeated over the images);\n"
    "                      overrides the ones found with the images\n"
    "  --class_accuracy    auto (default: when the images have classes) | on (an error without\n"
    "                      classes) | off\n"
    "  --data_dir DIR      the data set (DIR/train, DIR/heldout as `patchdiff data emoji DIR`\n"
    "                      writes them); needed once per network: its reference features are\n"
    "                      then cached beside it (or in ~/.cache/patchdiff) for later runs\n"
    "  --feature_net FILE  a TorchScript feature network (forward: images -> [N, D] features;\n"
    "                      optional classify(features) -> logits; attributes input_size,\n"
    "                      input_min, input_max), e.g. an exported InceptionV3 (docs/quality.md)\n"
    "  --feature_input_size S, --feature_input_range LO,HI   when the module does not say\n"
    "  --kid_subsets 100, --kid_subset_size 1000, --seed 0 (which subsets)\n"
    "  --json FILE         also write fd, kid, kid_std, precision, recall, class_accuracy,\n"
    "                      num_images and floor{the same keys} as JSON\n"
    "  --feature_batch_size 100, --threads N\n"
    "  --model_path A.pt --num_samples N [--repeats R] [sampling flags]: sample N images (classes\n"
    "                      balanced: image i asks for class i mod C, or --class_labels repeated)\n"
    "                      with `patchdiff sample`'s job and noise (--timestep_respacing,\n"
    "                      --sampler, --schedule, --order, --eta, --guidance_scale,\n"
    "                      --dynamic_threshold, --batch_size, --seed, --device, the original's\n"
    "                      sampling and model flags) and score them; with R > 1 the seed\n"
    "                      sets seed, seed+1, ... give the mean and the standard deviation\n"
    "score train: trains the feature classifier on DIR/train (classes from the <class>_ file name\n"
    "prefix, class names from DIR/classes.json when present) and reports its accuracy on\n"
    "DIR/heldout after each epoch; --epochs 10, --batch_size 64, --lr 0.002, --seed 0, --threads N.\n"
    "The result is a TorchScript file any LibTorch or PyTorch loads (torch.jit.load).\n");

std::string number(double value, const char* format = "%.4f") { return c_format(format, value); }

std::string accuracy_text(const std::optional<double>& value) { return value ? number(*value, "%.3f") : "-"; }

// One line of the score table: columns of 16, 22 and 22 terminal columns (pad: a translated
// label with CJK characters keeps the alignment), the last padded too, as printf's %-22s did.
void print_row(const std::string& label, const std::string& a, const std::string& b) {
  std::printf("%s %s %s\n", pad(label, 16).c_str(), pad(a, 22).c_str(), pad(b, 22).c_str());
}

// `source` names the scored images' column ("images", or "mean over seeds"), translated.
void print_scores(const score::Scores& scores, const score::Scores& floor, const std::string& source) {
  //: The score table's heading over the column of the scored images.
  const std::string images = translate("patchdiff", "images", "score table column");
  //: The score table's heading over the metric names (FD, KID, precision, ...).
  print_row(translate("patchdiff", "metric", "score table column"), source.size() > 22 ? images : source,
            //: The score table's heading over the floor: the same numbers for the data set's
            //: held-out real images.
            translate("patchdiff", "floor (held-out real)", "score table column"));
  // FD and KID are the metrics' names: the same in every language.
  print_row("FD", number(scores.fd, "%.3f"), number(floor.fd, "%.3f"));
  print_row("KID", number(scores.kid, "%.5f") + " +- " + number(scores.kid_std, "%.5f"),
            number(floor.kid, "%.5f") + " +- " + number(floor.kid_std, "%.5f"));
  //: A row of the score table: precision as in precision and recall (Kynkäänniemi et al.).
  print_row(translate("patchdiff", "precision", "score table row"), number(scores.precision, "%.3f"),
            number(floor.precision, "%.3f"));
  //: A row of the score table: recall as in precision and recall (Kynkäänniemi et al.).
  print_row(translate("patchdiff", "recall", "score table row"), number(scores.recall, "%.3f"),
            number(floor.recall, "%.3f"));
  //: A row of the score table: the share of images the classifier puts in their requested class.
  print_row(translate("patchdiff", "class accuracy", "score table row"), accuracy_text(scores.class_accuracy),
            accuracy_text(floor.class_accuracy));
  //: A row of the score table: the number of images scored.
  print_row(translate("patchdiff", "images", "score table row"), std::to_string(scores.num_images),
            std::to_string(floor.num_images));
}

std::vector<std::string> class_names_of(const std::string& data_dir, const score::ImageSet& train) {
  const fs::path listing = fs::path(data_dir) / "classes.json";
  std::error_code ec;
  if (fs::is_regular_file(listing, ec)) {
    const std::string text = io::read_file(listing.string(), Message(PATCHDIFF_TR_NOOP("core", "class list"), {}));
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_object() && doc.contains("class_names") && doc["class_names"].is_array())
      return doc["class_names"].get<std::vector<std::string>>();
  }
  std::vector<std::string> names;
  for (int64_t c = 0; c <= train.labels.max().item<int64_t>(); ++c) names.push_back(std::to_string(c));
  return names;
}

int score_train(const Args& raw) {
  const auto args =
      parse_command_args(raw, {"data_dir", "out", "epochs", "batch_size", "lr", "seed", "threads"}, {}, {});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kScoreHelp).c_str());
    return 0;
  }
  const std::string data_dir = args.get("data_dir"), out = args.get("out");
  if (data_dir.empty() || out.empty())
    throw ConfigError(
        translate("patchdiff", "score train needs --data_dir DIR (with DIR/train and DIR/heldout) and --out NET.pt"));
  use_threads_option(args);
  score::ClassifierTrainOptions options;
  if (args.has("epochs")) options.epochs = model::parse_int("epochs", args.get("epochs"));
  if (args.has("batch_size")) options.batch_size = model::parse_int("batch_size", args.get("batch_size"));
  if (args.has("lr")) options.lr = model::parse_double("lr", args.get("lr"));
  if (args.has("seed")) options.seed = std::stoull(args.get("seed"));
  const auto train = score::read_image_folder((fs::path(data_dir) / "train").string());
  const auto heldout = score::read_image_folder((fs::path(data_dir) / "heldout").string());
  if (!train.has_labels())
    //: %1 the data set's folder (--data_dir).
    throw ConfigError(format(
        translate("patchdiff", "'%1/train' has images without a class: name them <class>_<anything>.png"), {data_dir}));
  score::ClassifierShape shape;
  shape.input_size = train.images.size(1);
  shape.class_names = class_names_of(data_dir, train);
  //: %1 training images, %2 classes, %3 held-out images, %4 epochs, %5 the seed.
  std::printf("%s\n", format(translate("patchdiff", "training the feature classifier on %1 images (%2 classes), %3 "
                                                   "held out, %4 epochs, seed %5"),
                             {std::to_string(static_cast<long long>(train.images.size(0))),
                              std::to_string(shape.class_names.size()),
                              std::to_string(static_cast<long long>(heldout.images.size(0))),
                              std::to_string(static_cast<long long>(options.epochs)),
                              std::to_string(static_cast<unsigned long long>(options.seed))})
                          .c_str());
  std::unique_ptr<ProgressBar> bar;
  const auto result = score::train_classifier(train, heldout, shape, options, [&](const score::ClassifierProgress& p) {
    if (!bar) {
      //: Progress label while `patchdiff score train` trains the feature classifier.
      const std::string label = translate("patchdiff", "train", "progress label");
      bar = std::make_unique<ProgressBar>(label, static_cast<long long>(p.total_steps),
                                          translate("patchdiff", "steps"));
    }
    bar->update(static_cast<long long>(p.step));
    if (p.heldout_accuracy >= 0) {
      bar->finish();
      bar.reset();
      //: After each epoch of `score train`: %1 the epoch, %2 its mean training loss, %3 the
      //: classifier's accuracy on the held-out images.
      std::printf("%s\n", format(translate("patchdiff", "epoch %1: loss %2, held-out accuracy %3"),
                                 {std::to_string(static_cast<long long>(p.epoch + 1)), c_format("%.4f", p.loss),
                                  c_format("%.4f", p.heldout_accuracy)})
                              .c_str());
    }
  });
  score::save_module(*result.module, out);
  //: Followed by each class's name and its accuracy on the held-out images.
  std::printf("%s", translate("patchdiff", "held-out accuracy per class:").c_str());
  for (size_t c = 0; c < result.heldout_class_accuracy.size(); ++c)
    std::printf(" %s %.3f%s", shape.class_names[c].c_str(), result.heldout_class_accuracy[c],
                c + 1 < result.heldout_class_accuracy.size() ? "," : "\n");
  //: %1 the classifier's file, %2 its accuracy on the held-out images after the last epoch.
  std::printf("%s\n", format(translate("patchdiff", "wrote %1 (held-out accuracy %2)"),
                             {out, c_format("%.4f", result.heldout_accuracy.back())})
                          .c_str());
  return 0;
}


// The requested classes of a score run: --class_labels repeated, else balanced (i mod C).
std::vector<int64_t> balanced_labels(const CommandArgs& args, const sampling::Sampler& sampler, int64_t count) {
  if (!sampler.class_conditional()) return {};
  std::vector<int64_t> given;
  if (args.has("class_labels")) {
    for (int label : model::parse_int_list("class_labels", args.get("class_labels"))) given.push_back(label);
  } else {
    for (int c = 0; c < sampler.num_classes(); ++c) given.push_back(c);
  }
  return sampling::labels_for_images(given, 0, 0, count, sampler.num_classes());
}

// `patchdiff score --model_path`: sample through the shared orchestration, score each seed set.
int score_model(const CommandArgs& args, const score::FeatureNet& net, const std::string& net_path,
                const score::Reference& reference, const score::ScoreOptions& options) {
  if (!args.flags.count("num_samples"))
    throw ConfigError(translate(
        "patchdiff", "give --num_samples N with --model_path (the images per seed set; 500 or more for a stable FD)"));
  model::FlagValues model_flags;
  for (const auto& [name, value] : args.flags) {
    const auto* spec = model::find_flag(name);
    if (spec && (spec->group == model::FlagGroup::Model || spec->group == model::FlagGroup::Diffusion))
      model_flags[name] = value;
  }
  const auto paths = resolve_model_paths(model::split_commas(args.flag("model_path")));
  const std::string device_name = args.get("device", "cpu");
  torch::Device device(device_name == "cuda" ? "cuda:0" : device_name);
  if (device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));
  std::vector<model::LoadedModel> models;
  for (const auto& path : paths) {
    models.push_back(model::load_model(path, model_flags, args.get("entry")));
    for (const auto& w : models.back().config.warnings) print_warning(w);
  }
  sampling::SamplerSettings settings = sampler_settings_from_args(args);
  settings.snr_splits = diffusion::parse_snr_splits(args.flag("snr_splits"));
  sampling::Sampler sampler(models, settings, device);
  sampler.apply_use_fp16();

  const int64_t count = model::parse_int("num_samples", args.flag("num_samples"));
  const int64_t batch_size = model::parse_int("batch_size", args.flag("batch_size"));
  const int64_t repeats = args.has("repeats") ? model::parse_int("repeats", args.get("repeats")) : 1;
  if (count < 2 || batch_size < 1 || repeats < 1)
    throw ConfigError(
        translate("patchdiff", "--num_samples must be at least 2, --batch_size and --repeats at least 1"));
  if (sampler.image_size() != reference.image_size)
    //: %1 the side of the model's (square) images, %2 that of the data set's images.
    throw ConfigError(format(translate("patchdiff", "the model makes %1x%1 images but the reference data are %2x%2"),
                             {std::to_string(sampler.image_size()), std::to_string(reference.image_size)}));
  const auto labels = balanced_labels(args, sampler, count);
  const bool with_accuracy = !labels.empty() && net.can_classify() && args.get("class_accuracy", "auto") != "off";
  const uint64_t seed = args.has("seed") ? std::stoull(args.get("seed")) : 0;
  const int steps = sampler.num_steps();

  std::vector<score::Scores> runs;
  // Wall time of the sampling alone (not the scoring), for quality-against-compute plots.
  double sampling_seconds = 0.0;
  for (int64_t r = 0; r < repeats; ++r) {
    //: Progress label while sampling the images of one seed set: %1 the seed.
    ProgressBar progress(format(translate("patchdiff", "seed %1"), {std::to_string(seed + static_cast<uint64_t>(r))}),
                         count * steps, translate("patchdiff", "steps"));
    sampling::ImagesRequest request;
    request.num_images = count;
    request.batch_size = batch_size;
    request.seed = seed + static_cast<uint64_t>(r);
    request.labels = labels;
    sampling::ImagesObserver observer;
    observer.step = [&](int64_t first, int64_t batch, const sampling::StepRecord& record) {
      progress.update(first * steps + (record.index + 1) * batch);
    };
    const auto sampling_start = std::chrono::steady_clock::now();
    const auto images = io::to_uint8_nhwc(sampling::sample_images(sampler, settings, request, observer).images);
    sampling_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - sampling_start).count();
    progress.finish();
    const auto label_tensor = with_accuracy ? torch::tensor(labels, torch::kInt64) : torch::Tensor();
    runs.push_back(score::score_images(net, reference, images, label_tensor, options));
  }
  const auto spread = score::spread_of(runs);
  const auto floor = score::floor_scores(net, reference, count, options);
  //: Above the score table: %1 images per seed set, %2 seed sets, %3 the checkpoint(s), %4 the
  //: sampler, %5 its steps, %6 the guidance scale, %7 the images of the data set's train split.
  std::printf("%s\n", format(translate("patchdiff", "%1 images x %2 seed sets of %3 (%4, %5 steps, guidance %6) "
                                                   "against %7 train images"),
                             {std::to_string(static_cast<long long>(count)),
                              std::to_string(static_cast<long long>(repeats)), args.flag("model_path"),
                              settings.solver, std::to_string(steps), c_format("%g", settings.guidance_scale),
                              std::to_string(static_cast<long long>(reference.train_features.size(0)))})
                          .c_str());
  //: The score table's heading over the column of the scored images, with several seed sets:
  //: the mean of their numbers.
  const std::string column = repeats > 1 ? translate("patchdiff", "mean over seeds", "score table column")
                                         : translate("patchdiff", "images", "score table column");
  print_scores(spread.mean, floor, column);
  if (repeats > 1) {
    //: A row below the score table: FD (the Fréchet distance, a name: keep it) and its spread
    //: over the seed sets.
    const std::string label = translate("patchdiff", "FD spread", "score table row");
    //: After the FD spread row: %1 the number of seed sets. The +- is the KID row's.
    const std::string explanation =
        format(translate("patchdiff", "(standard deviation over %1 seed sets; KID's +- above is over subsets)"),
               {std::to_string(static_cast<long long>(repeats))});
    std::printf("%s %s %s\n", pad(label, 16).c_str(), pad(number(spread.std.fd, "%.3f"), 22).c_str(),
                explanation.c_str());
  }
  if (args.has("json")) {
    auto doc = score::spread_json(spread);
    doc["floor"] = score::scores_json(floor);
    nlohmann::json each = nlohmann::json::array();
    for (const auto& run : runs) each.push_back(score::scores_json(run));
    doc["runs"] = each;
    doc["model_path"] = args.flag("model_path");
    doc["sampler"] = nlohmann::json::parse(sampling::to_json(settings));  // the whole job
    doc["sampler"]["steps"] = steps;
    doc["sampler"]["seed"] = seed;
    // Network passes per image (Heun evaluates twice a step; a guided pass is one pass of a
    // doubled batch), the x axis of quality against compute.
    doc["sampler"]["network_passes"] = steps * sampling::solver_info(settings.solver).evaluations_per_step;
    doc["sampling_seconds"] = sampling_seconds;
    doc["feature_net"] = {{"path", net_path}, {"sha256", net.identity()}};
    io::write_file_atomic(args.get("json"), doc.dump(2) + "\n");
    std::printf("%s\n", format(translate("patchdiff", "wrote %1"), {args.get("json")}).c_str());
  }
  return 0;
}

}  // namespace

int cmd_score(const Args& raw) {
  if (!raw.empty() && raw.front() == "train") return score_train(Args(raw.begin() + 1, raw.end()));
  const auto args = parse_command_args(
      raw,
      {"images", "labels", "class_accuracy", "data_dir", "feature_net", "feature_input_size", "feature_input_range",
       "kid_subsets", "kid_subset_size", "seed", "json", "feature_batch_size", "threads", "repeats", "class_labels",
       "sampler", "schedule", "order", "eta", "dynamic_threshold", "device", "entry"},
      {}, {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kScoreHelp).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  const bool sample = args.flags.count("model_path") > 0;
  if (sample == args.has("images"))
    throw ConfigError(translate("patchdiff", "give either --images DIR|FILE.npz or --model_path A.pt --num_samples N "
                                             "(see patchdiff score --help)"));
  use_threads_option(args);
  const std::string accuracy_mode = args.get("class_accuracy", "auto");
  if (accuracy_mode != "auto" && accuracy_mode != "on" && accuracy_mode != "off")
    throw ConfigError(
        format(translate("patchdiff", "--class_accuracy must be auto, on or off, got '%1'"), {accuracy_mode}));

  const std::string net_path = feature_net_path(args);
  const auto net = score::FeatureNet::load(net_path, feature_net_options(args));
  const auto reference = load_reference(args, net, net_path);
  score::ScoreOptions options;
  if (args.has("kid_subsets")) options.kid.subsets = model::parse_int("kid_subsets", args.get("kid_subsets"));
  if (args.has("kid_subset_size"))
    options.kid.subset_size = model::parse_int("kid_subset_size", args.get("kid_subset_size"));
  if (args.has("seed")) options.kid.seed = std::stoull(args.get("seed"));
  if (sample) return score_model(args, net, net_path, reference, options);
  auto images = score::read_images(args.get("images"));
  if (args.has("labels"))
    images.labels = score::labels_from_list(args.get("labels"), images.images.size(0), -1);
  torch::Tensor labels;
  if (accuracy_mode != "off") {
    if (images.has_labels() && net.can_classify()) labels = images.labels;
    else if (accuracy_mode == "on" && !images.has_labels())
      //: %1 the images given with --images (a folder or an .npz file).
      throw ConfigError(format(translate("patchdiff", "'%1' does not say the requested class of every image (an .npz "
                                                      "needs arr_1, PNGs a label in their metadata or a <class>_ name "
                                                      "prefix): class accuracy needs them; give --labels or "
                                                      "--class_accuracy off"),
                               {images.source}));
    else if (accuracy_mode == "on")
      //: %1 the feature network's file.
      throw ConfigError(format(
          translate("patchdiff", "class accuracy needs a feature network with a classify method; '%1' has none"),
          {net_path}));
  }
  if (labels.defined()) {
    const int64_t max_label = labels.max().item<int64_t>();
    const int64_t classes = net.classify(net.features(images.images.slice(0, 0, 1))).size(1);
    if (labels.min().item<int64_t>() < 0 || max_label >= classes)
      //: %1 the highest class index of the images, %2 the number of classes the network tells apart.
      throw ConfigError(
          format(translate("patchdiff", "the images' classes reach %1 but the feature network knows %2 classes"),
                 {std::to_string(max_label), std::to_string(classes)}));
  }
  const auto scores = score::score_images(net, reference, images.images, labels, options);
  const auto floor = score::floor_scores(net, reference, scores.num_images, options);
  //: Above the score table: %1 images scored, %2 where they came from (--images), %3 the images
  //: of the data set's train split, %4 the feature network's file name.
  std::printf("%s\n", format(translate("patchdiff", "%1 images of %2 against %3 train images (feature network %4)"),
                             {std::to_string(static_cast<long long>(scores.num_images)), images.source,
                              std::to_string(static_cast<long long>(reference.train_features.size(0))),
                              fs::path(net_path).filename().string()})
                          .c_str());
  print_scores(scores, floor, translate("patchdiff", "images", "score table column"));
  if (args.has("json")) {
    auto doc = score::scores_json(scores);
    doc["floor"] = score::scores_json(floor);
    doc["images"] = images.source;
    doc["feature_net"] = {{"path", net_path}, {"sha256", net.identity()}};
    doc["reference"] = {{"data_fingerprint", reference.data_id},
                        {"train_images", reference.train_features.size(0)},
                        {"heldout_images", reference.heldout_features.size(0)}};
    doc["kid_subsets"] = options.kid.subsets;
    doc["kid_subset_size"] = std::min<int64_t>({options.kid.subset_size, scores.num_images,
                                       static_cast<int64_t>(reference.train_features.size(0))});
    io::write_file_atomic(args.get("json"), doc.dump(2) + "\n");
    std::printf("%s\n", format(translate("patchdiff", "wrote %1"), {args.get("json")}).c_str());
  }
  return 0;
}

}  // namespace patchdiff::cli
