// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a network and loading it back gives the same tensors, flags and outputs.
#include <filesystem>

#include "core/model/model_loader.h"
#include "support/shared_data.h"

using namespace patchdiff;

class TestModelRoundtrip : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void save_then_load_is_identical() {
    auto original = model::load_model(
        test::reference_path("cond_p8.pt"),
        {{"image_size", "64"}, {"num_head_channels", "32"}, {"use_new_attention_order", "True"},
         {"noise_schedule", "linear0.025"}});
    model::Sidecar sidecar;
    sidecar.title = "round trip";
    for (const auto& [name, flag] : original.config.flags) sidecar.flags[name] = flag.value;
    sidecar.class_names = {"a", "b", "c"};
    const std::string path = test::temp_dir() + "/copy.pt";
    model::save_model(path, *original.net, sidecar);
    QVERIFY(std::filesystem::exists(model::sidecar_path_for(path)));

    auto copy = model::load_model(path);  // no flags: all from the sidecar
    QVERIFY(copy.config.warnings.empty());
    QCOMPARE(copy.title(), std::string("round trip"));
    QCOMPARE(copy.class_names, sidecar.class_names);
    QCOMPARE(copy.config.diffusion.noise_schedule, std::string("linear0.025"));
    const auto a = model::state_dict_of(*original.net);
    const auto b = model::state_dict_of(*copy.net);
    QCOMPARE(a.keys(), b.keys());
    for (const auto& [name, tensor] : a) QVERIFY2(torch::equal(tensor, b.at(name)), name.c_str());

    c10::InferenceMode guard;
    const auto x = torch::randn({2, 3, 64, 64});
    const auto t = torch::tensor({10, 900});
    const auto y = torch::tensor({1, 3});
    QVERIFY(torch::equal(original.net->forward(x, t, y), copy.net->forward(x, t, y)));
  }
};

QTEST_GUILESS_MAIN(TestModelRoundtrip)
#include "test_model_roundtrip.moc"
