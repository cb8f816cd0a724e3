// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --timestep_respacing: which of the T original timesteps a sampler visits
// (guided-diffusion's space_timesteps).
#include <string>
#include <vector>

namespace patchdiff::diffusion {

// The kept timesteps, sorted ascending, for `spec`:
//   ""            all T steps;
//   "N1,N2,..."   [0, T) split into equal sections (the first T mod k one longer), Ni
//                 evenly strided indices per section, rounded half-to-even like Python;
//   "ddimN"       range(0, T, s) for the smallest integer stride s giving N steps.
// Throws ConfigError (saying what was given and what is possible) for malformed text,
// counts < 1, a count larger than its section, or an impossible ddimN.
std::vector<int> space_timesteps(int num_timesteps, const std::string& spec);

}  // namespace patchdiff::diffusion
