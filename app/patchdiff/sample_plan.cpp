// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/sample_plan.h"

#include <cstdio>

#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/progress_bar.h"

namespace patchdiff::cli {

int64_t batch_count(const SamplePlan& plan) {
  return plan.batch_size > 0 ? (plan.num_samples + plan.batch_size - 1) / plan.batch_size : 0;
}

void print_sample_plan(const SamplePlan& plan) {
  //: Said before sampling starts. %1 images, %2 batches, %3 images per batch, %4 steps per
  //: image, %5 the solver (ddpm, ddim, unipc, ...), %6 the device (cpu, cuda:0), %7 the output folder.
  std::fprintf(stderr, "%s\n",
               format(translate("patchdiff", "sampling %1 images in %2 batches of up to %3, %4 %5 steps each, on %6, "
                                             "into %7"),
                      {std::to_string(plan.num_samples), std::to_string(batch_count(plan)),
                       std::to_string(plan.batch_size), std::to_string(plan.steps), plan.method, plan.device,
                       plan.save_dir})
                   .c_str());
  if (plan.count_is_default || plan.steps_are_default)
    print_note(format(translate("patchdiff",
                                "these are the original's defaults (--num_samples 10000, all %1 diffusion steps); "
                                "for a quick look try --num_samples 16 --timestep_respacing 50"),
                      {std::to_string(plan.diffusion_steps)}));
}

void print_sample_estimate(const SamplePlan& plan, double seconds_per_step) {
  const double total = seconds_per_step * static_cast<double>(batch_count(plan)) * plan.steps;
  //: %1 a duration (h:mm:ss, or days and h:mm:ss), %2 seconds per step of one batch.
  std::fprintf(stderr, "%s\n",
               format(translate("patchdiff", "estimated time: about %1 (%2 s per step); Ctrl+C stops and keeps "
                                             "the finished batches"),
                      {format_duration(total), c_format("%.3g", seconds_per_step)})
                   .c_str());
  std::fflush(stderr);
}

}  // namespace patchdiff::cli
