// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff-studio: Patch Diffusion Studio, a thin main over patchdiff_ui.
#include "ui/window/studio_app.h"

int main(int argc, char** argv) { return patchdiff::ui::runStudio(argc, argv); }
