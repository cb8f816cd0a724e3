// SPDX-License-Identifier: GPL-3.0-or-later
// Where each flag comes from: user > sidecar > weights > default; contradictions are errors
// naming both values; what cannot be inferred gets a default and a warning.
#include "core/error.h"
#include "core/model/config_resolver.h"
#include "core/model/model_loader.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"

using namespace patchdiff;
using model::FlagSource;

namespace {
model::ShapeMap reference_shapes(const std::string& file) {
  return model::shapes_of(model::read_checkpoint(test::reference_path(file)).tensors);
}
bool has_warning_about(const model::ResolvedConfig& r, const std::string& flag) {
  for (const auto& w : r.warnings)
    if (w.find("--" + flag) != std::string::npos) return true;
  return false;
}
}  // namespace

class TestConfigResolver : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void infers_architecture_from_shapes() {
    // cond_p4: P=4, 64 channels, fractional channel_mult 1,1.5, classes 5, no sigma head.
    const auto r = model::resolve_config(reference_shapes("cond_p4.pt"), {{"image_size", "32"}}, {});
    QCOMPARE(r.model.patch_size, 4);
    QCOMPARE(r.model.num_channels, 64);
    QCOMPARE(r.model.channel_mult, (std::vector<double>{1.0, 1.5}));
    QCOMPARE(r.model.num_res_blocks, 1);
    QCOMPARE(r.model.class_cond, true);
    QCOMPARE(r.model.num_classes, 5);
    QCOMPARE(r.model.learn_sigma, false);
    QCOMPARE(r.model.resblock_updown, false);
    QCOMPARE(r.flags.at("attention_resolutions").value, std::string("8,4"));
    QCOMPARE(r.flags.at("channel_mult").source, FlagSource::Weights);
    QCOMPARE(r.flags.at("image_size").source, FlagSource::User);
  }

  void infers_resblock_updown_and_attention_levels() {
    const auto r = model::resolve_config(reference_shapes("updown_p1.pt"), {{"image_size", "16"}}, {});
    QCOMPARE(r.model.resblock_updown, true);
    QCOMPARE(r.model.patch_size, 1);
    QCOMPARE(r.model.learn_sigma, true);
    QCOMPARE(r.model.class_cond, false);
    QCOMPARE(r.flags.at("attention_resolutions").value, std::string("8"));  // level 1 only
  }

  void warns_for_what_weights_cannot_say() {
    const auto r = model::resolve_config(reference_shapes("base_p2.pt"), {}, {});
    QCOMPARE(r.flags.at("image_size").source, FlagSource::Default);
    QCOMPARE(r.model.image_size, 64);
    QVERIFY(has_warning_about(r, "image_size"));
    QVERIFY(has_warning_about(r, "noise_schedule"));
    QVERIFY(has_warning_about(r, "num_head_channels"));
    QVERIFY(has_warning_about(r, "use_new_attention_order"));
    QVERIFY(!has_warning_about(r, "patch_size"));
  }

  void contradiction_names_both_values_data() {
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("weights_say");
    QTest::newRow("patch_size") << "patch_size" << "2" << "4";
    QTest::newRow("num_channels") << "num_channels" << "128" << "64";
    QTest::newRow("channel_mult") << "channel_mult" << "1,2" << "1,1.5";
    QTest::newRow("learn_sigma") << "learn_sigma" << "True" << "False";
    QTest::newRow("class_cond") << "class_cond" << "False" << "True";
    QTest::newRow("num_res_blocks") << "num_res_blocks" << "2" << "1";
    QTest::newRow("attention_resolutions") << "attention_resolutions" << "4" << "8,4";
  }
  void contradiction_names_both_values() {
    QFETCH(QString, flag);
    QFETCH(QString, value);
    QFETCH(QString, weights_say);
    model::FlagValues user{{"image_size", "32"}, {flag.toStdString(), value.toStdString()}};
    try {
      model::resolve_config(reference_shapes("cond_p4.pt"), user, {});
      QFAIL("no error");
    } catch (const ConfigError& e) {
      const QString msg = e.what();
      QVERIFY2(msg.contains("--" + flag + " " + value) && msg.contains("weights, which say " + weights_say),
               e.what());
    }
  }

  void agreeing_flags_in_other_spellings_are_accepted() {
    model::FlagValues user{{"image_size", "32"}, {"channel_mult", "1.0,1.5"},
                           {"attention_resolutions", "8,4,2"}, {"class_cond", "True"}};
    const auto r = model::resolve_config(reference_shapes("cond_p4.pt"), user, {});
    QCOMPARE(r.flags.at("channel_mult").source, FlagSource::User);
    QCOMPARE(r.model.level_width(1), 96);
  }

  void user_beats_sidecar_beats_default() {
    model::Sidecar sidecar;
    sidecar.flags = {{"image_size", "32"}, {"noise_schedule", "cosine"}, {"num_head_channels", "32"}};
    const auto r = model::resolve_config(reference_shapes("base_p2.pt"),
                                         {{"noise_schedule", "linear0.025"}}, sidecar);
    QCOMPARE(r.flags.at("noise_schedule").source, FlagSource::User);
    QCOMPARE(r.diffusion.noise_schedule, std::string("linear0.025"));
    QCOMPARE(r.flags.at("image_size").source, FlagSource::Sidecar);
    QCOMPARE(r.flags.at("num_head_channels").source, FlagSource::Sidecar);
    QCOMPARE(r.flags.at("diffusion_steps").source, FlagSource::Default);
  }

  void sidecar_contradicting_weights_is_an_error() {
    model::Sidecar sidecar;
    sidecar.flags = {{"image_size", "32"}, {"patch_size", "8"}};
    try {
      model::resolve_config(reference_shapes("base_p2.pt"), {}, sidecar);
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(QString(e.what()).contains("(from the sidecar)"), e.what());
    }
  }

  void image_size_not_divisible_by_patch_is_an_error() {
    try {
      model::resolve_config(reference_shapes("cond_p4.pt"), {{"image_size", "30"}}, {});
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(QString(e.what()).contains("does not divide image_size 30"), e.what());
    }
  }

  void fresh_network_from_flags_alone() {
    // 128 px at P=4 is a 32 x 32 U-Net: the original's default channel_mult for 32.
    const auto r = model::resolve_config({}, {{"image_size", "128"}, {"patch_size", "4"}}, {});
    QCOMPARE(r.model.channel_mult, (std::vector<double>{1, 2, 3}));
    QVERIFY(r.warnings.empty());
  }

  void no_default_channel_mult_for_other_sizes() {
    // 64 px at P=4 is 16 x 16, for which the original defines no channel_mult.
    QVERIFY_EXCEPTION_THROWN(
        model::resolve_config({}, {{"image_size", "64"}, {"patch_size", "4"}}, {}), ConfigError);
  }

  void not_a_unet_is_a_checkpoint_error() {
    model::ShapeMap shapes{{"fc.weight", {10, 10}}};
    QVERIFY_EXCEPTION_THROWN(model::resolve_config(shapes, {}, {}), CheckpointError);
  }
};

QTEST_GUILESS_MAIN(TestConfigResolver)
#include "test_config_resolver.moc"
