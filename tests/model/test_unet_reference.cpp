// SPDX-License-Identifier: GPL-3.0-or-later
// Every `models` entry of ../shared/reference/index.json: the original's network output,
// reproduced from its state_dict, flags and inputs to 1e-4 (float32, CPU).
#include <nlohmann/json.hpp>

#include "core/io/npy.h"
#include "core/model/config_resolver.h"
#include "core/model/model_loader.h"
#include "core/model/state_dict.h"
#include "core/model/unet.h"
#include "support/shared_data.h"
#include "support/tensor_compare.h"

using namespace patchdiff;

namespace {
nlohmann::json models_index() { return nlohmann::json::parse(test::reference_index_text())["models"]; }

model::FlagValues flags_of(const nlohmann::json& entry) {
  model::FlagValues flags;
  for (const auto& [name, value] : entry["flags"].items()) {
    const auto* spec = model::find_flag(name);
    std::string text = value.is_string() ? value.get<std::string>()
                       : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                            : value.dump();
    flags[name] = model::canonical_value(*spec, text);
  }
  return flags;
}
}  // namespace

class TestUNetReference : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::manual_seed(0); }

  void forward_matches_original_data() {
    QTest::addColumn<QString>("name");
    const auto models = models_index();
    for (const auto& [name, entry] : models.items())
      QTest::newRow(name.c_str()) << QString::fromStdString(name);
  }
  void forward_matches_original() {
    QFETCH(QString, name);
    const auto entry = models_index()[name.toStdString()];
    const auto file = model::read_checkpoint(test::reference_path(entry["state_dict"]));
    const auto config = model::resolve_config(model::shapes_of(file.tensors), flags_of(entry), {});
    model::UNet net(config.model);
    model::copy_state_dict_strict(*net, file.tensors, entry["state_dict"]);
    net->eval();
    QCOMPARE(file.tensors.numel(), entry["n_params"].get<int64_t>());
    QCOMPARE(static_cast<int64_t>(file.tensors.size()), entry["keys"].get<int64_t>());
    if (entry["num_classes"].is_null()) {
      QVERIFY(!config.model.class_cond);
    } else {
      QCOMPARE(config.model.num_classes, entry["num_classes"].get<int>());
    }

    const auto x = io::read_npy(test::reference_path(entry["x"]));
    const auto t = torch::tensor(entry["t"].get<std::vector<int64_t>>());
    torch::Tensor y;
    if (!entry["y"].is_null()) y = torch::tensor(entry["y"].get<std::vector<int64_t>>());
    const auto expected = io::read_npy(test::reference_path(entry["out"]));

    c10::InferenceMode guard;
    const auto out = net->forward(x, t, y);
    QCOMPARE(out.sizes().vec(), entry["out_shape"].get<std::vector<int64_t>>());
    PD_COMPARE_TENSORS(out, expected, 1e-4);
  }

  // The flags inferred from the weights alone, plus what the weights cannot say, give the
  // same network: inference is exact for every reference architecture.
  void inferred_flags_match_given_data() { forward_matches_original_data(); }
  void inferred_flags_match_given() {
    QFETCH(QString, name);
    const auto entry = models_index()[name.toStdString()];
    const auto file = model::read_checkpoint(test::reference_path(entry["state_dict"]));
    const auto given = flags_of(entry);
    model::FlagValues minimal;  // only what the weights cannot say
    for (const char* key : {"image_size", "num_heads", "num_head_channels",
                            "use_new_attention_order", "noise_schedule"})
      if (given.count(key)) minimal[key] = given.at(key);
    const auto inferred = model::resolve_config(model::shapes_of(file.tensors), minimal, {});
    const auto full = model::resolve_config(model::shapes_of(file.tensors), given, {});
    QCOMPARE(inferred.model.patch_size, full.model.patch_size);
    QCOMPARE(inferred.model.num_channels, full.model.num_channels);
    QCOMPARE(inferred.model.num_res_blocks, full.model.num_res_blocks);
    QCOMPARE(inferred.model.learn_sigma, full.model.learn_sigma);
    QCOMPARE(inferred.model.class_cond, full.model.class_cond);
    QCOMPARE(inferred.model.resblock_updown, full.model.resblock_updown);
    QCOMPARE(inferred.model.num_classes, full.model.num_classes);
    for (size_t l = 0; l < full.model.channel_mult.size(); ++l)
      QCOMPARE(inferred.model.level_width(l), full.model.level_width(l));
    QCOMPARE(inferred.flags.at("patch_size").source, model::FlagSource::Weights);
    QCOMPARE(full.flags.at("patch_size").source, model::FlagSource::User);
    model::UNet net(inferred.model);  // builds and loads strictly
    model::copy_state_dict_strict(*net, file.tensors, "inferred");
  }
};

QTEST_GUILESS_MAIN(TestUNetReference)
#include "test_unet_reference.moc"
