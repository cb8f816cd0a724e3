// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/sample_writer.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/error.h"
#include "core/io/image.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"

namespace patchdiff::sampling {

namespace fs = std::filesystem;

int grid_columns(int64_t count) {
  return std::max<int>(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))));
}

WrittenFiles write_samples(const std::string& save_dir, const torch::Tensor& images,
                           const torch::Tensor& labels, const std::vector<RunSpec>& specs) {
  TORCH_CHECK(images.dim() == 4 && images.size(3) == 3 && images.scalar_type() == torch::kUInt8,
              "write_samples expects uint8 [N, H, W, 3], got ", images.sizes());
  const int64_t n = images.size(0);
  TORCH_CHECK(static_cast<int64_t>(specs.size()) == n, "one run description per image is needed");
  std::error_code ec;
  fs::create_directories(save_dir, ec);
  if (ec) throw IoError("cannot create the output folder '" + save_dir + "': " + ec.message());

  WrittenFiles files;
  const std::string shape = std::to_string(n) + "x" + std::to_string(images.size(1)) + "x" +
                            std::to_string(images.size(2)) + "x3";
  files.npz = (fs::path(save_dir) / ("samples_" + shape + ".npz")).string();
  io::NamedArrays arrays{{"arr_0", images.contiguous()}};
  if (labels.defined()) arrays.push_back({"arr_1", labels.to(torch::kLong).contiguous()});
  io::write_npz(files.npz, arrays);

  files.grid = (fs::path(save_dir) / ("samples_" + shape + "_grid.png")).string();
  io::write_png(files.grid, io::make_grid(images, grid_columns(n)));

  for (int64_t i = 0; i < n; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "sample_%05lld.png", static_cast<long long>(specs[i].image_index));
    const std::string path = (fs::path(save_dir) / name).string();
    io::write_png(path, images[i], to_json(specs[i]));
    files.images.push_back(path);
  }
  return files;
}

}  // namespace patchdiff::sampling
