// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exports of a recorded trajectory: a filmstrip PNG (every k-th step of one image, the x0
// prediction over x_t, each captioned with its step) and an animated GIF (core/io/gif_writer,
// giflib) of the denoising of one image or of the whole grid. Written atomically.
#include <QImage>
#include <QString>
#include <QVector>

namespace patchdiff::ui {

struct RunRecord;

// The recorded steps a filmstrip shows: every `every`-th recorded step and the last.
QVector<int> filmstripSteps(const RunRecord& record, int every);
// An interval that gives about `target` frames (a multiple of the recording interval).
int filmstripInterval(const RunRecord& record, int target = 12);

// The filmstrip of image `image` (x0 prediction row over x_t row), scaled up by a whole factor.
QImage renderFilmstrip(const RunRecord& record, int image, int every);
bool writeFilmstrip(const QString& path, const RunRecord& record, int image, int every, QString* error);

// One frame per recorded step: image `image`, or all images as a grid when image < 0; the
// last frame holds for a moment. Returns the number of frames written (0 with `error`).
int writeTrajectoryGif(const QString& path, const RunRecord& record, int image, QString* error);

// The x0 predictions of a frame tiled as a grid (as the canvas lays them out).
QImage gridOf(const QVector<QImage>& images, int pad = 2);

}  // namespace patchdiff::ui
