// patchdiff info CKPT [flags]: what a checkpoint is, and where each resolved flag came from.
#include <cstdio>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/commands.h"
#include "core/error.h"
#include "core/model/flops.h"
#include "core/model/model_loader.h"

namespace patchdiff::cli {

int cmd_info(const Args& raw) {
  const auto args = parse_command_args(raw, {"entry", "model_path"}, {},
                                       {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  if (args.help) {
    std::printf(
        "usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]\n"
        "CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).\n"
        "Shows the resolved flags (and whether each came from you, the sidecar JSON, the\n"
        "weights or the defaults), parameters, GFLOP per image per network pass and classes.\n");
    return 0;
  }
  std::vector<std::string> paths = args.positional;
  if (args.has("model_path")) paths.push_back(args.get("model_path"));
  if (paths.empty()) {
    std::string known;
    for (const auto& name : bundled_model_names()) known += (known.empty() ? "" : ", ") + name;
    throw ConfigError("info needs a checkpoint: a .pt file or a bundled model name (" +
                      (known.empty() ? std::string("none found") : known) + ")");
  }
  paths = resolve_model_paths(paths);

  for (const auto& path : paths) {
    const model::LoadedModel m = model::load_model(path, args.flags, args.get("entry"));
    const auto& c = m.config.model;
    std::printf("%s\n", m.title().c_str());
    std::printf("  file:        %s\n", path.c_str());
    if (!m.entry.empty()) {
      std::string available;
      for (const auto& e : m.available_entries) available += (available.empty() ? "" : ", ") + e;
      std::printf("  entry:       %s (available: %s; choose with --entry)\n", m.entry.c_str(),
                  available.c_str());
    }
    if (m.sidecar && !m.sidecar->description.empty())
      std::printf("  about:       %s\n", m.sidecar->description.c_str());
    std::printf("  parameters:  %lld (%.2f M)\n", static_cast<long long>(m.parameter_count),
                m.parameter_count / 1e6);
    std::printf("  GFLOP:       %.3f per image per network pass (x2 with guidance)\n",
                model::gflop_per_image(c));
    std::printf("  resolution:  %d px, patch size %d -> U-Net at %d x %d with %d channels in\n",
                c.image_size, c.patch_size, c.patched_size(), c.patched_size(), c.in_channels());
    if (c.class_cond) {
      std::printf("  classes:     %d (null label for guidance: %d)\n", c.num_classes, c.null_label());
      for (size_t i = 0; i < m.class_names.size(); ++i)
        std::printf("    %2zu  %s\n", i, m.class_names[i].c_str());
    } else {
      std::printf("  classes:     unconditional\n");
    }
    std::printf("  flags:\n");
    for (const auto& spec : model::flag_specs()) {
      auto it = m.config.flags.find(spec.name);
      if (it == m.config.flags.end()) continue;
      std::printf("    --%-24s %-12s (%s)\n", spec.name,
                  it->second.value.empty() ? "''" : it->second.value.c_str(),
                  model::to_string(it->second.source));
    }
    std::printf("  as a command line:\n    %s\n", model::to_flag_string(m.config.flags).c_str());
    if (m.sidecar && !m.sidecar->attribution.empty())
      std::printf("  attribution: %s\n", m.sidecar->attribution.c_str());
    if (m.sidecar && !m.sidecar->license.empty())
      std::printf("  license:     %s\n", m.sidecar->license.c_str());
    for (const auto& w : m.config.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (paths.size() > 1) std::printf("\n");
  }
  return 0;
}

}  // namespace patchdiff::cli
