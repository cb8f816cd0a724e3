// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] --out out.npy: one network pass.
#include <cstdio>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"
#include "core/io/npy.h"
#include "core/model/flags.h"
#include "core/model/model_loader.h"

namespace patchdiff::cli {

int cmd_forward(const Args& raw) {
  const auto args = parse_command_args(
      raw, {"entry", "model_path", "x", "t", "y", "out", "device", "threads"}, {},
      {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  if (args.help) {
    //: patchdiff forward --help. Keep flag names, file names, values and shapes as they are.
    std::printf("%s", translate("patchdiff",
                                "usage: patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]\n"
                                "                         [--device cpu|cuda] [--threads N] [model flags]\n"
                                "Runs the network once. x: float [B, 3, S, S] in model space; t: one original\n"
                                "timestep per image (or one for all); y: one label per image for class-conditional\n"
                                "models (the class count is the null label). Prints max/mean of the output.\n")
                          .c_str());
    return 0;
  }
  std::string path = args.get("model_path");
  if (path.empty() && !args.positional.empty()) path = args.positional.front();
  if (path.empty())
    throw ConfigError(translate("patchdiff", "forward needs a checkpoint (patchdiff forward CKPT ...)"));
  path = resolve_model_path(path);
  if (!args.has("x")) throw ConfigError(translate("patchdiff", "forward needs --x x.npy ([B, 3, S, S] float)"));
  if (!args.has("t")) throw ConfigError(translate("patchdiff", "forward needs --t (timesteps, e.g. 999,500)"));
  use_threads_option(args);

  model::LoadedModel m = model::load_model(path, args.flags, args.get("entry"));
  const auto& c = m.config.model;
  torch::Device device(args.get("device", "cpu"));
  if (device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));

  torch::Tensor x = io::read_npy(args.get("x")).to(torch::kFloat32);
  if (x.dim() != 4 || x.size(1) != 3 || x.size(2) != c.image_size || x.size(3) != c.image_size)
    throw ConfigError(format(translate("patchdiff", "--x %1 has shape %2, the model needs %3"),
                             {args.get("x"), c10::str(x.sizes()),
                              "[B, 3, " + std::to_string(c.image_size) + ", " + std::to_string(c.image_size) + "]"}));
  const int64_t batch = x.size(0);
  auto t_list = model::parse_int_list("t", args.get("t"));
  if (t_list.size() == 1) t_list.assign(batch, t_list[0]);
  if (static_cast<int64_t>(t_list.size()) != batch)
    throw ConfigError(format(translate("patchdiff", "--t has %1 timesteps for %2 images"),
                             {std::to_string(t_list.size()), std::to_string(batch)}));
  torch::Tensor t = torch::tensor(std::vector<int64_t>(t_list.begin(), t_list.end()));
  torch::Tensor y;
  if (c.class_cond) {
    if (!args.has("y")) throw ConfigError(translate("patchdiff", "this model is class-conditional: give --y (labels)"));
    auto y_list = model::parse_int_list("y", args.get("y"));
    if (y_list.size() == 1) y_list.assign(batch, y_list[0]);
    if (static_cast<int64_t>(y_list.size()) != batch)
      throw ConfigError(format(translate("patchdiff", "--y has %1 labels for %2 images"),
                               {std::to_string(y_list.size()), std::to_string(batch)}));
    for (int label : y_list)
      if (label < 0 || label > c.null_label())
        throw ConfigError(
            format(translate("patchdiff", "label %1 is out of range: 0..%2, or %3 for no label"),
                   {std::to_string(label), std::to_string(c.num_classes - 1), std::to_string(c.null_label())}));
    y = torch::tensor(std::vector<int64_t>(y_list.begin(), y_list.end())).to(device);
  } else if (args.has("y")) {
    throw ConfigError(translate("patchdiff", "--y given, but this model is unconditional"));
  }

  if (m.config.model.use_fp16 && !device.is_cuda())
    print_note(translate("patchdiff", "--use_fp16 applies on CUDA only; running float32 on the CPU"));
  m.net->to(device);
  if (m.config.model.use_fp16 && device.is_cuda()) m.net->convert_torso_to_fp16();
  c10::InferenceMode inference;
  torch::Tensor out = m.net->forward(x.to(device), t.to(device), y).to(torch::kCPU);
  //: The network's output: %1 its shape, then its largest value, mean and largest magnitude.
  std::printf("%s\n",
              format(translate("patchdiff", "output %1  max %2  mean %3  max|.| %4"),
                     {c10::str(out.sizes()), c_format("%.6g", out.max().item<double>()),
                      c_format("%.6g", out.mean().item<double>()), c_format("%.6g", out.abs().max().item<double>())})
                  .c_str());
  if (args.has("out")) {
    io::write_npy(args.get("out"), out);
    std::printf("%s\n", format(translate("patchdiff", "wrote %1"), {args.get("out")}).c_str());
  }
  return 0;
}

}  // namespace patchdiff::cli
