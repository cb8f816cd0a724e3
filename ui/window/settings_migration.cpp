// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/settings_migration.h"

#include <QSettings>

namespace patchdiff::ui {

namespace {
const QString kMarkerKey = QStringLiteral("settings/migratedFrom");
}  // namespace

int migrateSettings(const QSettings& from, QSettings& to) {
  if (to.contains(kMarkerKey)) return 0;
  int copied = 0;
  for (const QString& key : from.allKeys()) {
    if (to.contains(key)) continue;
    to.setValue(key, from.value(key));
    ++copied;
  }
  to.setValue(kMarkerKey, from.fileName());
  to.sync();
  return copied;
}

int migrateLegacySettings() {
  const QSettings legacy(QSettings::UserScope, QStringLiteral("PatchDiffusion"), QStringLiteral("Patch Diffusion Studio"));
  QSettings current;
  return migrateSettings(legacy, current);
}

}  // namespace patchdiff::ui
