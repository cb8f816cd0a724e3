// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled header for core/: LibTorch is most of every translation unit's compile time.
#pragma once
#include <torch/torch.h>
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
