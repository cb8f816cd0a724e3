// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The studio's entry point: `patchdiff-studio [--version] [FILE...]` (.pt models are loaded,
// our PNGs restored).
namespace patchdiff::ui {

int runStudio(int argc, char** argv);

}  // namespace patchdiff::ui
