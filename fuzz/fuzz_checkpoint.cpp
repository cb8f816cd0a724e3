// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint readers: a torch.save zip (zip directory, restricted unpickler, storages,
// state_dict) or a .safetensors file, then flag resolution from the weights' shapes, as
// `patchdiff info` and the studio's Open do before building a network.
#include "core/model/config_resolver.h"
#include "core/model/model_loader.h"
#include "core/model/safetensors.h"
#include "core/model/state_dict.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const bool safetensors = size >= 8 && data[0] != 'P';  // a zip starts "PK"
  const std::string path = fuzz::as_file(data, size, safetensors ? ".safetensors" : ".pt");
  fuzz::expect_clean_errors([&] {
    const auto file = model::read_checkpoint(path);
    const auto shapes = model::shapes_of(file.tensors);
    (void)model::resolve_config(shapes, {}, std::nullopt);
  });
  if (safetensors) fuzz::expect_clean_errors([&] { (void)model::parse_safetensors(fuzz::bytes_of(data, size), "fuzz"); });
  return 0;
}
