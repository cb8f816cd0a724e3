// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real images a score compares against: features of a data set's train split (the
// reference) and of its held-out split (the floor: what real images the network never saw
// score against the train split). A data folder holds DIR/train and DIR/heldout as
// `patchdiff data emoji` writes them. Features are cached in an npz beside the feature
// network, keyed by the network's SHA-256 and a fingerprint of the data (every file's name
// and SHA-256), so they are computed once and again only when either changes.
#include <torch/types.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/score/feature_net.h"

namespace patchdiff::score {

struct Reference {
  torch::Tensor train_features, heldout_features;  // float32 [N, D]
  torch::Tensor train_labels, heldout_labels;      // int64 [N], or undefined without classes
  int64_t image_size = 0;                          // of the data's images (square)
  std::string network_id;                          // FeatureNet::identity()
  std::string data_id;                             // data_fingerprint()
  std::string data_dir;                            // where it was computed from (information)
};

using NoteFn = std::function<void(const std::string&)>;

// SHA-256 over the sorted relative names and SHA-256s of DIR/train and DIR/heldout's images.
// ConfigError when DIR lacks either folder.
std::string data_fingerprint(const std::string& data_dir);

// Features of DIR/train and DIR/heldout (every image the same square size).
Reference compute_reference(const FeatureNet& net, const std::string& data_dir, const NoteFn& note = {});

void write_reference(const Reference& reference, const std::string& path);
// nullopt when `path` does not exist or is not a reference cache (a note says why).
std::optional<Reference> read_reference(const std::string& path, const NoteFn& note = {});

// Where a network's reference features are cached, in the order tried: beside the network
// (the bundled one ships its own there), then the user's cache folder ($XDG_CACHE_HOME or
// ~/.cache, patchdiff/<stem>-<identity>.reference.npz), for an installed, read-only network.
std::vector<std::string> reference_cache_paths(const std::string& net_path, const std::string& identity);

// The first of `cache_paths` made with this network (and, when `data_dir` is given, from
// that data); else computed from `data_dir` and written to the first of `cache_paths` that
// can be written (a note when none can: the result is used anyway). ConfigError when no
// cache matches and there is no data_dir.
Reference load_reference(const FeatureNet& net, const std::string& data_dir,
                         const std::vector<std::string>& cache_paths, const NoteFn& note = {});

}  // namespace patchdiff::score
