// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/flops.h"

#include <algorithm>

#include "core/model/unet.h"

namespace patchdiff::model {

namespace {
double conv(double in, double out, double kernel, double positions) {
  return 2.0 * in * out * kernel * kernel * positions;
}
double linear(double in, double out) { return 2.0 * in * out; }

struct Counter {
  const ModelConfig& c;
  double emb_dim, class_dim;
  double total = 0;

  // A residual block at `res` x `res` (input resolution), resampling to `out_res`.
  void res_block(double in, double out, double res, double out_res) {
    total += conv(in, out, 3, out_res * out_res) + linear(emb_dim, 2 * out) +
             conv(out, out, 3, out_res * out_res);
    if (class_dim > 0) total += linear(class_dim, out);
    if (in != out) total += conv(in, out, 1, out_res * out_res);
  }
  void attention(double ch, double res) {
    const double t = res * res;
    total += conv(ch, 3 * ch, 1, t) + 2.0 * t * t * ch /*q k^T*/ + 2.0 * t * t * ch /*a v*/ +
             conv(ch, ch, 1, t);
  }
};
}  // namespace

double flops_per_image(const ModelConfig& c) {
  Counter k{c, double(c.time_embed_dim()), c.class_cond ? double(c.class_embed_dim()) : 0.0};
  const auto attention_ds = attention_downsample_factors(c);
  auto has_attention = [&](int ds) {
    return std::find(attention_ds.begin(), attention_ds.end(), ds) != attention_ds.end();
  };
  const double mc = c.num_channels;
  k.total += linear(mc, 4 * mc) + linear(4 * mc, k.emb_dim);  // time embedding
  double res = c.patched_size();
  double ch = c.level_width(0);
  k.total += conv(c.in_channels(), ch, 3, res * res);
  std::vector<double> skips{ch};
  int ds = 1;
  const int levels = static_cast<int>(c.channel_mult.size());
  for (int level = 0; level < levels; ++level) {
    for (int i = 0; i < c.num_res_blocks; ++i) {
      k.res_block(ch, c.level_width(level), res, res);
      ch = c.level_width(level);
      if (has_attention(ds)) k.attention(ch, res);
      skips.push_back(ch);
    }
    if (level != levels - 1) {
      const double next = c.level_width(level + 1);
      if (c.resblock_updown) k.res_block(ch, next, res, res / 2);
      else k.total += conv(ch, next, 3, (res / 2) * (res / 2));
      ch = next;
      res /= 2;
      ds *= 2;
      skips.push_back(ch);
    }
  }
  k.res_block(ch, ch, res, res);
  k.attention(ch, res);
  k.res_block(ch, ch, res, res);
  for (int level = levels - 1; level >= 0; --level) {
    for (int i = 0; i <= c.num_res_blocks; ++i) {
      const double skip = skips.back();
      skips.pop_back();
      k.res_block(ch + skip, c.level_width(level), res, res);
      ch = c.level_width(level);
      if (has_attention(ds)) k.attention(ch, res);
      if (level > 0 && i == c.num_res_blocks) {
        const double previous = c.level_width(level - 1);
        if (c.resblock_updown) k.res_block(ch, previous, res, res * 2);
        else k.total += conv(ch, previous, 3, (res * 2) * (res * 2));
        ch = previous;
        res *= 2;
        ds /= 2;
      }
    }
  }
  k.total += conv(ch, c.in_channels(), 3, res * res);
  if (c.learn_sigma) {
    k.total += linear(k.emb_dim, 2 * mc) + conv(2 * mc, mc, 3, res * res) +
               conv(mc, c.in_channels(), 3, res * res);
  }
  return k.total;
}

}  // namespace patchdiff::model
