// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --snr_splits: several models, each denoising one SNR band of the trajectory (Patch
// Diffusion's get_current_model and UniformSplitSampler).
#include <string>
#include <vector>

namespace patchdiff::diffusion {

// "0.25" or "1.0,0.25" -> {0.25} / {1.0, 0.25}; "" -> {}. Throws ConfigError on bad text.
std::vector<double> parse_snr_splits(const std::string& text);

// [1e9, splits..., 0]: model j covers the band between boundaries j and j+1.
std::vector<double> snr_boundaries(const std::vector<double>& splits);

// Throws ConfigError unless num_models == splits.size() + 1 and the splits are positive,
// below 1e9 and strictly decreasing (models go from high SNR, little noise, to low).
void validate_snr_splits(const std::vector<double>& splits, int num_models);

// The model serving a sampling step with SNR `snr`: j with b[j] >= snr > b[j+1].
// Throws ConfigError when no band holds it (an SNR above 1e9).
int split_model_for_snr(double snr, const std::vector<double>& boundaries);
// Per respaced step of a diffusion with these SNRs (GaussianDiffusion::tables().snr).
std::vector<int> split_models_per_step(const std::vector<double>& snrs,
                                       const std::vector<double>& boundaries);

// Training with `uniform_split_k`: the timesteps t with b[k] > SNR_t >= b[k+1] (the
// boundary inequality is the other way round from sampling, as in the original), drawn
// uniformly. Throws ConfigError when k is not a band or the band holds no timestep.
std::vector<int> uniform_split_timesteps(const std::vector<double>& snrs,
                                         const std::vector<double>& boundaries, int k);

// "uniform_split_k" -> k (the original reads the name's last character as k); -1 for any
// other sampler name.
int uniform_split_index(const std::string& sampler_name);

}  // namespace patchdiff::diffusion
