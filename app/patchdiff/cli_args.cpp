// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/cli_args.h"

#include "app/patchdiff/cli_tr.h"
#include "core/error.h"

namespace patchdiff::cli {

std::string CommandArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

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
      original.push_back(arg);
      if (!inline_value && i + 1 < args.size()) original.push_back(args[++i]);
    }
  }
  try {
    out.flags = model::parse_flag_args(original, groups);
  } catch (const ConfigError& e) {
    std::string extra;
    for (const auto& n : own) extra += ", --" + n;
    for (const auto& n : switches) extra += ", --" + n;
    throw ConfigError(std::string(e.what()) + extra);
  }
  return out;
}

}  // namespace patchdiff::cli
