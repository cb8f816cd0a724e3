// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/sampler_args.h"

#include "app/patchdiff/cli_tr.h"
#include "core/error.h"
#include "core/model/flags.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::cli {

std::set<std::string> with_sampler_options(std::set<std::string> own) {
  own.insert({"sampler", "schedule", "order", "eta", "dynamic_threshold"});
  return own;
}

sampling::SamplerSettings sampler_settings_from_args(const CommandArgs& args) {
  const std::string& solver_flag = model::original_solver_flag();
  sampling::SamplerSettings s;
  s.timestep_respacing = args.flag("timestep_respacing");
  s.solver = model::solver_from_original_flag(args.flag(solver_flag));
  if (args.has("sampler")) {
    // The original's flag set to True keeps meaning ddim; beside --sampler it must agree.
    if (args.flags.count(solver_flag) && s.solver == "ddim" && args.get("sampler") != "ddim")
      //: %1 the solver given with --sampler, %2 the original's DDIM flag name.
      throw ConfigError(format(translate("patchdiff", "--%2 True and --sampler %1 disagree: give one of them"),
                               {args.get("sampler"), solver_flag}));
    s.solver = args.get("sampler");
  }
  s.schedule = args.get("schedule", "uniform");
  s.order = args.has("order") ? model::parse_int("order", args.get("order")) : 0;
  s.eta = args.has("eta") ? model::parse_double("eta", args.get("eta")) : sampling::solver_info(s.solver).default_eta;
  s.guidance_scale = model::parse_double("guidance_scale", args.flag("guidance_scale"));
  s.clip_denoised = model::parse_bool("clip_denoised", args.flag("clip_denoised"));
  s.dynamic_threshold = sampling::threshold_mode_from_string(args.get("dynamic_threshold", "auto"));
  sampling::validate(s);
  return s;
}

std::set<std::string> flags_setting(const std::string& setting) {
  if (setting == "sampler") return {"sampler", model::original_solver_flag()};
  return {setting};
}

}  // namespace patchdiff::cli
