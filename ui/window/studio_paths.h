// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the studio finds its bundled models at run time.
#include <QString>

namespace patchdiff::ui {

// PATCHDIFF_MODELS_DIR if set; else <exe>/../share/patchdiff/models when installed; else
// the source tree's resources/models. Empty when none exists.
QString bundledModelsDir();

// The feature network compare mode scores with (emoji64_features.pt): in PATCHDIFF_SCORE_DIR
// if set, else in the score folder beside the bundled models (share/patchdiff/score,
// resources/score). Empty when it is not there.
QString bundledFeatureNetPath();

// The user guide: <exe>/../share/doc/patchdiff/user-guide.md when installed, else the source
// tree's docs/user-guide.md. Empty when neither exists.
QString userGuidePath();

// Registers the studio's compiled-in resources (icons); they live in a static library, so
// the linker keeps them only when something calls this. Safe to call more than once.
void initStudioResources();

}  // namespace patchdiff::ui
