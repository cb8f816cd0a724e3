// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-image measures of model-space images [B, C, H, W], shared by the trajectory plots and
// compare mode. Results are [B] float64 tensors on the input's device.
#include <torch/types.h>

namespace patchdiff::inspect {

// Blurriness: the fraction of an image's spectral energy above half the Nyquist frequency.
// Per channel, the 2-D DFT of the mean-removed image; a frequency bin (k_y, k_x) counts as
// high when max(|f_y|, |f_x|) > 0.5 * Nyquist, i.e. |k| > N/4 on either axis (max norm: the
// band a 2x downsampling removes, so P = 2 patches are the natural yardstick). Energies are
// summed over the channels before dividing. Values: 0 for a constant image (total energy 0,
// or below 1e-12 of the image's own energy, which is float rounding), 1 for a +1/-1
// checkerboard, about 0.75 for white noise, near 0 for smooth images.
torch::Tensor high_frequency_fraction(const torch::Tensor& images);

// sqrt(mean((a - b)^2)) over C, H, W per image.
torch::Tensor rms_difference(const torch::Tensor& a, const torch::Tensor& b);

}  // namespace patchdiff::inspect
