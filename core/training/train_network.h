// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What training needs of the network beyond inference: the original's initialisation, its
// gradient path into the variance head, and label dropout for classifier-free guidance.
#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/model/unet.h"

namespace patchdiff::training {

// The original zero-initialises (zero_module) each residual block's time projection
// `emb_layers` and last conv `out_layers.2`, each attention block's `proj_out`, and the
// output conv `out.2`; everything else keeps PyTorch's default init, which LibTorch's
// modules share. Returns the names of the zeroed parameters.
std::vector<std::string> zero_init_like_original(model::UNetImpl& net);

// The network's forward pass with the original's gradient path: the variance head reads
// `concat.detach()` (unet.py: `concat = concat.detach().requires_grad_(True) + ...`), so the
// variational-bound term trains the variance head and the time embedding, never the
// torso. Values equal UNetImpl::forward's (up to float rounding: forward() may take faster
// conv paths); only gradients differ. Once UNetImpl::forward detaches that input itself when
// grad mode is on, this can become a plain call of forward().
torch::Tensor training_forward(model::UNetImpl& net, const torch::Tensor& x,
                               const torch::Tensor& timesteps, const torch::Tensor& labels = {});

// Replaces each label by the null label `null_label` with probability `p`, drawing from
// `generator` (one uniform per image, always, so the stream does not depend on p).
torch::Tensor drop_labels(const torch::Tensor& labels, double p, int64_t null_label,
                          at::Generator& generator);

}  // namespace patchdiff::training
