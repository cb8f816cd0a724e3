// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/quality_chart.h"

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>

#include <torch/torch.h>

#include "core/error.h"
#include "core/inspect/bitmap_text.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/message.h"

namespace patchdiff::inspect {

namespace {

constexpr int kWidth = 960, kHeight = 600;
constexpr int kScale = 2;  // text scale: stb_easy_font's cells doubled
constexpr int kLeft = 110, kRight = 40, kTop = 60, kBottom = 90;
const Rgb kInk{20, 20, 20}, kGrid{222, 222, 222}, kFloor{120, 120, 120};
// One colour per column, in column order (Okabe-Ito: distinguishable with colour blindness).
const Rgb kPalette[] = {{0, 114, 178}, {213, 94, 0}, {0, 158, 115}, {204, 121, 167}, {230, 159, 0}, {86, 180, 233}};

std::string number_text(double value) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << value;
  return out.str();
}

// One decimal, '.' whatever the process locale: "57.0", not "57".
std::string one_decimal(double value) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.setf(std::ios::fixed);
  out.precision(1);
  out << value;
  return out.str();
}

void put(RgbImage& image, int x, int y, Rgb color) {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  std::copy(color.begin(), color.end(), image.at(x, y));
}

void hline(RgbImage& image, int x0, int x1, int y, Rgb color, int dash = 0) {
  for (int x = x0; x <= x1; ++x)
    if (dash == 0 || ((x - x0) / dash) % 2 == 0) put(image, x, y, color);
}

void vline(RgbImage& image, int x, int y0, int y1, Rgb color) {
  for (int y = y0; y <= y1; ++y) put(image, x, y, color);
}

void disc(RgbImage& image, int cx, int cy, int radius, Rgb color) {
  for (int y = -radius; y <= radius; ++y)
    for (int x = -radius; x <= radius; ++x)
      if (x * x + y * y <= radius * radius) put(image, cx + x, cy + y, color);
}

// Tick values: 1, 2 or 5 times a power of ten, about `count` of them over [0, top].
std::vector<double> linear_ticks(double top, int count) {
  const double raw = top / count, power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= raw) {
      step = m * power;
      break;
    }
  std::vector<double> ticks;
  for (double v = 0; v <= top * (1 + 1e-9); v += step) ticks.push_back(v);
  return ticks;
}

// 1, 2, 5 per decade between lo and hi.
std::vector<double> log_ticks(double lo, double hi) {
  std::vector<double> ticks;
  for (double decade = std::pow(10.0, std::floor(std::log10(lo))); decade <= hi; decade *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (m * decade >= lo && m * decade <= hi) ticks.push_back(m * decade);
  return ticks;
}

}  // namespace

RgbImage render_quality_chart(const CompareResult& result) {
  std::vector<size_t> scored;
  for (size_t i = 0; i < result.columns.size(); ++i)
    if (result.columns[i].score) scored.push_back(i);
  if (scored.empty())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the quality chart needs scored columns"), {}));

  double x_lo = INFINITY, x_hi = 0, y_hi = result.score_floor ? result.score_floor->fd : 0.0;
  for (size_t i : scored) {
    const double work = std::max(result.columns[i].gflop_per_image(), 1e-6);
    x_lo = std::min(x_lo, work);
    x_hi = std::max(x_hi, work);
    y_hi = std::max(y_hi, result.columns[i].score->fd);
  }
  const bool log_x = x_hi / x_lo > 8.0;
  if (log_x) {
    x_lo /= 1.6;
    x_hi *= 1.6;
  } else {
    x_lo = 0;
    x_hi *= 1.15;
  }
  y_hi = y_hi > 0 ? y_hi * 1.15 : 1.0;

  RgbImage chart(kWidth, kHeight, 255);
  const int plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
  auto x_of = [&](double v) {
    const double f = log_x ? std::log(v / x_lo) / std::log(x_hi / x_lo) : v / x_hi;
    return kLeft + static_cast<int>(std::lround(f * plot_w));
  };
  auto y_of = [&](double v) { return kTop + plot_h - static_cast<int>(std::lround(v / y_hi * plot_h)); };

  const int line = text_height(kScale);
  for (double t : linear_ticks(y_hi, 6)) {
    const int y = y_of(t);
    hline(chart, kLeft, kLeft + plot_w, y, kGrid);
    const std::string label = number_text(t);
    draw_text(chart, kLeft - 10 - text_width(label, kScale), y - line / 2, label, kInk, kScale);
  }
  for (double t : log_x ? log_ticks(x_lo, x_hi) : linear_ticks(x_hi, 6)) {
    const int x = x_of(t);
    if (x < kLeft || x > kLeft + plot_w) continue;
    vline(chart, x, kTop, kTop + plot_h, kGrid);
    const std::string label = number_text(t);
    draw_text(chart, x - text_width(label, kScale) / 2, kTop + plot_h + 8, label, kInk, kScale);
  }
  hline(chart, kLeft, kLeft + plot_w, kTop + plot_h, kInk);
  vline(chart, kLeft, kTop, kTop + plot_h, kInk);

  const std::string x_title = log_x ? "GFLOP per finished image (log scale)" : "GFLOP per finished image";
  draw_text(chart, kLeft + (plot_w - text_width(x_title, kScale)) / 2, kHeight - kBottom + 8 + 2 * line, x_title, kInk,
            kScale);
  const int images = static_cast<int>(result.columns[scored.front()].score->num_images);
  const std::string title = "Frechet distance (lower is better), " + std::to_string(images) + " images per column";
  draw_text(chart, kLeft, kTop - 2 * line, title, kInk, kScale);

  if (result.score_floor) {
    const int y = y_of(result.score_floor->fd);
    hline(chart, kLeft, kLeft + plot_w, y, kFloor, 6);
    const std::string label = "floor: held-out real images, FD " + one_decimal(result.score_floor->fd);
    draw_text(chart, kLeft + plot_w - text_width(label, kScale) - 4, y - line - 2, label, kFloor, kScale);
  }
  for (size_t k = 0; k < scored.size(); ++k) {
    const auto& column = result.columns[scored[k]];
    const Rgb color = kPalette[scored[k] % std::size(kPalette)];
    const int x = x_of(std::max(column.gflop_per_image(), 1e-6)), y = y_of(column.score->fd);
    disc(chart, x, y, 6, color);
    const std::string label = column.label + "  FD " + one_decimal(column.score->fd);
    const int w = text_width(label, kScale);
    const int lx = x + 12 + w <= kWidth - 4 ? x + 12 : x - 12 - w;  // right of the point, else left
    draw_text(chart, lx, y - line / 2, label, color, kScale);
  }
  return chart;
}

void write_quality_chart(const std::string& path, const CompareResult& result) {
  auto chart = render_quality_chart(result);
  const auto hwc = torch::from_blob(chart.pixels.data(), {chart.height, chart.width, 3}, torch::kUInt8);
  io::write_file_atomic(path, io::png_with_text(io::encode_png(hwc), "patchdiff_compare", to_json(result)));
}

}  // namespace patchdiff::inspect
