// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/compare_sheet.h"

#include <algorithm>
#include <filesystem>
#include <locale>
#include <sstream>

#include <torch/torch.h>

#include "core/inspect/bitmap_text.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/model/flags.h"

namespace patchdiff::inspect {

namespace {

constexpr int kPad = 8;        // around and between columns
constexpr int kGap = 4;        // between stacked images
constexpr int kMinWidth = 128; // images are scaled up to at least this many pixels
constexpr int kLineGap = 3;
const Rgb kInk{20, 20, 20};
constexpr uint8_t kPaper = 255, kBand = 232;

// Numbers with '.' whatever the process locale (the studio sets the user's).
std::string fixed(double value, int digits) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.setf(std::ios::fixed);
  out.precision(digits);
  out << value;
  return out.str();
}

// Nearest-neighbour copy of `image` scaled by `scale`, top-left at (x, y).
void blit(RgbImage& sheet, const RgbImage& image, int x, int y, int scale) {
  for (int sy = 0; sy < image.height * scale; ++sy)
    for (int sx = 0; sx < image.width * scale; ++sx) {
      const int px = x + sx, py = y + sy;
      if (px < 0 || py < 0 || px >= sheet.width || py >= sheet.height) continue;
      std::copy_n(image.at(sx / scale, sy / scale), 3, sheet.at(px, py));
    }
}

void fill(RgbImage& sheet, int x, int y, int w, int h, uint8_t value) {
  for (int py = std::max(y, 0); py < std::min(y + h, sheet.height); ++py)
    for (int px = std::max(x, 0); px < std::min(x + w, sheet.width); ++px) std::fill_n(sheet.at(px, py), 3, value);
}

}  // namespace

std::vector<std::string> caption_lines(const CompareColumn& c) {
  std::string gflop = fixed(c.gflop_per_pass, c.gflop_per_pass < 10 ? 2 : 1) + " GFLOP/pass";
  if (c.passes_per_step > 1) gflop += " x" + std::to_string(c.passes_per_step);
  std::vector<std::string> lines{c.label,
                                 "P=" + std::to_string(c.patch_size) + "  " + fixed(c.ms_per_step_median, 1) + " ms/step",
                                 gflop,
                                 "total " + fixed(c.total_s, c.total_s < 10 ? 2 : 1) + " s",
                                 "speed-up x" + fixed(c.speed_up, 2),
                                 "RMS to first " + fixed(c.rms_to_first, 3)};
  if (c.score) {
    std::string quality = "FD " + fixed(c.score->fd, 1);
    if (c.score->class_accuracy) quality += "  class acc " + fixed(*c.score->class_accuracy, 2);
    lines.push_back(quality + " (" + std::to_string(c.score->num_images) + " images)");
  }
  return lines;
}

std::string sheet_title(const CompareResult& result) {
  if (result.columns.empty()) return {};
  const CompareColumn& first = result.columns.front();
  std::string title;
  if (result.varied != "checkpoint") title = std::filesystem::path(first.checkpoint).stem().string() + "  ";
  title += "seed " + std::to_string(result.seed);
  // The settings' tokens, less the varied one ("sampler" also shows in the original's terms).
  std::istringstream tokens(first.setting);
  std::string token, shared;
  while (tokens >> token) {
    const std::string key = token.substr(0, token.find('='));
    const bool varied = key == result.varied || (result.varied == "sampler" && key == model::original_solver_flag());
    if (!varied) shared += (shared.empty() ? "" : " ") + token;
  }
  if (!shared.empty()) title += "  " + shared;
  return title + "  (" + (result.varied == "checkpoint" ? std::string("checkpoints") : result.varied) + " varies)";
}

RgbImage render_compare_sheet(const CompareResult& result) {
  const auto& columns = result.columns;
  if (columns.empty()) return RgbImage(2 * kPad, 2 * kPad, kPaper);
  int size = 1;
  size_t rows = 0;
  for (const auto& c : columns) {
    rows = std::max(rows, c.images.size());
    for (const auto& image : c.images) size = std::max({size, image.width, image.height});
  }
  const int scale = std::max(1, (kMinWidth + size - 1) / size);
  const int cell = size * scale;
  const int text_scale = cell >= 384 ? 2 : 1;
  const int line_height = text_height(text_scale) + kLineGap;

  std::vector<std::vector<std::string>> captions;
  std::vector<int> widths;
  size_t lines = 0;
  for (const auto& c : columns) {
    captions.push_back(caption_lines(c));
    int w = cell;
    for (const auto& line : captions.back()) w = std::max(w, text_width(line, text_scale) + 2 * kGap);
    widths.push_back(w);
    lines = std::max(lines, captions.back().size());
  }
  const int images_height = rows ? static_cast<int>(rows) * cell + (static_cast<int>(rows) - 1) * kGap : 0;
  const int band = static_cast<int>(lines) * line_height + 2 * kGap;
  int width = kPad;
  for (int w : widths) width += w + kPad;
  // The title, wrapped between its parts (two spaces apart) to the columns' width.
  std::vector<std::string> title_lines;
  {
    const std::string title = sheet_title(result);
    std::vector<std::string> parts;
    for (size_t from = 0; from < title.size();) {
      const size_t at = title.find("  ", from);
      parts.push_back(title.substr(from, at == std::string::npos ? std::string::npos : at - from));
      from = at == std::string::npos ? title.size() : at + 2;
    }
    for (const auto& part : parts) {
      width = std::max(width, text_width(part, text_scale) + 2 * kPad);
      const std::string joined = title_lines.empty() ? part : title_lines.back() + "  " + part;
      if (!title_lines.empty() && text_width(joined, text_scale) + 2 * kPad <= width)
        title_lines.back() = joined;
      else
        title_lines.push_back(part);
    }
  }
  const int title_top = kPad + images_height + kGap + band + kGap;
  RgbImage sheet(width, title_top + static_cast<int>(title_lines.size()) * line_height + kPad, kPaper);
  for (size_t l = 0; l < title_lines.size(); ++l)
    draw_text(sheet, kPad, title_top + static_cast<int>(l) * line_height, title_lines[l], kInk, text_scale);

  int x = kPad;
  for (size_t i = 0; i < columns.size(); ++i) {
    const int w = widths[i];
    int y = kPad;
    for (const auto& image : columns[i].images) {
      blit(sheet, image, x + (w - image.width * scale) / 2, y, scale);
      y += cell + kGap;
    }
    const int band_top = kPad + images_height + kGap;
    fill(sheet, x, band_top, w, band, kBand);
    for (size_t l = 0; l < captions[i].size(); ++l)
      draw_text(sheet, x + kGap, band_top + kGap + static_cast<int>(l) * line_height, captions[i][l], kInk, text_scale);
    x += w + kPad;
  }
  return sheet;
}

void write_compare_sheet(const std::string& path, const CompareResult& result) {
  auto sheet = render_compare_sheet(result);
  const auto hwc = torch::from_blob(sheet.pixels.data(), {sheet.height, sheet.width, 3}, torch::kUInt8);
  const auto png = io::png_with_text(io::encode_png(hwc), "patchdiff_compare", to_json(result));
  io::write_file_atomic(path, png);
}

}  // namespace patchdiff::inspect
