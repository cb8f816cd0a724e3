// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Quality against compute for a scored comparison: each scored column's Fréchet distance
// against the network work it spends on one finished image (GFLOP per pass x passes per
// step x steps), the floor (held-out real images) as a dashed line. The patching paper's
// claim, that a larger patch buys speed for little quality, read off one picture.
#include <string>

#include "core/inspect/compare_result.h"

namespace patchdiff::inspect {

// The chart; ConfigError when no column is scored. The x axis is logarithmic when the
// columns' work spans more than 8x.
RgbImage render_quality_chart(const CompareResult& result);

// Writes it as a PNG (atomically) with compare.json in its text chunk "patchdiff_compare";
// IoError naming the path when it cannot be written.
void write_quality_chart(const std::string& path, const CompareResult& result);

}  // namespace patchdiff::inspect
