// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The studio's entry point: `patchdiff-studio [--version] [--new-instance] [FILE...]` (.pt
// models are loaded, our PNGs restored; in the studio already running unless --new-instance).
namespace patchdiff::ui {

int runStudio(int argc, char** argv);

}  // namespace patchdiff::ui
