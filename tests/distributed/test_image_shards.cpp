// SPDX-License-Identifier: GPL-3.0-or-later
// core/distributed/image_shards and sampling::StridedSeededNoise: a rank's share of a
// sampling run is images rank, rank + N, ..., each with the noise one process gives it.
#include "core/distributed/image_shards.h"
#include "core/sampling/noise.h"
#include "core/sampling/strided_noise.h"

using namespace patchdiff;

class TestImageShards : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void shares_cover_every_image_once() {
    for (int world : {1, 2, 3, 7}) {
      std::vector<int> seen(10, 0);
      int64_t total = 0;
      for (int rank = 0; rank < world; ++rank) {
        const auto indices = distributed::shard_indices(10, rank, world);
        QCOMPARE(static_cast<int64_t>(indices.size()), distributed::shard_size(10, rank, world));
        for (auto i : indices) {
          QCOMPARE(i % world, static_cast<int64_t>(rank));
          ++seen[static_cast<size_t>(i)];
        }
        total += distributed::shard_size(10, rank, world);
      }
      QCOMPARE(total, int64_t{10});
      for (int s : seen) QCOMPARE(s, 1);
    }
    QCOMPARE(distributed::shard_size(2, 3, 4), int64_t{0});  // more ranks than images
  }

  void strided_noise_is_that_of_the_same_images() {
    // Images 1, 4, 7 of seed 5 (rank 1 of 3) against one process's batch of images 0..8.
    sampling::SeededNoise all(5, 0);
    sampling::StridedSeededNoise share(5, 1, 3);
    const auto rows = torch::tensor({1, 4, 7}, torch::kLong);
    QVERIFY(torch::equal(share.initial(3, 8, 8), all.initial(9, 8, 8).index_select(0, rows)));
    QVERIFY(torch::equal(share.step(2, 3, 8, 8), all.step(2, 9, 8, 8).index_select(0, rows)));
  }

  void one_process_gathers_its_own_images() {
    distributed::Communicator single;
    const auto images = torch::arange(12, torch::kUInt8).view({3, 4});
    QVERIFY(torch::equal(distributed::gather_shards(single, images, 3, "test"), images));
  }
};

QTEST_GUILESS_MAIN(TestImageShards)
#include "test_image_shards.moc"
