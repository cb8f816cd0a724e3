// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/feature_net and classifier_net: any TorchScript extractor (built here with
// torch::jit::Module::define), its input size and range from attributes or options, the
// classifier's round trip through a file.
#include <QtTest>

#include <torch/torch.h>

#include <torch/script.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/score/classifier_net.h"
#include "core/score/feature_net.h"
#include "score/score_test_util.h"
#include "support/error_of.h"

namespace fs = std::filesystem;
namespace score = patchdiff::score;
namespace pt = patchdiff::test;

namespace {

// Features: the per-channel means and the image's mean square (3 + 1 values).
torch::jit::Module channel_mean_module(bool with_attributes) {
  torch::jit::Module module("__torch__.test.ChannelMeans");
  if (with_attributes) {
    module.register_attribute("input_size", c10::IntType::get(), int64_t{16});
    module.register_attribute("input_min", c10::FloatType::get(), 0.0);
    module.register_attribute("input_max", c10::FloatType::get(), 1.0);
  }
  module.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    means = x.mean([2, 3])
    return torch.cat([means, (x * x).mean([1, 2, 3]).unsqueeze(1)], 1).unsqueeze(2)
)JIT");
  return module;
}

}  // namespace

class TestFeatureNet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void moduleBuiltInCppGivesItsFeatures() {
    const score::FeatureNet net(channel_mean_module(true), "means", "id", {});
    QCOMPARE(net.input_size(), int64_t{16});
    auto images = torch::zeros({3, 8, 8, 3}, torch::kUInt8);
    images[1].fill_(255);
    images[2].select(2, 0).fill_(255);  // red
    const auto f = net.features(images);  // [3, 4]: the trailing 1 is flattened
    QCOMPARE(f.sizes(), (torch::IntArrayRef{3, 4}));
    QVERIFY(torch::allclose(f[1], torch::ones({4})));
    QVERIFY(torch::allclose(f[2], torch::tensor({1.0f, 0.0f, 0.0f, 1.0f / 3.0f})));
    QVERIFY(!net.can_classify());
  }

  void optionsOverrideTheModulesAttributes() {
    score::FeatureNetOptions options;
    options.input_size = 4;
    options.input_range = std::make_pair(-1.0, 1.0);
    const score::FeatureNet net(channel_mean_module(true), "means", "id", options);
    QCOMPARE(net.input_size(), int64_t{4});
    const auto f = net.features(torch::zeros({1, 8, 8, 3}, torch::kUInt8));
    QVERIFY(torch::allclose(f[0], torch::tensor({-1.0f, -1.0f, -1.0f, 1.0f})));
  }

  void missingSizeOrRangeIsAnErrorNamingTheFlag() {
    const auto message =
        pt::error_of<patchdiff::ConfigError>([] { score::FeatureNet(channel_mean_module(false), "means", "id", {}); });
    QVERIFY2(message.find("--feature_input_size") != std::string::npos, message.c_str());
    score::FeatureNetOptions options;
    options.input_size = 8;
    const auto range = pt::error_of<patchdiff::ConfigError>(
        [&] { score::FeatureNet(channel_mean_module(false), "means", "id", options); });
    QVERIFY2(range.find("--feature_input_range") != std::string::npos, range.c_str());
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, score::parse_input_range("1,0"));
  }

  void moduleSavedToAFileLoadsWithItsHash() {
    const fs::path path = fs::path(pt::temp_dir()) / "means.pt";
    score::save_module(channel_mean_module(true), path.string());
    const auto net = score::FeatureNet::load(path.string());
    QCOMPARE(net.identity().size(), size_t{64});
    QCOMPARE(net.features(torch::zeros({2, 16, 16, 3}, torch::kUInt8)).size(1), int64_t{4});
  }

  void aFileThatIsNoModuleIsAnError() {
    const fs::path path = fs::path(pt::temp_dir()) / "not.pt";
    std::ofstream(path) << "not a module";
    const auto message = pt::error_of<patchdiff::CheckpointError>([&] { score::FeatureNet::load(path.string()); });
    QVERIFY2(message.find("not a TorchScript module") != std::string::npos, message.c_str());
  }

  void aForwardThatIsNotFeaturesIsAnError() {
    torch::jit::Module module("__torch__.test.Scalar");
    module.register_attribute("input_size", c10::IntType::get(), int64_t{8});
    module.register_attribute("input_min", c10::FloatType::get(), 0.0);
    module.register_attribute("input_max", c10::FloatType::get(), 1.0);
    module.define("def forward(self, x: Tensor) -> Tensor:\n    return x.sum()\n");
    const score::FeatureNet net(module, "scalar", "id", {});
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, net.features(torch::zeros({2, 8, 8, 3}, torch::kUInt8)));
  }

  void classifierRoundTripsThroughAFile() {
    score::ClassifierShape shape;
    shape.class_names = {"a", "b", "c"};
    auto module = score::make_classifier_net(shape, 7);
    module.eval();
    const fs::path path = fs::path(pt::temp_dir()) / "classifier.pt";
    score::save_module(module, path.string());
    const auto net = score::FeatureNet::load(path.string());
    QCOMPARE(net.input_size(), int64_t{64});
    QCOMPARE(net.input_min(), -1.0);
    QVERIFY(net.can_classify());
    std::mt19937 rng(2);
    const auto images = torch::stack({pt::disc_image(0, 64, rng), pt::disc_image(1, 64, rng)});
    const auto features = net.features(images);
    QCOMPARE(features.sizes(), (torch::IntArrayRef{2, 128}));
    const auto x = images.permute({0, 3, 1, 2}).to(torch::kFloat32) / 127.5 - 1.0;
    torch::NoGradGuard no_grad;
    QVERIFY(torch::allclose(net.classify(features), score::classifier_logits(module, x.contiguous()), 1e-4, 1e-5));
    // The same seed gives the same initial weights.
    QCOMPARE(score::module_bytes(score::make_classifier_net(shape, 7)),
             score::module_bytes(score::make_classifier_net(shape, 7)));
  }
};

QTEST_GUILESS_MAIN(TestFeatureNet)
#include "test_feature_net.moc"
