// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the harnesses' seed corpora (fuzz/seeds/<harness>/ under the build folder): small
// but real files of every format, made by our own writers (a tiny network's checkpoint as
// torch.save and as safetensors, npy and npz arrays, sample PNGs with run descriptions,
// the bundled models' sidecars, flag lines), so a campaign starts from valid structure.
// Usage: make_seeds OUT_DIR SOURCE_DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include <torch/torch.h>

#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/npy.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"
#include "core/model/config_resolver.h"
#include "core/model/model_loader.h"
#include "core/model/safetensors.h"
#include "core/model/state_dict.h"
#include "core/model/unet.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"

using namespace patchdiff;
namespace fs = std::filesystem;

namespace {

void put(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  io::write_file_atomic((dir / name).string(), bytes);
}

std::string file_bytes(const fs::path& path) { return io::read_file(path.string(), "seed source"); }

// A small network of the original's layout (8x8, P=2, 32 channels, one level with
// attention, class-conditional), in float16: the smallest real layout, ~370 KB.
model::StateDict tiny_weights() {
  const model::FlagValues flags{{"image_size", "8"},       {"num_channels", "32"},
                                {"num_res_blocks", "1"},   {"patch_size", "2"},
                                {"channel_mult", "1"},     {"attention_resolutions", "1"},
                                {"num_head_channels", "32"}, {"class_cond", "True"},
                                {"num_classes", "3"},      {"learn_sigma", "True"},
                                {"use_scale_shift_norm", "True"}};
  const auto config = model::resolve_config({}, flags, std::nullopt);
  model::UNet net(config.model);
  model::StateDict half;
  for (const auto& [name, tensor] : model::state_dict_of(*net)) half.insert(name, tensor.to(torch::kFloat16));
  return half;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_seeds OUT_DIR SOURCE_DIR\n";
    return 2;
  }
  const fs::path out = argv[1], source = argv[2];
  try {
    torch::manual_seed(0);
    // Checkpoints: torch.save zip and safetensors of the same weights, and a flat one.
    const auto weights = tiny_weights();
    const fs::path tmp = out / "tmp";
    fs::create_directories(tmp);
    model::save_state_dict((tmp / "tiny.pt").string(), weights);
    put(out / "checkpoint", "tiny.pt", file_bytes(tmp / "tiny.pt"));
    model::save_safetensors((tmp / "tiny.safetensors").string(), weights);
    put(out / "checkpoint", "tiny.safetensors", file_bytes(tmp / "tiny.safetensors"));
    model::StateDict flat;
    flat.insert("w", torch::arange(6, torch::kFloat32).reshape({2, 3}));
    flat.insert("b", torch::zeros({2}, torch::kFloat16));
    model::save_state_dict((tmp / "flat.pt").string(), flat);
    put(out / "checkpoint", "flat.pt", file_bytes(tmp / "flat.pt"));

    // npy of several dtypes and ranks; npz stored and holding two arrays.
    put(out / "npy_npz", "f32.npy", io::npy_bytes(torch::randn({2, 3, 4})));
    put(out / "npy_npz", "i64.npy", io::npy_bytes(torch::arange(5)));
    put(out / "npy_npz", "u8.npy", io::npy_bytes(torch::randint(0, 255, {2, 4, 4, 3}).to(torch::kUInt8)));
    io::write_npz((tmp / "two.npz").string(), {{"arr_0", torch::randint(0, 255, {2, 4, 4, 3}).to(torch::kUInt8)},
                                               {"arr_1", torch::tensor({1, 2}, torch::kLong)}});
    put(out / "npy_npz", "two.npz", file_bytes(tmp / "two.npz"));

    // Sample PNGs: a run description, one with an input image and mask, one with a branch.
    sampling::RunSpec spec;
    spec.checkpoints.push_back({"tiny.pt", std::string(64, 'a'), "", {{"image_size", "16"}, {"patch_size", "2"}}});
    spec.seed = 7;
    spec.label = 1;
    spec.class_name = "Faces";
    const auto pixels = torch::randint(0, 255, {8, 8, 3}).to(torch::kUInt8);
    const std::string png = io::encode_png(pixels);
    put(out / "png_run", "plain.png", io::png_with_text(png, io::kPngMetadataKey, sampling::to_json(spec)));
    auto with_input = spec;
    with_input.settings.strength = 0.5;
    auto mask = torch::zeros({8, 8}, torch::kUInt8);
    mask.narrow(1, 4, 4).fill_(255);
    with_input.input = std::make_shared<const sampling::InputImageRef>(
        sampling::input_image_ref("in.png", std::string(64, 'b'), pixels, "m.png", "", mask));
    const std::string input_json = sampling::to_json(with_input);
    put(out / "png_run", "input.png", io::png_with_text(png, io::kPngMetadataKey, input_json));
    sampling::BranchRecord branch;
    branch.parent_spec_json = sampling::to_json(spec);
    branch.step = 2;
    branch.image_size = 2;
    branch.start_x.assign(12, 0.25f);
    const std::string branch_json = sampling::with_branch(sampling::to_json(spec), branch);
    put(out / "png_run", "branch.png", io::png_with_text(png, io::kPngMetadataKey, branch_json));
    const fs::path v1 = source / "tests/sampling/data/run_v1_ddim_eta0.5.png";
    if (fs::exists(v1)) put(out / "png_run", "v1.png", file_bytes(v1));

    // JSON texts: first byte 0 RunSpec, 1 sampler settings, 2 sidecar (fuzz_run_json.cpp).
    put(out / "run_json", "spec", std::string(1, '\0') + input_json);
    put(out / "run_json", "branch", std::string(1, '\0') + branch_json);
    put(out / "run_json", "settings", std::string(1, '\1') + sampling::to_json(spec.settings));
    for (int p : {1, 2, 4, 8}) {
      const fs::path sidecar = source / ("resources/models/emoji64_p" + std::to_string(p) + ".json");
      if (fs::exists(sidecar)) put(out / "run_json", "sidecar_p" + std::to_string(p), std::string(1, '\2') + file_bytes(sidecar));
    }

    // Typed text: first byte picks the parser (fuzz_flags.cpp).
    const std::vector<std::pair<char, std::string>> lines{
        {0, "--image_size 64 --num_channels 64 --num_res_blocks 2 --patch_size 4 --learn_sigma True "
            "--class_cond True --attention_resolutions 16,8 --diffusion_steps 1000 --noise_schedule linear "
            "--timestep_respacing 250 --use_ddim False --guidance_scale 1.5"},
        {0, "--channel_mult '1,2,2' --num_heads=4 --use_fp16 \"True\""},
        {1, "250"}, {1, "ddim50"}, {1, "10,20,30"}, {2, "0.25,4"},
        {3, "solver=unipc eta=0 order=2 schedule=exponential timestep_respacing=20 snr_splits=0.5 "
            "guidance_scale=1.5 dynamic_threshold=auto clip_denoised=True strength=0.6 repaint_jumps=2"},
        {4, "guidance_scale=1,1.5,3"}, {4, "sampler=ddim,dpmpp_2m,unipc"}, {4, "strength=0.3,0.9"}};
    int n = 0;
    for (const auto& [which, text] : lines) put(out / "flags", "line" + std::to_string(n++), std::string(1, which) + text);

    // Images: PNG (RGB, gray, RGBA) and the project's screenshots' kinds of files.
    put(out / "image", "rgb.png", png);
    put(out / "image", "gray.png", io::encode_png(torch::randint(0, 255, {9, 7, 1}).to(torch::kUInt8)));
    put(out / "image", "rgba.png", io::encode_png(torch::randint(0, 255, {5, 6, 4}).to(torch::kUInt8)));
    fs::remove_all(tmp);
  } catch (const std::exception& e) {
    std::cerr << "make_seeds: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
