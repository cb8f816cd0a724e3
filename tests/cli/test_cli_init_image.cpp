// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff sample --init_image / --strength / --mask as a user runs them: variations of one
// image, a folder of inputs, inpainting that keeps the unmasked pixels, the input recorded
// in every PNG, an image of another size resized with a note, and one clear line for each
// mistake (missing file, mask of another size, strength outside (0, 1], mask without image).
#include <QtTest>

#include "cli/cli_runner.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"
#include "core/sampling/run_spec.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {
const QString kP4 = QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p4.pt");

QStringList fast(const QString& dir) {
  return {"sample", "--model_path", kP4, "--timestep_respacing", "8", "--sampler", "dpmpp_2m", "--schedule",
          "karras", "--seed", "5", "--batch_size", "4", "--save_dir", dir};
}

torch::Tensor samples(const QString& dir, int n) {
  for (auto& [name, array] : io::read_npz((dir + QStringLiteral("/samples_%1x64x64x3.npz").arg(n)).toStdString()))
    if (name == "arr_0") return array;
  return {};
}

void write_png(const QString& path, const torch::Tensor& hwc) {
  io::write_file_atomic(path.toStdString(), io::encode_png(hwc.contiguous()));
}
}  // namespace

class TestCliInitImage : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void variations_and_inpainting_from_the_command_line() {
    const QString dir = QString::fromStdString(test::temp_dir());
    // An input made by the model itself.
    auto r = test::run_cli(fast(dir + "/gen") << "--num_samples" << "1");
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QString input = dir + "/gen/sample_00000.png";
    const auto source = samples(dir + "/gen", 1)[0];

    // Variations: --num_samples 3 from one image, each its own noise.
    r = test::run_cli(fast(dir + "/var") << "--num_samples" << "3" << "--init_image" << input << "--strength" << "0.5");
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("starting from 1 input image(s) at strength 0.5"), qPrintable(r.err));
    const auto var = samples(dir + "/var", 3);
    QVERIFY(!torch::equal(var[0], var[1]));
    const auto spec = sampling::run_spec_from_json(
        *io::read_png_text(io::read_file((dir + "/var/sample_00002.png").toStdString(), "png"), io::kPngMetadataKey));
    QVERIFY(spec.input != nullptr);
    QCOMPARE(spec.settings.strength, 0.5);
    QCOMPARE(QString::fromStdString(spec.input->path), input);
    QVERIFY(torch::equal(sampling::init_images_of(*spec.input).pixels[0], source));

    // Inpainting: the left half kept exactly, the right half new (with RePaint's jumps).
    auto mask = torch::zeros({64, 64, 3}, torch::kUInt8);
    mask.narrow(1, 32, 32).fill_(255);
    write_png(dir + "/mask.png", mask);
    r = test::run_cli(fast(dir + "/inpaint") << "--num_samples" << "2" << "--init_image" << input << "--mask"
                                             << dir + "/mask.png" << "--repaint_jumps" << "1"
                                             << "--repaint_jump_length" << "2");
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const auto inpainted = samples(dir + "/inpaint", 2);
    for (int i = 0; i < 2; ++i) {
      QVERIFY(torch::equal(inpainted[i].narrow(1, 0, 32), source.narrow(1, 0, 32)));
      QVERIFY(!torch::equal(inpainted[i].narrow(1, 32, 32), source.narrow(1, 32, 32)));
    }

    // A folder: one image per input by default; another size is resized, with a note.
    QDir().mkpath(dir + "/inputs");
    QVERIFY(QFile::copy(input, dir + "/inputs/a.png"));
    write_png(dir + "/inputs/b.png", torch::full({96, 128, 3}, 200, torch::kUInt8));
    r = test::run_cli(fast(dir + "/folder") << "--init_image" << dir + "/inputs" << "--strength" << "0.3");
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("b.png is 128x96: resized to 64x64"), qPrintable(r.err));
    QCOMPARE(samples(dir + "/folder", 2).size(0), 2);
  }

  void mistakes_are_one_clear_line_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    const QString dir = QString::fromStdString(test::temp_dir());
    const QString input = PATCHDIFF_SOURCE_DIR "/docs/images/studio-compare.png";
    write_png(dir + "/small_mask.png", torch::zeros({10, 10, 3}, torch::kUInt8));
    QTest::newRow("missing file") << QStringList{"--init_image", dir + "/nope.png"}
                                  << "the input image '" + dir + "/nope.png' does not exist";
    QTest::newRow("strength above 1") << QStringList{"--init_image", input, "--strength", "1.5"} << "(0, 1]";
    QTest::newRow("strength 0") << QStringList{"--init_image", input, "--strength", "0"} << "(0, 1]";
    QTest::newRow("strength without image") << QStringList{"--strength", "0.5"} << "--strength below 1 starts from an image";
    QTest::newRow("mask without image") << QStringList{"--mask", dir + "/small_mask.png"} << "give the image";
    QTest::newRow("mask of another size") << QStringList{"--init_image", input, "--mask", dir + "/small_mask.png"}
                                          << "is 10x10, the input image";
    QTest::newRow("jumps without mask") << QStringList{"--init_image", input, "--repaint_jumps", "2"} << "give a --mask";
  }
  void mistakes_are_one_clear_line() {
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    const auto r = test::run_cli(fast(QString::fromStdString(test::temp_dir()) + "/err") << extra);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.trimmed().startsWith("patchdiff sample: error: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
  }
};

QTEST_GUILESS_MAIN(TestCliInitImage)
#include "test_cli_init_image.moc"
