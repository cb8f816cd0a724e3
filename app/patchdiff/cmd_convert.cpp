// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff convert IN OUT [--dtype D] [--ema RATE] [--entry NAME]: .pt <-> .safetensors.
#include <cstdio>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"
#include "core/training/checkpoint_convert.h"

namespace patchdiff::cli {

int cmd_convert(const Args& raw) {
  const auto args = parse_command_args(raw, {"dtype", "ema", "entry"}, {}, {});
  if (args.help) {
    //: patchdiff convert --help. Keep IN, OUT, RATE, NAME, flag names, values, file names
    //: and __metadata__ as they are.
    std::printf("%s", translate("patchdiff",
                                "usage: patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]\n"
                                "                         [--entry NAME]\n"
                                "Converts a checkpoint between .pt (torch.save, the original's layout) and\n"
                                ".safetensors, by OUT's extension. A .safetensors file carries the sidecar's\n"
                                "flags, class names and provenance in its __metadata__; a .pt gets a .json sidecar.\n"
                                "Tensors are copied bit for bit unless --dtype casts the floating-point ones.\n"
                                "--ema RATE: from a training run's modelN, convert ema_RATE_N beside it.\n"
                                "--entry NAME: the state_dict to take from a file that wraps several.\n")
                          .c_str());
    return 0;
  }
  if (args.positional.size() != 2)
    throw ConfigError(translate("patchdiff", "convert needs two files: patchdiff convert IN OUT"));
  training::ConvertOptions options;
  options.dtype = args.get("dtype");
  options.ema_rate = args.get("ema");
  options.entry = args.get("entry");
  const auto result = training::convert_checkpoint(resolve_model_path(args.positional[0]), args.positional[1], options);
  //: After patchdiff convert: %1 the file written, %2 how many tensors, %3 the file read.
  std::printf("%s\n", format(translate("patchdiff", "wrote %1 (%2 tensors from %3)"),
                             {args.positional[1], std::to_string(result.tensors), result.source})
                          .c_str());
  return 0;
}

}  // namespace patchdiff::cli
