// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits a subcommand's arguments into its own options, positional arguments and the
// original's model/diffusion flags (which go to the flag resolver).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/flags.h"

namespace patchdiff::cli {

struct CommandArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // the command's own --name value
  model::FlagValues flags;                     // original flags in `groups`
  bool help = false;

  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  // An original flag's value as given, else the flag table's default.
  std::string flag(const std::string& name) const;
};

// `own` lists the command's own option names (each takes one value); `switches` those that
// take none. An unknown flag is an error naming the nearest accepted name ("did you mean"),
// never the whole list; a bad value names the flag and the text.
CommandArgs parse_command_args(const std::vector<std::string>& args, const std::set<std::string>& own,
                               const std::set<std::string>& switches,
                               const std::vector<model::FlagGroup>& groups);

// Applies --threads N to LibTorch's CPU kernels; absent or 0, one thread per physical core
// within the CPU quota, shared among the processes a launcher started on this machine
// (core/runtime/cpu_threads.h). Returns the count used.
int use_threads_option(const CommandArgs& args, int processes_per_machine = 1);

}  // namespace patchdiff::cli
