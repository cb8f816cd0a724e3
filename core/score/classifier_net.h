// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small classifier whose penultimate layer is the emoji domain's feature space (as a
// LeNet's is for MNIST scores: no Inception weights ship here). Four 3x3 convolution blocks
// with batch norm (64 -> 32 -> 16 -> 8 pixels), global average pooling, a 128-wide layer
// (the features, after its ReLU) and a linear layer to the classes. Built directly as a
// TorchScript module (parameters registered from C++, methods defined from TorchScript
// source), so the very module that is trained is saved, and any LibTorch or PyTorch loads it
// with torch.jit.load: forward(x) gives the features, classify(features) the logits.
#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace torch::jit {
struct Module;
}

namespace patchdiff::score {

struct ClassifierShape {
  int64_t input_size = 64;
  int64_t feature_dim = 128;
  std::vector<int64_t> widths{32, 64, 96, 192};
  std::vector<std::string> class_names;  // its size is the number of classes
};

// A freshly initialised module (He-normal convolutions and linear layers, zero biases, unit
// batch norms), its initial weights a function of `seed` alone. Attributes: input_size,
// input_min = -1, input_max = 1 (the diffusion models' pixel range), num_classes,
// feature_dim, class_names.
torch::jit::Module make_classifier_net(const ClassifierShape& shape, uint64_t seed);

// Logits [N, C] of network inputs [N, 3, S, S]: classify(forward(x)), in the module's
// current train/eval mode (for training; scoring goes through FeatureNet).
torch::Tensor classifier_logits(torch::jit::Module& module, const torch::Tensor& x);

// Writes the module atomically (a TorchScript archive; IoError naming the path).
void save_module(const torch::jit::Module& module, const std::string& path);
// The bytes save_module would write (their SHA-256 identifies the network).
std::string module_bytes(const torch::jit::Module& module);

}  // namespace patchdiff::score
