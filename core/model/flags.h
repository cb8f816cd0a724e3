// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The original command line's flags (guided-diffusion's `add_dict_to_argparser` style:
// `--name value`, booleans as True/False/yes/no/1/0), their defaults, and where each
// resolved value came from.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace patchdiff::model {

enum class FlagType { Int, Float, Bool, String };
enum class FlagGroup { Model, Diffusion, Sample, Train };

struct FlagSpec {
  const char* name;
  FlagType type;
  const char* default_value;  // as the original's defaults dict prints it
  FlagGroup group;
  const char* help;
};

// Every flag of the original scripts that we accept, model and diffusion flags first.
const std::vector<FlagSpec>& flag_specs();
const FlagSpec* find_flag(const std::string& name);

enum class FlagSource { User, Sidecar, Weights, Default };
const char* to_string(FlagSource source);

// name -> text value, as typed (validated against its type on insertion).
using FlagValues = std::map<std::string, std::string>;

// The names of the flags in `groups`, in table order, each once.
std::vector<std::string> flag_names(const std::vector<FlagGroup>& groups);

// Parses `--name value` / `--name=value` pairs (the original README's MODEL_FLAGS string
// form too, with shell quotes). Only flags in `groups` are accepted; an unknown one is an
// UnknownFlagError (core/model/flag_suggest.h) naming the nearest accepted name. Values are
// checked against the flag's type.
FlagValues parse_flag_string(const std::string& text, const std::vector<FlagGroup>& groups);
FlagValues parse_flag_args(const std::vector<std::string>& args,
                           const std::vector<FlagGroup>& groups);

// Splits a command line string into words as a POSIX shell would (quotes, backslashes).
std::vector<std::string> shell_split(const std::string& text);

// Typed readers of a flag value; errors name the flag and the text.
bool parse_bool(const std::string& name, const std::string& text);
int parse_int(const std::string& name, const std::string& text);
double parse_double(const std::string& name, const std::string& text);
std::vector<double> parse_double_list(const std::string& name, const std::string& text);
std::vector<int> parse_int_list(const std::string& name, const std::string& text);
// The original's solver flag, the one place that knows it: its name ("use_ddim", a Sample
// flag of the table), the solver id a value of it gives ("ddim" when true, else "ddpm";
// errors name the flag), and back, for captions in the original's terms ("use_ddim=True" /
// "use_ddim=False" for those two solvers, "" for solvers the original does not have).
const std::string& original_solver_flag();
std::string solver_from_original_flag(const std::string& text);
std::string original_solver_text(const std::string& solver);
// Normalises a value to the canonical text of its type ("True"/"False", "3", "0.1").
std::string canonical_value(const FlagSpec& spec, const std::string& text);

}  // namespace patchdiff::model
