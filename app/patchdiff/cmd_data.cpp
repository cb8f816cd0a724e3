// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff data: builds training sets. `data emoji OUTDIR` makes the bundled models' data
// set (resources/models/MODEL_CARD.md) from the emoji-datasource npm packages.
#include <stdlib.h>

#include <cstdio>
#include <filesystem>

#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"
#include "core/io/npm_pack.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/training/emoji_dataset.h"

namespace patchdiff::cli {

namespace fs = std::filesystem;

namespace {

//: patchdiff data --help. Keep flag names, package names, paths and the class names
//: (Smileys & Emotion, ...: the emoji data set's categories) as they are.
const char* kDataHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]\n"
    "Builds the bundled emoji models' training set (resources/models/MODEL_CARD.md): fetches\n"
    "emoji-datasource-google@16.0.0 and emoji-datasource-twitter@16.0.0 with `npm pack` (or\n"
    "reads the given --tarballs), takes every 64x64 PNG that the package's emoji.json lists\n"
    "(skin-tone variants included), composites it onto white and writes\n"
    "  OUTDIR/train/<class>_<set>_<image>.png     for `patchdiff train --data_dir OUTDIR/train`\n"
    "  OUTDIR/heldout/<class>_<set>_<image>.png   a fixed fraction F (default 0.1), chosen by a\n"
    "                                             hash of the base emoji (all its skin tones and\n"
    "                                             both renderings on the same side)\n"
    "  OUTDIR/classes.json                        the 9 class names and the counts\n"
    "The class is the emoji's category as an integer (the original trainer's convention):\n"
    "0 Smileys & Emotion, 1 People & Body, 2 Animals & Nature, 3 Food & Drink, 4 Travel & Places,\n"
    "5 Activities, 6 Objects, 7 Symbols (with Component), 8 Flags.\n");

// A temporary folder removed when this goes out of scope.
struct TempDir {
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "patchdiff-npm-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      throw IoError(format(translate("patchdiff", "cannot create a temporary folder in %1"),
                           {fs::temp_directory_path().string()}));
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string path;
};

int data_emoji(const CommandArgs& args) {
  if (args.positional.size() != 2)
    throw ConfigError(
        translate("patchdiff", "usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]"));
  const std::string out_dir = args.positional[1];
  const double fraction = model::parse_double("heldout_fraction", args.get("heldout_fraction", "0.1"));

  std::unique_ptr<TempDir> downloads;
  std::vector<std::string> tarballs = model::split_commas(args.get("tarballs"));
  if (tarballs.empty()) {
    downloads = std::make_unique<TempDir>();
    const auto& packages = training::emoji_npm_packages();
    std::printf(
        "%s\n",
        format(translate("patchdiff", "fetching %1 and %2 with npm pack..."), {packages[0], packages[1]}).c_str());
    std::fflush(stdout);
    tarballs = io::npm_pack(packages, downloads->path);
  }
  std::size_t warnings = 0;
  const auto counts = training::build_emoji_dataset(tarballs, out_dir, fraction, [&](const std::string& text) {
    if (++warnings <= 10) print_warning(text);
  });
  const auto& names = training::emoji_class_names();
  std::printf("%-3s %-18s %7s %8s %7s\n", "", "class", "train", "heldout", "total");
  int64_t train = 0, heldout = 0;
  for (size_t c = 0; c < names.size(); ++c) {
    std::printf("%-3zu %-18s %7lld %8lld %7lld\n", c, names[c].c_str(), static_cast<long long>(counts.train[c]),
                static_cast<long long>(counts.heldout[c]), static_cast<long long>(counts.train[c] + counts.heldout[c]));
    train += counts.train[c];
    heldout += counts.heldout[c];
  }
  std::printf("    %-18s %7lld %8lld %7lld  %s\n", "all", static_cast<long long>(train),
              static_cast<long long>(heldout), static_cast<long long>(train + heldout),
              format(translate("patchdiff", "(%1% held out)"),
                     {c_format("%.1f", train + heldout > 0
                                           ? 100.0 * static_cast<double>(heldout) / static_cast<double>(train + heldout)
                                           : 0.0)})
                  .c_str());
  if (counts.unlisted > 0)
    std::printf("%s\n", format(translate("patchdiff", "skipped %1 images that emoji.json does not list"),
                               {std::to_string(counts.unlisted)})
                            .c_str());
  std::printf("%s\n",
              format(translate("patchdiff", "wrote %1/train, %1/heldout and %1/classes.json"), {out_dir}).c_str());
  return 0;
}

}  // namespace

int cmd_data(const Args& raw) {
  const auto args = parse_command_args(raw, {"heldout_fraction", "tarballs"}, {}, {});
  if (args.help || args.positional.empty()) {
    std::printf("%s", translate("patchdiff", kDataHelp).c_str());
    return args.help ? 0 : 2;
  }
  if (args.positional.front() == "emoji") return data_emoji(args);
  throw ConfigError(format(translate("patchdiff", "unknown data set '%1' (known: emoji)"), {args.positional.front()}));
}

}  // namespace patchdiff::cli
