// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sampling job a command line describes, one reading for `sample`, `compare` and `score`:
// the original's sample flags through the flag table (--timestep_respacing, --guidance_scale,
// --clip_denoised and its solver flag) and ours (--sampler, --schedule, --order, --eta,
// --dynamic_threshold). The SNR splits go with the checkpoint list, so the caller sets them.
#include <set>
#include <string>
#include <vector>

#include "app/patchdiff/cli_args.h"
#include "core/sampling/image_condition.h"
#include "core/sampling/run_spec.h"
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

// Runs that start from an image (sample, compare): --init_image PATH|DIR, --mask PATH,
// --strength S, --repaint_jumps N, --repaint_jump_length J added to a command's options.
std::set<std::string> with_image_options(std::set<std::string> own);

// The job's strength and RePaint options from the command line (validated). ConfigError for
// --strength below 1, --mask or --repaint_jumps without --init_image.
void read_image_settings(const CommandArgs& args, sampling::SamplerSettings& settings);

struct InputImages {
  sampling::InitImages images;                 // undefined without --init_image
  std::vector<std::shared_ptr<const sampling::InputImageRef>> refs;  // one per input, for the run descriptions
  std::vector<std::string> paths;
};
// The inputs --init_image and --mask name, at the model's size; a note for each image that
// was resized (as training resizes) when `notes` (one process of several says it). IoError
// for unreadable files, ConfigError for a mask of another size than its image.
InputImages read_input_images(const CommandArgs& args, int size, bool notes = true);

}  // namespace patchdiff::cli
