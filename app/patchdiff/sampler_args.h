// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sampling job a command line describes, one reading for `sample`, `compare` and `score`:
// the original's sample flags through the flag table (--timestep_respacing, --guidance_scale,
// --clip_denoised and its solver flag) and ours (--sampler, --schedule, --order, --eta,
// --dynamic_threshold). The SNR splits go with the checkpoint list, so the caller sets them.
#include <set>
#include <string>

#include "app/patchdiff/cli_args.h"
#include "core/sampling/sampler_settings.h"

namespace patchdiff::cli {

// A command's own options (for parse_command_args) with our sampler options added.
std::set<std::string> with_sampler_options(std::set<std::string> own);

// The job; an option not given keeps its default (the solver's own eta). The original's
// solver flag and --sampler, given together, must agree. ConfigError for an unknown solver or
// schedule, options out of range, and malformed values (naming the flag).
sampling::SamplerSettings sampler_settings_from_args(const CommandArgs& args);

// The flags that set `setting` of the job ("sampler" also answers to the original's solver
// flag), to refuse them beside `--vary setting=...`.
std::set<std::string> flags_setting(const std::string& setting);

}  // namespace patchdiff::cli
