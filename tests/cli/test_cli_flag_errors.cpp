// SPDX-License-Identifier: GPL-3.0-or-later
// Every subcommand's flag errors as a user sees them: one line naming the flag and the text
// (never a tail of the flag list), and "did you mean" for a mistyped name.
#include <QtTest>

#include "cli/cli_runner.h"

using namespace patchdiff;

class TestCliFlagErrors : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void flag_errors_are_one_clear_line_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString p4 = PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p4.pt";
    QTest::newRow("sample bad integer") << QStringList{"sample", "--model_path", p4, "--num_samples", "four"}
                                        << "patchdiff sample: error: --num_samples expects an integer, got 'four'";
    QTest::newRow("sample typo") << QStringList{"sample", "--model_path", p4, "--num_sample", "4"}
                                 << "patchdiff sample: error: unknown flag --num_sample; did you mean --num_samples?";
    QTest::newRow("sample typo of its own option") << QStringList{"sample", "--model_path", p4, "--sed", "3"}
                                                   << "patchdiff sample: error: unknown flag --sed; did you mean --seed?";
    QTest::newRow("sample prefix") << QStringList{"sample", "--model_path", p4, "--guidance", "2"}
                                   << "patchdiff sample: error: unknown flag --guidance; did you mean --guidance_scale?";
    QTest::newRow("sample no near name") << QStringList{"sample", "--model_path", p4, "--foo", "bar"}
                                         << "patchdiff sample: error: unknown flag --foo (--help lists the flags)";
    QTest::newRow("info bad integer") << QStringList{"info", p4, "--num_heads", "four"}
                                      << "patchdiff info: error: --num_heads expects an integer, got 'four'";
    QTest::newRow("info typo") << QStringList{"info", p4, "--num_head", "4"}
                               << "patchdiff info: error: unknown flag --num_head; did you mean --num_heads?";
    QTest::newRow("forward typo") << QStringList{"forward", p4, "--patchsize", "4"}
                                  << "patchdiff forward: error: unknown flag --patchsize; did you mean --patch_size?";
    QTest::newRow("compare bad bool") << QStringList{"compare", "--model_path", p4, "--use_ddim", "perhaps"}
                                      << "patchdiff compare: error: --use_ddim expects a boolean (True/False), got 'perhaps'";
    QTest::newRow("sample solvers disagree")
        << QStringList{"sample", "--model_path", p4, "--use_ddim", "True", "--sampler", "unipc"}
        << "patchdiff sample: error: --use_ddim True and --sampler unipc disagree: give one of them";
    QTest::newRow("compare sampler beside vary")
        << QStringList{"compare", "--model_path", p4, "--sampler", "unipc", "--vary", "sampler=ddim,euler"}
        << "patchdiff compare: error: --sampler and --vary sampler both given: the varied setting takes its values "
           "from --vary";
    QTest::newRow("compare solver flag beside vary")
        << QStringList{"compare", "--model_path", p4, "--use_ddim", "True", "--vary", "sampler=ddim,euler"}
        << "patchdiff compare: error: --use_ddim and --vary sampler both given: the varied setting takes its values "
           "from --vary";
    QTest::newRow("train bad number") << QStringList{"train", "--data_dir", "x", "--lr", "fast"}
                                      << "patchdiff train: error: --lr expects a number, got 'fast'";
    QTest::newRow("train typo") << QStringList{"train", "--data_dir", "x", "--lr_anneal_step", "5"}
                                << "patchdiff train: error: unknown flag --lr_anneal_step; did you mean --lr_anneal_steps?";
    QTest::newRow("evaluate typo") << QStringList{"evaluate", "--model_path", p4, "--samples_per_img", "2"}
                                   << "patchdiff evaluate: error: unknown flag --samples_per_img; did you mean --samples_per_image?";
    QTest::newRow("bench typo") << QStringList{"bench", "--preset", "emoji64_p4", "--step", "2"}
                                << "patchdiff bench: error: unknown flag --step; did you mean --steps?";
  }
  void flag_errors_are_one_clear_line() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto r = test::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QCOMPARE(r.err.trimmed(), expected);  // the whole of stderr: no list of flags after it
  }
};

QTEST_GUILESS_MAIN(TestCliFlagErrors)
#include "test_cli_flag_errors.moc"
