// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/cli_args.h"

#include <algorithm>

#include "app/patchdiff/cli_tr.h"
#include "core/error.h"
#include "core/model/flag_suggest.h"
#include "core/runtime/cpu_threads.h"

namespace patchdiff::cli {

std::string CommandArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

std::string CommandArgs::flag(const std::string& name) const {
  auto it = flags.find(name);
  return it != flags.end() ? it->second : model::find_flag(name)->default_value;
}

namespace {
// A name that is neither the command's own nor an original flag it takes: suggest the
// nearest of all the names this command accepts, else point at --help (never the full list).
void check_known(const std::string& name, const std::set<std::string>& own, const std::set<std::string>& switches,
                 const std::vector<model::FlagGroup>& groups) {
  auto accepted = model::flag_names(groups);
  if (name.empty() || std::find(accepted.begin(), accepted.end(), name) != accepted.end()) return;
  accepted.insert(accepted.end(), own.begin(), own.end());
  accepted.insert(accepted.end(), switches.begin(), switches.end());
  accepted.push_back("help");
  const std::string nearest = model::closest_name(name, accepted);
  if (!nearest.empty())
    throw ConfigError(format(translate("patchdiff", "unknown flag --%1; did you mean --%2?"), {name, nearest}));
  throw ConfigError(format(translate("patchdiff", "unknown flag --%1 (--help lists the flags)"), {name}));
}
}  // namespace

CommandArgs parse_command_args(const std::vector<std::string>& args, const std::set<std::string>& own,
                               const std::set<std::string>& switches,
                               const std::vector<model::FlagGroup>& groups) {
  CommandArgs out;
  std::vector<std::string> original;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      out.help = true;
      continue;
    }
    if (arg.rfind("--", 0) != 0) {
      out.positional.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2), value;
    const auto eq = name.find('=');
    const bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (switches.count(name)) {
      out.options[name] = inline_value ? value : "1";
    } else if (own.count(name)) {
      if (!inline_value) {
        if (i + 1 >= args.size()) throw ConfigError(format(translate("patchdiff", "--%1 needs a value"), {name}));
        value = args[++i];
      }
      out.options[name] = value;
    } else {
      check_known(name, own, switches, groups);
      original.push_back(arg);
      if (!inline_value && i + 1 < args.size()) original.push_back(args[++i]);
    }
  }
  out.flags = model::parse_flag_args(original, groups);
  return out;
}

int use_threads_option(const CommandArgs& args, int processes_per_machine) {
  if (!args.has("threads")) return runtime::use_cpu_threads(std::nullopt, processes_per_machine);
  return runtime::use_cpu_threads(model::parse_int("threads", args.get("threads")), processes_per_machine);
}

}  // namespace patchdiff::cli
