// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bundled models' training set (resources/models/MODEL_CARD.md): the 64x64 PNGs of the
// npm packages emoji-datasource-google and emoji-datasource-twitter, skin-tone variants
// included, composited onto white, the class being the emoji's `category` in the package's
// emoji.json ("Component" counted as Symbols). Written as `<class>_<set>_<image>.png` with
// the class as an integer (the original trainer's convention), a fixed tenth held out.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace patchdiff::training {

// The npm packages of the data set, as `npm pack` takes them.
const std::vector<std::string>& emoji_npm_packages();

// The 9 classes in label order (the model card's; label 9 is the null label).
const std::vector<std::string>& emoji_class_names();
// The label of an emoji.json `category`; -1 for a category the card does not know.
int emoji_class_index(const std::string& category);

struct EmojiImage {
  int label = -1;
  std::string group;  // the base emoji's image name: its skin-tone variants share it
};
// Every image file name of an emoji.json text (base emoji and skin variations) with its
// class. IoError naming `source` when the text is not the package's emoji.json.
std::map<std::string, EmojiImage> parse_emoji_json(const std::string& text, const std::string& source);

// "<label>_<set>_<image stem>.png", e.g. "7_google_0023-fe0f-20e3.png".
std::string emoji_file_name(int label, const std::string& set, const std::string& image);

// Whether the images of `group` go to the held-out split: a fixed hash (FNV-1a 64) of the
// group name against `fraction`, so the split does not depend on order, platform or
// run, and both renderings and every skin tone of one emoji land on the same side (no
// near-duplicate of a held-out image is trained on).
bool emoji_is_heldout(const std::string& group, double fraction);

struct EmojiDatasetCounts {
  std::vector<int64_t> train, heldout;  // per class
  int64_t unlisted = 0;   // 64x64 PNGs of a package that its emoji.json does not name
  int64_t total() const;
};

using EmojiWarningFn = std::function<void(const std::string&)>;

// Reads the packages' tarballs (.tgz from `npm pack`), writes `out_dir`/train/*.png and
// `out_dir`/heldout/*.png (RGB, composited onto white) and `out_dir`/classes.json (class
// names and counts). IoError when a tarball cannot be read, has no emoji.json or no 64x64
// images, or when train/ or heldout/ already hold files (stale files would mix in).
EmojiDatasetCounts build_emoji_dataset(const std::vector<std::string>& tarballs, const std::string& out_dir,
                                       double heldout_fraction, const EmojiWarningFn& warn = {});

}  // namespace patchdiff::training
