// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The folder every export dialog opens in (image, all images, filmstrip, animation, plots,
// comparison sheet): the last folder anything was exported to, kept in QSettings
// (files/exportFolder), else the outputs folder where finished runs are saved.
#include <QString>

namespace patchdiff::ui {

QString exportFolder();
// `fileName` ("filmstrip.png") inside the export folder, where a save dialog starts.
QString exportPath(const QString& fileName);
// Remembers the folder of `path` (a file just written, or a folder exported into).
void rememberExportFolder(const QString& path);

}  // namespace patchdiff::ui
