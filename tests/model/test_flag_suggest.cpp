// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/flag_suggest: edit distance and the "did you mean" choice for mistyped flags.
#include <QtTest>

#include "core/model/flag_suggest.h"
#include "core/model/flags.h"

using namespace patchdiff;

class TestFlagSuggest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void edit_distance_counts_single_edits_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "seed" << "seed" << 0;
    QTest::newRow("one deletion") << "num_samples" << "num_sample" << 1;
    QTest::newRow("one insertion") << "patchsize" << "patch_size" << 1;
    QTest::newRow("one substitution") << "eta" << "eda" << 1;
    QTest::newRow("empty") << "" << "lr" << 2;
    QTest::newRow("kitten") << "kitten" << "sitting" << 3;
  }
  void edit_distance_counts_single_edits() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(model::edit_distance(a.toStdString(), b.toStdString()), distance);
    QCOMPARE(model::edit_distance(b.toStdString(), a.toStdString()), distance);
  }

  void closest_name_picks_the_typo_target_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dropped letter") << "num_sample" << "num_samples";
    QTest::newRow("missing underscore") << "timesteprespacing" << "timestep_respacing";
    QTest::newRow("prefix") << "guidance" << "guidance_scale";
    QTest::newRow("short name") << "sed" << "seed";
    QTest::newRow("unrelated") << "foo" << "";
    QTest::newRow("far") << "temperature" << "";
  }
  void closest_name_picks_the_typo_target() {
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    auto names = model::flag_names({model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
    names.push_back("seed");
    QCOMPARE(QString::fromStdString(model::closest_name(typed.toStdString(), names)), expected);
  }

  void unknown_flag_error_says_did_you_mean() {
    const model::UnknownFlagError with("num_sample", "num_samples");
    QCOMPARE(QString(with.what()), QString("unknown flag --num_sample; did you mean --num_samples?"));
    const model::UnknownFlagError without("foo", "");
    QCOMPARE(QString(without.what()), QString("unknown flag --foo"));
  }
};

QTEST_GUILESS_MAIN(TestFlagSuggest)
#include "test_flag_suggest.moc"
