// SPDX-License-Identifier: GPL-3.0-or-later
// The original's command-line flag forms: MODEL_FLAGS strings, booleans, errors.
#include "core/error.h"
#include "core/model/flags.h"

using namespace patchdiff;
using model::FlagGroup;

class TestFlags : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void parses_readme_model_flags_string() {
    // The form of the original README's MODEL_FLAGS (shell-quoted list values).
    const std::string text =
        "--attention_resolutions 32,16,8 --class_cond False --diffusion_steps 1000 "
        "--image_size 256 --learn_sigma True --noise_schedule linear --num_channels 256 "
        "--num_head_channels 64 --num_res_blocks 2 --resblock_updown True --use_fp16 True "
        "--use_scale_shift_norm True --channel_mult '1,2,2' --patch_size 4";
    const auto flags = model::parse_flag_string(text, {FlagGroup::Model, FlagGroup::Diffusion});
    QCOMPARE(flags.at("channel_mult"), std::string("1,2,2"));
    QCOMPARE(flags.at("use_fp16"), std::string("True"));
    QCOMPARE(flags.at("class_cond"), std::string("False"));
    QCOMPARE(flags.at("patch_size"), std::string("4"));
    QCOMPARE(flags.at("attention_resolutions"), std::string("32,16,8"));
    QCOMPARE(flags.size(), size_t(14));
  }

  void booleans_accept_str2bool_forms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    for (const char* t : {"True", "true", "t", "yes", "y", "1", "TRUE"})
      QTest::newRow(t) << QString(t) << true;
    for (const char* f : {"False", "false", "f", "no", "n", "0"})
      QTest::newRow(f) << QString(f) << false;
  }
  void booleans_accept_str2bool_forms() {
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(model::parse_bool("learn_sigma", text.toStdString()), expected);
  }

  void equals_form_and_double_quotes() {
    const auto flags = model::parse_flag_string("--patch_size=8 --channel_mult \"1,1.5,2\"",
                                                {FlagGroup::Model});
    QCOMPARE(flags.at("patch_size"), std::string("8"));
    QCOMPARE(flags.at("channel_mult"), std::string("1,1.5,2"));
  }

  void errors_name_the_flag_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected_words");
    QTest::newRow("unknown") << "--patchsize 4" << "unknown flag --patchsize; did you mean --patch_size?";
    QTest::newRow("bad bool") << "--learn_sigma maybe" << "--learn_sigma expects a boolean";
    QTest::newRow("bad int") << "--patch_size four" << "--patch_size expects an integer";
    QTest::newRow("missing value") << "--patch_size" << "--patch_size needs a value";
    QTest::newRow("stray word") << "patch_size 4" << "unexpected argument 'patch_size'";
    QTest::newRow("quote") << "--channel_mult '1,2" << "unterminated quote";
    QTest::newRow("sample flag in model group") << "--guidance_scale 2" << "unknown flag --guidance_scale";
  }
  void errors_name_the_flag() {
    QFETCH(QString, text);
    QFETCH(QString, expected_words);
    try {
      model::parse_flag_string(text.toStdString(), {FlagGroup::Model, FlagGroup::Diffusion});
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(QString(e.what()).contains(expected_words), e.what());
    }
  }

  void unknown_flag_names_one_flag_not_the_list() {
    try {
      model::parse_flag_string("--nope 1", {FlagGroup::Model});
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QCOMPARE(QString(e.what()), QString("unknown flag --nope"));
    }
  }

  void unknown_flag_suggests_only_names_of_its_groups() {
    try {
      model::parse_flag_string("--guidance_scal 2", {FlagGroup::Model});
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(!QString(e.what()).contains("did you mean"), e.what());  // not in the model group
    }
  }

  void shell_split_handles_quotes_and_escapes() {
    const auto words = model::shell_split("a 'b c' \"d\\\"e\" f\\ g  ");
    QCOMPARE(words, (std::vector<std::string>{"a", "b c", "d\"e", "f g"}));
  }
};

QTEST_GUILESS_MAIN(TestFlags)
#include "test_flags.moc"
