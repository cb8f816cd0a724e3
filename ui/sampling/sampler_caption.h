// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The solver registry's names as the studio shows them: a solver's title, translated
// ("DDPM"), and a job's solver in a caption ("DDIM η=0.3").
#include <QString>

#include <string>

#include "core/sampling/sampler_settings.h"

namespace patchdiff::ui {

QString solverTitle(const std::string& solverId);
// A schedule's name as shown ("Karras"), translated; an unknown name as it is.
QString scheduleTitle(const std::string& schedule);
QString samplerCaption(const sampling::SamplerSettings& job);

}  // namespace patchdiff::ui
