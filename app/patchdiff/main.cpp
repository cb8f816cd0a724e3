// patchdiff: the command line. Subcommands live in cmd_*.cpp; each returns an exit code.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    patchdiff::cli::print_usage(stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    const auto models = patchdiff::cli::bundled_models_dir();
    std::printf("patchdiff %s\nbundled models: %s\n", PATCHDIFF_VERSION,
                models.empty() ? "none found (set PATCHDIFF_MODELS_DIR)" : models.c_str());
    return 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    return patchdiff::cli::run_command(command, args);
  } catch (const patchdiff::Cancelled&) {
    std::fprintf(stderr, "patchdiff %s: cancelled\n", command.c_str());
    return 130;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "patchdiff %s: error: %s\n", command.c_str(), e.what());
    return 1;
  }
}
