// SPDX-License-Identifier: GPL-3.0-or-later
// The GFLOP count of a tiny model equals a count done by hand, layer by layer.
#include "core/model/flops.h"
#include "core/model/model_config.h"

using namespace patchdiff;

class TestFlops : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void tiny_model_matches_hand_count() {
    model::ModelConfig c;
    c.image_size = 8;
    c.patch_size = 2;  // U-Net at 4 x 4 (16 positions), 12 channels in
    c.num_channels = 32;
    c.channel_mult = {1};
    c.num_res_blocks = 1;
    c.attention_resolutions = {};  // attention only in the middle block
    c.learn_sigma = false;

    const double positions = 16;
    const double time_embed = 2 * 32 * 128 + 2 * 128 * 32;              // Linear 32->128->32
    const double first_conv = 2 * 12 * 32 * 9 * positions;             // 3x3, 12 -> 32
    const double conv32 = 2 * 32 * 32 * 9 * positions;                 // 3x3, 32 -> 32
    const double emb_proj = 2 * 32 * 64;                               // Linear 32 -> 2*32
    const double res_32 = conv32 + emb_proj + conv32;                  // ResBlock 32 -> 32
    const double attention = 2 * 32 * 96 * positions                  // qkv
                             + 2 * positions * positions * 32 * 2      // q k^T and a v
                             + 2 * 32 * 32 * positions;                // proj_out
    const double res_64_32 = 2 * 64 * 32 * 9 * positions + emb_proj + conv32 +
                             2 * 64 * 32 * positions;                  // with 1x1 skip conv
    const double out_conv = 2 * 32 * 12 * 9 * positions;
    const double expected = time_embed + first_conv + res_32            // encoder
                            + res_32 + attention + res_32               // middle
                            + 2 * res_64_32                             // decoder (skip concat)
                            + out_conv;
    QCOMPARE(model::flops_per_image(c), expected);

    // learn_sigma adds the variance head: Linear D -> 2mc (as a 1x1 conv on one position)
    // and two 3x3 convs at the patched resolution.
    c.learn_sigma = true;
    const double variance = 2 * 32 * 64 + 2 * 64 * 32 * 9 * positions + 2 * 32 * 12 * 9 * positions;
    QCOMPARE(model::flops_per_image(c), expected + variance);
  }

  void flops_fall_with_patch_size() {
    model::ModelConfig c;
    c.image_size = 64;
    c.num_channels = 64;
    c.channel_mult = {1, 2, 2};
    c.attention_resolutions = {16, 8};
    double previous = 1e300;
    for (int p : {1, 2, 4, 8}) {
      c.patch_size = p;
      const double f = model::flops_per_image(c);
      QVERIFY2(f < previous, qPrintable(QString("P=%1 is not cheaper").arg(p)));
      previous = f;
    }
  }
};

QTEST_GUILESS_MAIN(TestFlops)
#include "test_flops.moc"
