// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checkpoints shipped with patchdiff (resources/models, installed to
// share/patchdiff/models): a bare name such as `emoji64_p4` stands for one of them.
#include <filesystem>
#include <string>
#include <vector>

namespace patchdiff::cli {

// The first existing of: $PATCHDIFF_MODELS_DIR, <executable>/../share/patchdiff/models
// (an installed tree), the source tree's resources/models. Empty when none exists.
std::filesystem::path bundled_models_dir();

// Stems of the .pt files in bundled_models_dir(), sorted.
std::vector<std::string> bundled_model_names();

// `argument` when it names an existing file; else, for a bare name (no directory part),
// the bundled checkpoint `<name>` or `<name>.pt`. Throws CheckpointError listing the
// bundled names when a bare name matches nothing; other paths are returned unchanged so
// the loader reports them.
std::string resolve_model_path(const std::string& argument);

// resolve_model_path for each of a comma separated list.
std::vector<std::string> resolve_model_paths(const std::vector<std::string>& arguments);

}  // namespace patchdiff::cli
