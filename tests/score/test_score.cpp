// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/score and reference with the bundled network on synthetic data: noise gets
// about 1/9 class accuracy, real, blurred and noise images score in that order, the floor is taken at the same count, and the
// reference cache is reused until the data change.
#include <QtTest>

#include <torch/torch.h>

#include <filesystem>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/score/reference.h"
#include "core/score/score.h"
#include "score/score_test_util.h"
#include "support/error_of.h"

namespace fs = std::filesystem;
namespace score = patchdiff::score;
namespace pt = patchdiff::test;

namespace {

// A 5x5 box blur of uint8 [N, H, W, 3] images (edges replicated).
torch::Tensor blurred(const torch::Tensor& images) {
  auto x = images.permute({0, 3, 1, 2}).to(torch::kFloat32);
  x = torch::replication_pad2d(x, {2, 2, 2, 2});
  x = torch::avg_pool2d(x, {5, 5}, {1, 1});
  return x.round().clamp(0, 255).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
}

}  // namespace

class TestScore : public QObject {
  Q_OBJECT

  std::string m_data;
  std::unique_ptr<score::FeatureNet> m_net;

 private Q_SLOTS:
  void initTestCase() {
    m_data = pt::write_disc_dataset(/*classes=*/9, /*train=*/12, /*heldout=*/6);
    m_net = std::make_unique<score::FeatureNet>(score::FeatureNet::load(pt::bundled_feature_net()));
  }

  void realBlurredAndNoiseScoreInThatOrder() {
    const auto reference = score::compute_reference(*m_net, m_data);
    std::mt19937 rng(77);  // fresh real images of the same kind, never in the reference
    std::vector<torch::Tensor> real_images;
    for (int i = 0; i < 54; ++i) real_images.push_back(pt::disc_image(i % 9, 64, rng));
    const auto real = torch::stack(real_images);
    torch::manual_seed(3);
    const auto noise = torch::randint(0, 256, real.sizes(), torch::kUInt8);
    score::ScoreOptions options;
    options.kid.subsets = 20;
    const auto labels = torch::arange(54, torch::kInt64) % 9;
    const auto r = score::score_images(*m_net, reference, real, labels, options);
    const auto b = score::score_images(*m_net, reference, blurred(real), labels, options);
    const auto n = score::score_images(*m_net, reference, noise, labels, options);
    const auto report = QString("FD %1 %2 %3, KID %4 %5 %6").arg(r.fd).arg(b.fd).arg(n.fd).arg(r.kid).arg(b.kid).arg(n.kid);
    QVERIFY2(r.fd < b.fd && b.fd < n.fd, qPrintable(report));
    QVERIFY2(r.kid < b.kid && b.kid < n.kid, qPrintable(report));
    QVERIFY2(r.precision >= n.precision, qPrintable(report));
    QCOMPARE(r.num_images, int64_t{54});
  }

  void bundledNetworkPutsNoiseInAboutOneClassInNine() {
    const auto& net = *m_net;
    QVERIFY(net.can_classify());
    torch::manual_seed(9);
    const auto noise = torch::randint(0, 256, {90, 64, 64, 3}, torch::kUInt8);
    const auto labels = torch::arange(90, torch::kInt64) % 9;  // balanced
    const auto logits = net.classify(net.features(noise));
    QCOMPARE(logits.size(1), int64_t{9});
    const double accuracy = score::class_accuracy(logits, labels);
    QVERIFY2(accuracy < 0.3, qPrintable(QString::number(accuracy)));
  }
  void floorIsTakenAtTheSameCount() {
    const auto reference = score::compute_reference(*m_net, m_data);
    score::ScoreOptions options;
    options.kid.subsets = 10;
    QCOMPARE(score::floor_scores(*m_net, reference, 20, options).num_images, int64_t{20});
    QCOMPARE(score::floor_scores(*m_net, reference, 1000, options).num_images, int64_t{54});  // all held out
    QVERIFY(score::floor_scores(*m_net, reference, 20, options).class_accuracy.has_value());
  }

  void imagesOfAnotherSizeAreAnError() {
    const auto reference = score::compute_reference(*m_net, m_data);
    const auto message = pt::error_of<patchdiff::ConfigError>(
        [&] { score::score_images(*m_net, reference, torch::zeros({8, 32, 32, 3}, torch::kUInt8), {}); });
    QVERIFY2(message.find("32x32") != std::string::npos && message.find("64x64") != std::string::npos,
             message.c_str());
  }

  void referenceIsCachedAndRecomputedWhenTheDataChange() {
    const std::string data = pt::write_disc_dataset(3, 5, 4, 64, /*seed=*/5);
    const std::string cache = (fs::path(pt::temp_dir()) / "net.reference.npz").string();
    std::vector<std::string> notes;
    const auto note = [&](const std::string& text) { notes.push_back(text); };
    const auto first = score::load_reference(*m_net, data, {cache}, note);
    QVERIFY(fs::exists(cache));
    notes.clear();
    const auto again = score::load_reference(*m_net, data, {cache}, note);
    QVERIFY(notes.empty());  // read from the cache, nothing computed
    QVERIFY(torch::equal(first.train_features, again.train_features));
    const auto without_data = score::load_reference(*m_net, "", {cache}, note);
    QCOMPARE(without_data.data_id, first.data_id);
    // Another image in train/: a different fingerprint, so computed again.
    std::mt19937 rng(1);
    patchdiff::io::write_file_atomic((fs::path(data) / "train" / "0_extra.png").string(),
                                     patchdiff::io::encode_png(pt::disc_image(0, 64, rng)));
    const auto changed = score::load_reference(*m_net, data, {cache}, note);
    QCOMPARE(changed.train_features.size(0), first.train_features.size(0) + 1);
    QVERIFY(!notes.empty());
  }

  void noCacheAndNoDataIsAnError() {
    const std::string cache = (fs::path(pt::temp_dir()) / "none.reference.npz").string();
    const auto message = pt::error_of<patchdiff::ConfigError>([&] { score::load_reference(*m_net, "", {cache}); });
    QVERIFY2(message.find("--data_dir") != std::string::npos, message.c_str());
    const auto no_split = pt::error_of<patchdiff::ConfigError>([&] { score::data_fingerprint(pt::temp_dir()); });
    QVERIFY2(no_split.find("train/") != std::string::npos, no_split.c_str());
  }

  void spreadIsMeanAndSampleDeviation() {
    score::Scores a, b;
    a.fd = 1.0;
    b.fd = 3.0;
    a.class_accuracy = 0.5;
    b.class_accuracy = 0.7;
    const auto spread = score::spread_of({a, b});
    QCOMPARE(spread.mean.fd, 2.0);
    QVERIFY(std::abs(spread.std.fd - std::sqrt(2.0)) < 1e-12);
    QVERIFY(std::abs(*spread.mean.class_accuracy - 0.6) < 1e-12);
  }
};

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
