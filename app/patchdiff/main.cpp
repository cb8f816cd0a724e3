// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff: the command line. Subcommands live in cmd_*.cpp; each returns an exit code.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "app/notices/third_party.h"
#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/build_info.h"
#include "core/error.h"

namespace patchdiff::cli {
namespace {

int run_program(std::vector<std::string> args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    print_usage(stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    const auto models = bundled_models_dir();
    std::printf(
        "patchdiff %s (git %s)\n%s\n", build_version(), build_git_revision(),
        format(translate("patchdiff", "bundled models: %1"),
               {models.empty() ? translate("patchdiff", "none found (set PATCHDIFF_MODELS_DIR)") : models.string()})
            .c_str());
    //: %1 is the licence's SPDX identifier, GPL-3.0-or-later; keep it as it is.
    std::printf("%s\n%s\n%s", format(translate("patchdiff", "License: %1, with no warranty."), {notices::kLicense}).c_str(),
                translate("patchdiff", "Third-party libraries:").c_str(),
                notices::third_party_text(notices::Program::Cli).c_str());
    return 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    return run_command(command, args);
  } catch (const Cancelled&) {
    std::fprintf(stderr, "%s\n", format(translate("patchdiff", "patchdiff %1: cancelled"), {command}).c_str());
    return 130;
  } catch (const std::exception& e) {
    //: The frame around an error message: %1 is the command (sample, train, ...), %2 the
    //: message itself (translated where it has a translation).
    std::fprintf(stderr, "%s\n",
                 format(translate("patchdiff", "patchdiff %1: error: %2"), {command, error_text(e)}).c_str());
    return 1;
  }
}

}  // namespace
}  // namespace patchdiff::cli

int main(int argc, char** argv) {
  patchdiff::cli::load_translation();
  return patchdiff::cli::run_program(std::vector<std::string>(argv + 1, argv + argc));
}
