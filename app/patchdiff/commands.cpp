// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/commands.h"

#include <functional>
#include <map>

#include "app/patchdiff/cli_tr.h"
#include "core/error.h"

namespace patchdiff::cli {

namespace {
struct Command {
  std::function<int(const Args&)> run;
  const char* summary;  // English, marked for lupdate; translated where shown
};

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> table{
      {"info",
       {cmd_info, PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff",
                                               "show a checkpoint's resolved flags, parameters, GFLOP and classes")}},
      {"forward", {cmd_forward, PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff", "run the network once on an .npy input")}},
      {"sample",
       {cmd_sample,
        PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff", "generate images (drop-in for the original image_sample.py)")}},
      {"bench",
       {cmd_bench, PATCHDIFF_CLI_TRANSLATE_NOOP(
                       "patchdiff", "time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)")}},
      {"selftest",
       {cmd_selftest, PATCHDIFF_CLI_TRANSLATE_NOOP(
                          "patchdiff", "check a device/precision against the original's reference outputs")}},
      {"compare",
       {cmd_compare, PATCHDIFF_CLI_TRANSLATE_NOOP(
                         "patchdiff", "sample columns from identical noise: checkpoints or one setting side by side")}},
      {"convert",
       {cmd_convert, PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff",
                                                  "convert a checkpoint between .pt and .safetensors (optionally its dtype)")}},
      {"data",
       {cmd_data, PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff",
                                               "build a training set (data emoji: the bundled models' emoji images)")}},
      {"evaluate",
       {cmd_evaluate, PATCHDIFF_CLI_TRANSLATE_NOOP(
                          "patchdiff", "training loss of checkpoints on held-out images, on identical draws")}},
      {"score", {cmd_score, PATCHDIFF_CLI_TRANSLATE_NOOP("patchdiff", "sample quality: FD, KID, precision/recall, "
                                                                      "class accuracy (score train: its network)")}},
      {"train",
       {cmd_train, PATCHDIFF_CLI_TRANSLATE_NOOP(
                       "patchdiff", "train a model on a folder of images (drop-in for the original image_train.py)")}},
  };
  return table;
}
}  // namespace

void print_usage(std::FILE* out) {
  std::fprintf(out, "%s\n\n%s\n", translate("patchdiff", "usage: patchdiff <command> [flags]").c_str(),
               translate("patchdiff", "commands:").c_str());
  for (const auto& [name, command] : commands())
    std::fprintf(out, "  %-10s %s\n", name.c_str(), translate("patchdiff", command.summary).c_str());
  std::fprintf(out, "\n%s\n", translate("patchdiff", "'patchdiff <command> --help' lists a command's flags.").c_str());
}

int run_command(const std::string& name, const Args& args) {
  auto it = commands().find(name);
  if (it == commands().end()) {
    std::string known;
    for (const auto& entry : commands()) known += (known.empty() ? "" : ", ") + entry.first;
    throw ConfigError(format(translate("patchdiff", "unknown command '%1' (commands: %2)"), {name, known}));
  }
  return it->second.run(args);
}

}  // namespace patchdiff::cli
