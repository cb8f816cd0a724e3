// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison sheet: the columns side by side, each its images stacked (scaled up by a
// whole factor to at least 128 pixels) over a caption band with its label and numbers.
#include <string>
#include <vector>

#include "core/inspect/compare_result.h"

namespace patchdiff::inspect {

// The caption lines of a column, e.g. {"emoji64_p4", "P=4  12.3 ms/step", "0.93 GFLOP/pass x2",
// "total 1.20 s", "speed-up x2.10", "RMS to first 0.123"} (x2: two passes per step, guidance).
std::vector<std::string> caption_lines(const CompareColumn& column);

// The sheet's title line, what every column shares: the checkpoint (unless the columns are
// checkpoints), the seed, and the first column's settings without the one that varies, e.g.
// "emoji64_p4  seed 7  timestep_respacing=20 eta=0 (guidance_scale varies)".
std::string sheet_title(const CompareResult& result);

// The columns, their caption bands, and the title line under them.
RgbImage render_compare_sheet(const CompareResult& result);

// Writes the sheet as a PNG (atomically) with compare.json in its text chunk
// "patchdiff_compare"; IoError naming the path when it cannot be written.
void write_compare_sheet(const std::string& path, const CompareResult& result);

}  // namespace patchdiff::inspect
