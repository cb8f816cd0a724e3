#include "app/patchdiff/commands.h"

#include <functional>
#include <map>

#include "core/error.h"

namespace patchdiff::cli {

namespace {
struct Command {
  std::function<int(const Args&)> run;
  const char* summary;
};

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> table{
      {"info", {cmd_info, "show a checkpoint's resolved flags, parameters, GFLOP and classes"}},
      {"forward", {cmd_forward, "run the network once on an .npy input"}},
      {"sample", {cmd_sample, "generate images (drop-in for the original image_sample.py)"}},
      {"bench", {cmd_bench, "time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)"}},
      {"selftest", {cmd_selftest, "check a device/precision against the original's reference outputs"}},
      {"compare", {cmd_compare, "sample columns from identical noise: checkpoints or one setting side by side"}},
      {"data", {cmd_data, "build a training set (data emoji: the bundled models' emoji images)"}},
      {"train", {cmd_train, "train a model on a folder of images (drop-in for the original image_train.py)"}},
  };
  return table;
}
}  // namespace

void print_usage(std::FILE* out) {
  std::fprintf(out, "usage: patchdiff <command> [flags]\n\ncommands:\n");
  for (const auto& [name, command] : commands())
    std::fprintf(out, "  %-10s %s\n", name.c_str(), command.summary);
  std::fprintf(out, "\n'patchdiff <command> --help' lists a command's flags.\n");
}

int run_command(const std::string& name, const Args& args) {
  auto it = commands().find(name);
  if (it == commands().end()) {
    std::string known;
    for (const auto& entry : commands()) known += (known.empty() ? "" : ", ") + entry.first;
    throw ConfigError("unknown command '" + name + "' (commands: " + known + ")");
  }
  return it->second.run(args);
}

}  // namespace patchdiff::cli
