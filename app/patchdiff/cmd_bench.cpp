// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff bench: times the sampling loop (core/sampling's Sampler, as `patchdiff sample`
// runs it) for named presets with random weights or for checkpoints. patchdiff selftest:
// the original's reference cases on a chosen device and precision, with their errors.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "core/bench/bench.h"
#include "core/bench/device_info.h"
#include "core/bench/presets.h"
#include "core/bench/selftest.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/fast_paths.h"
#include "core/model/flags.h"
#include "core/model/flops.h"

namespace patchdiff::cli {

namespace {

std::vector<std::string> split_on(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, separator))
    if (!item.empty()) out.push_back(item);
  return out;
}

bool parse_on_off(const std::string& name, const std::string& text) {
  if (text == "on" || text == "1" || text == "True" || text == "true") return true;
  if (text == "off" || text == "0" || text == "False" || text == "false") return false;
  throw ConfigError(format(translate("patchdiff", "--%1 takes on or off, got '%2'"), {name, text}));
}

torch::Device parse_device(const std::string& name) {
  if (name == "cpu") return torch::kCPU;
  if (name == "cuda") return torch::Device("cuda:0");
  if (name.rfind("cuda:", 0) == 0) return torch::Device(name);
  throw ConfigError(format(translate("patchdiff", "--device takes cpu, cuda or cuda:N, got '%1'"), {name}));
}

std::string command_line(const std::string& command, const Args& raw) {
  std::string text = "patchdiff " + command;
  for (const auto& a : raw) text += " " + a;
  return text;
}

void write_json(const std::string& path, nlohmann::json j) {
  io::write_file_atomic(path, j.dump(2) + "\n");
  std::fprintf(stderr, "%s\n", format(translate("patchdiff", "wrote %1"), {path}).c_str());
}

//: patchdiff bench --help. Keep flag names, preset names, values, units (ms/step, TFLOP/s)
//: and paths as they are; keep the layout.
const char* kBenchHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [model flags])\n"
    "                       [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]\n"
    "                       [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]\n"
    "                       [--threads N] [--cuda_graphs on|off] [--channels_last on|off]\n"
    "                       [--noise seeded|device] [--fast_paths SPEC] [--ab 'SPEC;SPEC']\n"
    "                       [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]\n"
    "                       [--profile]\n"
    "Times whole reverse steps of the sampling loop (network, guidance, thresholding, update,\n"
    "noise) after --warmup untimed ones, and prints ms/step (median, p10..p90), images/s for a\n"
    "250-step run, achieved TFLOP/s, host time drawing noise, peak memory and, for presets,\n"
    "the original's ms/step on an H200 (../shared/anchors/peer-gpu.md) with the speed-up.\n"
    "  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4 (random weights; 'all'\n"
    "                   = these five), tiny, tiny_cond (smoke tests); --list-presets shows them\n"
    "  --model_path     checkpoints instead (several = SNR splits, with --snr_splits)\n"
    "  --precision      torso precision: fp32, fp16 (the original's use_fp16, CUDA) or bf16\n"
    "  --guidance       classifier-free guidance for class-conditional checkpoints (default 1.5;\n"
    "                   presets use the README's)\n"
    "  --cuda_graphs    replay each network pass as a CUDA graph (default off)\n"
    "  --noise          seeded: per-image CPU streams as `patchdiff sample` (default,\n"
    "                   images drawn in parallel);\n"
    "                   device: torch::randn on the device, as the original\n"
    "  --fast_paths     switches, e.g. conv=0,attn=1 (also $PATCHDIFF_FAST_PATHS)\n"
    "  --ab             compare switch sets in one process, interleaved run by run,\n"
    "                   e.g. --ab 'conv=0;conv=1' --repeats 3 (a set may add noise=MODE)\n"
    "  --block          steps per synchronised timing block (default 1 on CPU, 5 on CUDA)\n"
    "  --json           also write the report as JSON\n"
    "  --profile        also time every operator of the timed steps: each step's share of\n"
    "                   convolution, layout (copies, reorders), GroupNorm+SiLU, attention,\n"
    "                   elementwise, allocation, noise and host code, and the costliest operators\n");

//: patchdiff selftest --help. Keep flag names, values, tolerances and file names as they are.
const char* kSelftestHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]\n"
    "                          [--device cpu|cuda] [--precision fp32|fp16|bf16]\n"
    "                          [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]\n"
    "                          [--model_tolerance X] [--sampling_tolerance X] [--threads N]\n"
    "                          [--json out.json]\n"
    "Runs every network and sampling case of the reference folder (index.json, computed by\n"
    "the original on the CPU in float32) and prints each largest absolute error. Exits 1 when\n"
    "any exceeds its tolerance (float32: 1e-4 network outputs on the CPU, 1e-3 on CUDA and for\n"
    "sampling runs; fp16 and bf16 get loose bounds that only catch broken paths). Cases whose\n"
    "files are missing from a partial reference folder are skipped.\n"
    "  --compare_models, --compare_presets  also run these checkpoints / presets (random\n"
    "                   weights) on the device and on this build's CPU float32 path from the\n"
    "                   same inputs: one network pass, 10 DDIM and 5 DDPM steps (guidance 1.5)\n");

