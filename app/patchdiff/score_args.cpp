// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/score_args.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_tr.h"
#include "core/error.h"
#include "core/model/flags.h"

namespace patchdiff::cli {

namespace fs = std::filesystem;

const char* const kBundledFeatureNet = "emoji64_features.pt";

namespace {

// Where the bundled feature network lives: resources/score beside resources/models (the
// source tree), share/patchdiff/score when installed, or $PATCHDIFF_SCORE_DIR.
fs::path bundled_score_dir() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("PATCHDIFF_SCORE_DIR"); env && *env) candidates.emplace_back(env);
  if (const fs::path models = bundled_models_dir(); !models.empty()) candidates.push_back(models.parent_path() / "score");
  for (const auto& dir : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(dir / kBundledFeatureNet, ec)) return dir;
  }
  return {};
}

}  // namespace

std::set<std::string> with_feature_net_options(std::set<std::string> own) {
  own.insert({"data_dir", "feature_net", "feature_input_size", "feature_input_range", "feature_batch_size"});
  return own;
}

std::string feature_net_path(const CommandArgs& args) {
  if (args.has("feature_net")) return args.get("feature_net");
  const fs::path dir = bundled_score_dir();
  if (dir.empty())
    //: %1 the bundled network's file name (emoji64_features.pt).
    throw ConfigError(format(translate("patchdiff", "the bundled feature network %1 was not found (set "
                                                    "PATCHDIFF_SCORE_DIR, or give --feature_net FILE)"),
                             {kBundledFeatureNet}));
  return (dir / kBundledFeatureNet).string();
}

score::FeatureNetOptions feature_net_options(const CommandArgs& args) {
  score::FeatureNetOptions options;
  if (args.has("feature_input_size"))
    options.input_size = model::parse_int("feature_input_size", args.get("feature_input_size"));
  if (args.has("feature_input_range")) options.input_range = score::parse_input_range(args.get("feature_input_range"));
  if (args.has("feature_batch_size"))
    options.batch_size = model::parse_int("feature_batch_size", args.get("feature_batch_size"));
  return options;
}

score::Reference load_reference(const CommandArgs& args, const score::FeatureNet& net, const std::string& net_path) {
  return score::load_reference(net, args.get("data_dir"), score::reference_cache_paths(net_path, net.identity()),
                               [](const std::string& text) { print_note(text); });
}

}  // namespace patchdiff::cli
