// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff info CKPT [flags]: what a checkpoint is, and where each resolved flag came from.
#include <cstdio>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"
#include "core/model/flops.h"
#include "core/model/model_loader.h"

namespace patchdiff::cli {

namespace {

// "  label:       " with the label translated and the values aligned.
void print_field(const std::string& label, const std::string& value) {
  std::printf("  %s %s\n", pad(label, 12).c_str(), value.c_str());
}

std::string source_name(model::FlagSource source) {
  switch (source) {
    //: Where a flag's value came from (patchdiff info): the user's command line.
    case model::FlagSource::User:
      return translate("patchdiff", "user", "flag source");
    //: Where a flag's value came from: the checkpoint's .json sidecar file.
    case model::FlagSource::Sidecar:
      return translate("patchdiff", "sidecar", "flag source");
    //: Where a flag's value came from: read from the weights' tensor shapes.
    case model::FlagSource::Weights:
      return translate("patchdiff", "weights", "flag source");
    //: Where a flag's value came from: the original's default.
    case model::FlagSource::Default:
      return translate("patchdiff", "default", "flag source");
  }
  return model::to_string(source);
}

}  // namespace

int cmd_info(const Args& raw) {
  const auto args = parse_command_args(raw, {"entry", "model_path"}, {},
                                       {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  if (args.help) {
    //: patchdiff info --help. Keep CKPT, NAME, --entry and file names as they are.
    std::printf("%s", translate("patchdiff",
                                "usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]\n"
                                "CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).\n"
                                "Shows the resolved flags (and whether each came from you, the sidecar JSON, the\n"
                                "weights or the defaults), parameters, GFLOP per image per network pass and classes.\n")
                          .c_str());
    return 0;
  }
  std::vector<std::string> paths = args.positional;
  if (args.has("model_path")) paths.push_back(args.get("model_path"));
  if (paths.empty()) {
    std::string known;
    for (const auto& name : bundled_model_names()) known += (known.empty() ? "" : ", ") + name;
    throw ConfigError(format(translate("patchdiff", "info needs a checkpoint: a .pt file or a bundled model name (%1)"),
                             {known.empty() ? translate("patchdiff", "none found") : known}));
  }
  paths = resolve_model_paths(paths);

  for (const auto& path : paths) {
    const model::LoadedModel m = model::load_model(path, args.flags, args.get("entry"));
    const auto& c = m.config.model;
    std::printf("%s\n", m.title().c_str());
    print_field(translate("patchdiff", "file:"), path);
    if (!m.entry.empty()) {
      std::string available;
      for (const auto& e : m.available_entries) available += (available.empty() ? "" : ", ") + e;
      print_field(translate("patchdiff", "entry:"),
                  format(translate("patchdiff", "%1 (available: %2; choose with --entry)"), {m.entry, available}));
    }
    if (m.sidecar && !m.sidecar->description.empty())
      print_field(translate("patchdiff", "about:"), m.sidecar->description);
    print_field(translate("patchdiff", "parameters:"),
                format(translate("patchdiff", "%1 (%2 M)", "parameter count, millions"),
                       {std::to_string(m.parameter_count), c_format("%.2f", m.parameter_count / 1e6)}));
    print_field(translate("patchdiff", "GFLOP:"),
                format(translate("patchdiff", "%1 per image per network pass (x2 with guidance)"),
                       {c_format("%.3f", model::gflop_per_image(c))}));
    //: %1 image size in pixels, %2 the patch size P, %3 the U-Net's resolution (image size / P),
    //: %4 its input channels (3 P^2).
    const std::string resolution =
        format(translate("patchdiff", "%1 px, patch size %2 -> U-Net at %3 x %3 with %4 channels in"),
               {std::to_string(c.image_size), std::to_string(c.patch_size), std::to_string(c.patched_size()),
                std::to_string(c.in_channels())});
    print_field(translate("patchdiff", "resolution:"), resolution);
    if (c.class_cond) {
      print_field(translate("patchdiff", "classes:"),
                  format(translate("patchdiff", "%1 (null label for guidance: %2)"),
                         {std::to_string(c.num_classes), std::to_string(c.null_label())}));
      for (size_t i = 0; i < m.class_names.size(); ++i)
        std::printf("    %2zu  %s\n", i, m.class_names[i].c_str());
    } else {
      print_field(translate("patchdiff", "classes:"), translate("patchdiff", "unconditional"));
    }
    std::printf("  %s\n", translate("patchdiff", "flags:").c_str());
    for (const auto& spec : model::flag_specs()) {
      auto it = m.config.flags.find(spec.name);
      if (it == m.config.flags.end()) continue;
      std::printf("    --%-24s %-12s (%s)\n", spec.name, it->second.value.empty() ? "''" : it->second.value.c_str(),
                  source_name(it->second.source).c_str());
    }
    std::printf("  %s\n    %s\n", translate("patchdiff", "as a command line:").c_str(),
                model::to_flag_string(m.config.flags).c_str());
    if (m.sidecar && !m.sidecar->attribution.empty())
      print_field(translate("patchdiff", "attribution:"), m.sidecar->attribution);
    if (m.sidecar && !m.sidecar->license.empty()) print_field(translate("patchdiff", "license:"), m.sidecar->license);
    for (const auto& w : m.config.warnings) print_warning(w);
    if (paths.size() > 1) std::printf("\n");
  }
  return 0;
}

}  // namespace patchdiff::cli