void print_presets() {
  std::printf("%-12s %-42s %8s %8s %8s %10s %10s\n", "preset", "configuration", "models", "params M",
              "GFLOP", "orig b1 ms", "orig ms@B");
  for (const auto& p : bench::presets()) {
    const auto config = bench::resolve_preset(p);
    if (p.has_anchor())
      std::printf("%-12s %-42s %8d %8.1f %8.1f %10.1f %6.1f@%-3d\n", p.name.c_str(), p.title.c_str(),
                  p.num_models, p.params_millions, model::gflop_per_image(config.model), p.anchor_ms_batch1,
                  p.anchor_ms_batch, p.anchor_batch);
    else
      std::printf("%-12s %-42s %8d %8s %8.2f %10s %10s\n", p.name.c_str(), p.title.c_str(), p.num_models,
                  "-", model::gflop_per_image(config.model), "-", "-");
  }
}

}  // namespace

int cmd_bench(const Args& raw) {
  const auto args = parse_command_args(
      raw,
      {"preset", "batch", "steps", "warmup", "repeats", "device", "precision", "guidance", "threads",
       "cuda_graphs", "channels_last", "noise", "fast_paths", "ab", "block", "seed", "json", "entry",
       "model_path"},
      {"list-presets", "profile"}, {model::FlagGroup::Model, model::FlagGroup::Diffusion});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kBenchHelp).c_str());
    return 0;
  }
  if (args.has("list-presets")) {
    print_presets();
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  use_threads_option(args);
  if (args.has("fast_paths")) model::apply_fast_paths(args.get("fast_paths"));

  bench::BenchSettings s;
  s.batches.clear();
  for (const auto& b : split_on(args.get("batch", "1"), ',')) s.batches.push_back(model::parse_int("batch", b));
  s.steps = model::parse_int("steps", args.get("steps", "50"));
  s.warmup = model::parse_int("warmup", args.get("warmup", "3"));
  s.repeats = model::parse_int("repeats", args.get("repeats", "1"));
  s.device = parse_device(args.get("device", "cpu"));
  s.precision = bench::parse_precision(args.get("precision", "fp32"));
  s.cuda_graphs = parse_on_off("cuda_graphs", args.get("cuda_graphs", "off"));
  s.channels_last = parse_on_off("channels_last", args.get("channels_last", "off"));
  s.noise = bench::parse_noise_mode(args.get("noise", "seeded"));
  s.block = model::parse_int("block", args.get("block", "0"));
  s.seed = std::stoull(args.get("seed", "0"));
  if (args.has("ab")) s.variants = split_on(args.get("ab"), ';');
  s.profile = args.has("profile");
  if (args.flags.count("timestep_respacing")) s.respacing = args.flag("timestep_respacing");
  if (s.cuda_graphs && !s.device.is_cuda())
    print_note(translate("patchdiff", "--cuda_graphs applies on CUDA only and is ignored on the CPU"));

  std::vector<bench::BenchTarget> targets;
  if (args.has("preset") == args.has("model_path"))
    throw ConfigError(translate("patchdiff", "give either --preset NAME[,NAME] or --model_path A.pt[,B.pt]"));
  if (args.has("preset")) {
    if (!args.flags.empty())
      throw ConfigError(translate("patchdiff", "model flags apply to --model_path; presets carry the README's flags"));
    std::vector<std::string> names = split_on(args.get("preset"), ',');
    if (names.size() == 1 && names.front() == "all") names = bench::anchor_preset_names();
    for (const auto& name : names) {
      const auto& preset = bench::find_preset(name);
      std::fprintf(stderr, "%s\n",
                   format(preset.num_models > 1 ? translate("patchdiff", "building %1 (%2 networks, random weights)")
                                                : translate("patchdiff", "building %1 (one network, random weights)"),
                          {name, std::to_string(preset.num_models)})
                       .c_str());
      targets.push_back(bench::preset_target(preset, s.seed));
    }
  } else {
    model::FlagValues model_flags = args.flags;
    model_flags.erase("timestep_respacing");
    bench::BenchTarget target;
    for (const auto& path : resolve_model_paths(split_on(args.get("model_path"), ','))) {
      target.models.push_back(model::load_model(path, model_flags, args.get("entry")));
      target.name += (target.name.empty() ? "" : "+") + std::filesystem::path(path).stem().string();
    }
    target.snr_splits = diffusion::parse_snr_splits(args.flag("snr_splits"));
    target.guidance_scale = model::parse_double("guidance", args.get("guidance", "1.5"));
    targets.push_back(std::move(target));
  }
  if (args.has("guidance"))
    for (auto& t : targets) t.guidance_scale = model::parse_double("guidance", args.get("guidance"));

  const auto report = bench::run_bench(targets, s, [](const std::string& line) {
    std::fprintf(stderr, "%s\n", line.c_str());
  });
  std::printf("%s", bench::format_table(report).c_str());
  if (s.profile) std::printf("\n%s", bench::format_profile(report).c_str());
  if (args.has("json")) {
    auto j = bench::to_json(report);
    j["command"] = command_line("bench", raw);
    j["guidance"] = targets.front().guidance_scale;
    write_json(args.get("json"), j);
  }
  return 0;
}

