// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff sample` as users run it: the original README's command lines, the files it
// writes (npz like the original, PNGs with run descriptions), and its error messages.
#include <QDir>
#include <QFile>
#include <QTextStream>

#include "cli/cli_runner.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"
#include "core/io/sha256.h"
#include "core/model/flags.h"
#include "core/sampling/run_spec.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {
const QString kP8 = QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p8.pt");

struct ReadmeCommand {
  QString first_checkpoint;
  QStringList args;
};

// Reads the README blocks and expands $MODEL_FLAGS / $SAMPLE_FLAGS as the shell would.
std::vector<ReadmeCommand> readme_commands() {
  QFile file(QStringLiteral(PATCHDIFF_SOURCE_DIR "/tests/cli/data/readme_sampling_commands.txt"));
  if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read readme_sampling_commands.txt");
  std::vector<ReadmeCommand> commands;
  QString sample_flags, model_flags;
  QTextStream in(&file);
  while (!in.atEnd()) {
    const QString line = in.readLine().trimmed();
    auto value_of = [&](const QString& prefix) { return line.mid(prefix.size(), line.size() - prefix.size() - 1); };
    if (line.startsWith("SAMPLE_FLAGS=\"")) sample_flags = value_of("SAMPLE_FLAGS=\"");
    else if (line.startsWith("MODEL_FLAGS=\"")) model_flags = value_of("MODEL_FLAGS=\"");
    else if (line.contains("scripts/image_sample.py")) {
      QString command = line.mid(line.indexOf("image_sample.py") + QString("image_sample.py").size());
      command.replace("$MODEL_FLAGS", model_flags).replace("$SAMPLE_FLAGS", sample_flags);
      ReadmeCommand c;
      c.args = test::to_qt(model::shell_split(command.toStdString()));
      const int at = c.args.indexOf("--model_path");
      c.first_checkpoint = c.args.at(at + 1).split(',').first();
      commands.push_back(c);
    }
  }
  return commands;
}
}  // namespace

class TestCliSample : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void readme_commands_fail_only_on_missing_checkpoint() {
    const auto commands = readme_commands();
    QCOMPARE(commands.size(), size_t(5));
    const QString dir = QString::fromStdString(test::temp_dir());
    for (const auto& c : commands) {
      QStringList args{"sample"};
      args << c.args;
      const auto r = test::run_cli(args, dir);
      QCOMPARE(r.exit_code, 1);
      QVERIFY2(r.err.contains(c.first_checkpoint) && r.err.contains("does not exist"), qPrintable(r.err));
      QVERIFY2(!r.err.contains("unknown flag"), qPrintable(r.err));
    }
  }

  void writes_original_npz_and_described_pngs() {
    const QString out = QString::fromStdString(test::temp_dir()) + "/results";
    const auto r = test::run_cli({"sample", "--model_path", kP8, "--timestep_respacing", "4",
                                  "--num_samples", "3", "--batch_size", "2", "--class_labels", "0,8,3",
                                  "--seed", "5", "--save_dir", out, "--threads", "2"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("sampled 3 images, 4 steps each"), qPrintable(r.out));

    const auto arrays = io::read_npz((out + "/samples_3x64x64x3.npz").toStdString());
    QCOMPARE(arrays.size(), size_t(2));
    QCOMPARE(arrays[0].first, std::string("arr_0"));
    QCOMPARE(arrays[0].second.scalar_type(), torch::kUInt8);
    QCOMPARE(arrays[0].second.sizes().vec(), (std::vector<int64_t>{3, 64, 64, 3}));
    QCOMPARE(arrays[1].first, std::string("arr_1"));
    QVERIFY(torch::equal(arrays[1].second, torch::tensor({0, 8, 3}, torch::kLong)));
    QVERIFY(QFile::exists(out + "/samples_3x64x64x3_grid.png"));

    QFile png(out + "/sample_00002.png");
    QVERIFY(png.open(QIODevice::ReadOnly));
    const auto text = io::read_png_text(png.readAll().toStdString(), io::kPngMetadataKey);
    QVERIFY(text.has_value());
    const auto spec = sampling::run_spec_from_json(*text);
    QCOMPARE(spec.image_index, int64_t(2));
    QCOMPARE(spec.label, int64_t(3));
    QCOMPARE(spec.class_name, std::string("Food & Drink"));
    QCOMPARE(spec.seed, uint64_t(5));
    QCOMPARE(spec.settings.timestep_respacing, std::string("4"));
    QCOMPARE(spec.settings.guidance_scale, 1.5);
    QCOMPARE(spec.checkpoints.size(), size_t(1));
    QCOMPARE(spec.checkpoints[0].sha256, io::sha256_file_hex(kP8.toStdString()));
    QCOMPARE(spec.checkpoints[0].flags.at("patch_size"), std::string("8"));
    QCOMPARE(sampling::to_json(spec), *text);  // the description round-trips exactly
  }

  void batch_size_does_not_change_images() {
    const QString a = QString::fromStdString(test::temp_dir());
    const QString b = QString::fromStdString(test::temp_dir());
    const QStringList common{"sample", "--model_path", kP8, "--timestep_respacing", "3", "--num_samples", "3",
                             "--class_labels", "1,2,7", "--seed", "9", "--use_ddim", "True"};
    const auto ra = test::run_cli(QStringList(common) << "--batch_size" << "3" << "--save_dir" << a);
    const auto rb = test::run_cli(QStringList(common) << "--batch_size" << "1" << "--save_dir" << b);
    QVERIFY2(ra.exit_code == 0 && rb.exit_code == 0, qPrintable(ra.err + rb.err));
    const auto ia = io::read_npz((a + "/samples_3x64x64x3.npz").toStdString())[0].second;
    const auto ib = io::read_npz((b + "/samples_3x64x64x3.npz").toStdString())[0].second;
    // Same noise per image; the batched network may differ in the last float bits.
    QVERIFY((ia.to(torch::kInt) - ib.to(torch::kInt)).abs().max().item<int>() <= 1);
  }

  void errors_are_messages_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList base{"sample", "--model_path", kP8, "--num_samples", "1"};
    QTest::newRow("respacing") << (QStringList(base) << "--timestep_respacing" << "2000") << "2000";
    QTest::newRow("splits count") << (QStringList(base) << "--snr_splits" << "0.25") << "split";
    QTest::newRow("label range") << (QStringList(base) << "--class_labels" << "12") << "class label 12 is out of range";
    QTest::newRow("patch does not divide") << (QStringList(base) << "--image_size" << "60") << "does not divide image_size 60";
    QTest::newRow("missing model_path") << QStringList{"sample", "--num_samples", "1"} << "--model_path is required";
    QTest::newRow("unknown flag") << (QStringList(base) << "--guidance" << "2") << "did you mean --guidance_scale?";
    QTest::newRow("bad bool") << (QStringList(base) << "--use_ddim" << "perhaps") << "--use_ddim expects a boolean";
  }
  void errors_are_messages() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto r = test::run_cli(args, QString::fromStdString(test::temp_dir()));
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.startsWith("patchdiff sample: error:"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "test_cli_sample.moc"
