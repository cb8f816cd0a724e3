// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The class labels and per-image run descriptions of a sampling run, shared by the CLI's
// `--class_labels` and the studio's class selector, so both draw the same labels for a seed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/sampling/run_spec.h"

namespace patchdiff::sampling {

// `--class_labels random`: labels of images 0 .. count-1 drawn from a generator seeded
// with derive_seed(seed, ~0), so they depend on the seed alone (and image i's label on i).
std::vector<int64_t> random_labels(uint64_t seed, int64_t count, int num_classes);

// Given labels repeated cyclically to `count` images; ConfigError when `given` is empty.
std::vector<int64_t> repeat_labels(const std::vector<int64_t>& given, int64_t count);

// The description of one image of a run: `base` with its index, label and class name
// (label -1 for unconditional models; names beyond `class_names` are "none").
RunSpec spec_for_image(const RunSpec& base, int64_t image_index, int64_t label,
                       const std::vector<std::string>& class_names);

}  // namespace patchdiff::sampling
