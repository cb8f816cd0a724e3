// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scorer a command line describes, one reading for `score` and `compare --score`: the
// feature network (--feature_net, else the bundled emoji classifier) with its input options,
// and its reference features (cached, else computed from --data_dir).
#include <set>
#include <string>

#include "app/patchdiff/cli_args.h"
#include "core/score/feature_net.h"
#include "core/score/reference.h"

namespace patchdiff::cli {

// The bundled feature network's file name (resources/score, share/patchdiff/score installed).
extern const char* const kBundledFeatureNet;

// A command's own options with --data_dir, --feature_net, --feature_input_size,
// --feature_input_range and --feature_batch_size added.
std::set<std::string> with_feature_net_options(std::set<std::string> own);

// --feature_net, else the bundled network; ConfigError when that is not found.
std::string feature_net_path(const CommandArgs& args);
score::FeatureNetOptions feature_net_options(const CommandArgs& args);

// The network's reference features from its cache, or computed from --data_dir (a note on
// stderr says so); ConfigError without a cache or --data_dir.
score::Reference load_reference(const CommandArgs& args, const score::FeatureNet& net, const std::string& net_path);

}  // namespace patchdiff::cli
