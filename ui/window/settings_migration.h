// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The studio's settings moved when the application id became final (organisation
// "PatchDiffusion", application "Patch Diffusion Studio" before; studio_app.cpp sets the
// current names). The first start under the new names copies the old settings over, once.
class QSettings;

namespace patchdiff::ui {

// Copies every key of `from` that `to` lacks, unless `to` records an earlier migration;
// then records this one (also when `from` was empty, so it never runs again). Returns how
// many keys it copied. `from` is left as it was (an older build may still read it).
int migrateSettings(const QSettings& from, QSettings& to);

// migrateSettings() from the old names to the application's current QSettings().
int migrateLegacySettings();

}  // namespace patchdiff::ui
