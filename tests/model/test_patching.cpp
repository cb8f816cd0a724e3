// SPDX-License-Identifier: GPL-3.0-or-later
// to_patches uses the original's channel order k = (ph*P + pw)*C + c, not pixel_unshuffle's,
// and from_patches inverts it exactly.
#include "core/model/patching.h"

using namespace patchdiff;

class TestPatching : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void channel_order_is_the_originals() {
    const int64_t b = 2, c = 3, p = 4, h = 8, w = 12;
    auto x = torch::randn({b, c, h, w});
    auto patches = model::to_patches(x, p);
    QCOMPARE(patches.sizes().vec(), (std::vector<int64_t>{b, c * p * p, h / p, w / p}));
    auto xa = x.accessor<float, 4>();
    auto pa = patches.accessor<float, 4>();
    for (int64_t n = 0; n < b; ++n)
      for (int64_t ch = 0; ch < c; ++ch)
        for (int64_t ph = 0; ph < p; ++ph)
          for (int64_t pw = 0; pw < p; ++pw)
            for (int64_t i = 0; i < h / p; ++i)
              for (int64_t j = 0; j < w / p; ++j)
                QCOMPARE(pa[n][(ph * p + pw) * c + ch][i][j], xa[n][ch][p * i + ph][p * j + pw]);
    // Not pixel_unshuffle's order (c*P*P + ph*P + pw).
    auto unshuffled = torch::pixel_unshuffle(x, p);
    QVERIFY(!torch::equal(unshuffled, patches));
  }

  void from_patches_inverts_to_patches() {
    for (int64_t p : {1, 2, 4, 8}) {
      auto x = torch::randn({3, 3, 16, 16});
      QVERIFY(torch::equal(model::from_patches(model::to_patches(x, p), p), x));
    }
  }
};

QTEST_GUILESS_MAIN(TestPatching)
#include "test_patching.moc"