int cmd_selftest(const Args& raw) {
  const auto args = parse_command_args(
      raw,
      {"reference", "compare_models", "compare_presets", "device", "precision", "cuda_graphs",
       "channels_last", "fast_paths",
       "model_tolerance", "sampling_tolerance", "threads", "json"},
      {}, {});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kSelftestHelp).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  if (!args.has("reference") && !args.has("compare_models") && !args.has("compare_presets"))
    throw ConfigError(translate(
        "patchdiff", "give --reference DIR (the folder holding index.json), --compare_models or --compare_presets"));
  use_threads_option(args);
  if (args.has("fast_paths")) model::apply_fast_paths(args.get("fast_paths"));

  bench::SelftestSettings s;
  s.reference_dir = args.get("reference");
  s.compare_checkpoints = split_on(args.get("compare_models"), ',');
  s.compare_presets = split_on(args.get("compare_presets"), ',');
  s.device = parse_device(args.get("device", "cpu"));
  s.precision = bench::parse_precision(args.get("precision", "fp32"));
  s.cuda_graphs = parse_on_off("cuda_graphs", args.get("cuda_graphs", "off"));
  s.channels_last = parse_on_off("channels_last", args.get("channels_last", "off"));
  if (args.has("model_tolerance")) s.model_tolerance = model::parse_double("model_tolerance", args.get("model_tolerance"));
  if (args.has("sampling_tolerance"))
    s.sampling_tolerance = model::parse_double("sampling_tolerance", args.get("sampling_tolerance"));

  std::printf("%s\n",
              format(s.cuda_graphs ? translate("patchdiff", "selftest on %1, %2, fast paths %3, CUDA graphs on")
                                   : translate("patchdiff", "selftest on %1, %2, fast paths %3, CUDA graphs off"),
                     {s.device.str(), bench::to_string(s.precision), model::describe_fast_paths()})
                  .c_str());
  const auto cases = bench::run_selftest(s, [](const bench::SelftestCase& c) {
    if (c.skipped)
      std::printf("  skip %-8s %-32s %s\n", c.kind.c_str(), c.name.c_str(), c.detail.c_str());
    else  // ok/FAIL/skip stay English: scripts count them (packaging/gpu/check.sh)
      std::printf("  %-4s %-8s %-32s %s  %s\n", c.passed ? "ok" : "FAIL", c.kind.c_str(), c.name.c_str(),
                  format(translate("patchdiff", "max abs error %1 (tolerance %2)"),
                         {c_format("%.3g", c.max_error), c_format("%.1g", c.tolerance)})
                      .c_str(),
                  c.detail.c_str());
    std::fflush(stdout);
  });
  int failed = 0, skipped = 0;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : cases) {
    failed += c.passed ? 0 : 1;
    skipped += c.skipped ? 1 : 0;
    rows.push_back({{"kind", c.kind}, {"name", c.name}, {"max_abs_error", c.max_error},
                    {"tolerance", c.tolerance}, {"passed", c.passed}, {"skipped", c.skipped},
                    {"detail", c.detail}});
  }
  std::printf("%s\n", format(translate("patchdiff", "%1 cases, %2 failed, %3 skipped"),
                             {std::to_string(cases.size()), std::to_string(failed), std::to_string(skipped)})
                          .c_str());
  if (args.has("json")) {
    nlohmann::json j;
    j["command"] = command_line("selftest", raw);
    j["device"] = s.device.str();
    j["device_name"] = bench::device_name(s.device);
    j["libtorch"] = bench::libtorch_version();
    j["date"] = bench::now_text();
    j["precision"] = bench::to_string(s.precision);
    j["cuda_graphs"] = s.cuda_graphs;
    j["channels_last"] = s.channels_last;
    j["fast_paths"] = model::describe_fast_paths();
    j["cases"] = rows;
    j["failed"] = failed;
    j["skipped"] = skipped;
    write_json(args.get("json"), j);
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace patchdiff::cli
