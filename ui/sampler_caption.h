// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The solver registry's names as the studio shows them: a solver's title, translated
// ("DDPM"), and a job's solver in a caption ("DDIM η=0.3").
#include <QString>

#include <string>

#include "core/sampling/sampler_settings.h"

namespace patchdiff::ui {

QString solverTitle(const std::string& solverId);
QString samplerCaption(const sampling::SamplerSettings& job);

}  // namespace patchdiff::ui
