// SPDX-License-Identifier: GPL-3.0-or-later
// core/training/loss_evaluation (patchdiff evaluate): the number is the trainer's own loss on
// the draws it names, it repeats exactly, it does not depend on the batch size, the paired
// differences and standard errors are what they say, and unusable folders are clear errors.
#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/model/model_loader.h"
#include "core/training/loss_evaluation.h"
#include "core/training/progress_log.h"
#include "support/error_of.h"
#include "training/evaluation_test_util.h"

namespace fs = std::filesystem;
namespace model = patchdiff::model;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

bool close(double a, double b, double rel = 1e-5) {
  return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-12});
}

training::EvaluationOptions options_with(int samples, uint64_t seed, int64_t batch) {
  training::EvaluationOptions options;
  options.samples_per_image = samples;
  options.seed = seed;
  options.batch_size = batch;
  return options;
}

training::Evaluation evaluate(const std::string& checkpoint, const std::string& data,
                              const training::EvaluationOptions& options) {
  const auto loaded = model::load_model(checkpoint);
  const auto folder = training::evaluation_folder(loaded, data);
  return training::evaluate_loss(loaded, folder, options);
}

}  // namespace

class TestLossEvaluation : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void equalsTheTrainersLossOnTheSameBatch() {
    std::unique_ptr<training::Trainer> trainer;
    const auto run = pt::train_tiny_run(/*images=*/7, /*steps=*/3, &trainer);
    // 7 images x 3 draws in batches of 5: the last batch is partial.
    const auto e = evaluate(run.model_path, run.data_dir, options_with(3, 11, 5));
    QCOMPARE(e.images, int64_t{7});
    QCOMPARE(e.values.at("loss").size(), size_t{21});
    QCOMPARE(training::term_names(e), (std::vector<std::string>{"loss", "mse", "vb"}));

    // The known batch: every image (centre crop, no flip) with its class from the file name,
    // at the draws loss_draw names, through the trainer's network and loss.
    patchdiff::io::ImageFolderOptions plain;
    plain.image_size = 16;
    plain.random_flip = false;
    plain.class_cond = true;
    const patchdiff::io::ImageFolder folder(run.data_dir, plain);
    std::vector<torch::Tensor> images, noises;
    std::vector<int64_t> ts, labels;
    for (size_t i = 0; i < folder.size(); ++i)
      for (int k = 0; k < 3; ++k) {
        const auto draw = training::loss_draw(11, static_cast<int64_t>(i), k, trainer->loss().num_steps(), 16);
        images.push_back(folder.load(i, 0));
        noises.push_back(draw.noise);
        ts.push_back(draw.t);
        labels.push_back(folder.labels()[i]);
      }
    QCOMPARE(e.t, ts);
    torch::NoGradGuard no_grad;
    const auto terms = trainer->loss().terms(trainer->net(), torch::stack(images), torch::tensor(ts),
                                             torch::stack(noises), torch::tensor(labels));
    const std::map<std::string, torch::Tensor> expected{{"loss", terms.loss}, {"mse", terms.mse}, {"vb", terms.vb}};
    for (const auto& [name, tensor] : expected) {
      double sum = 0;
      for (int64_t d = 0; d < tensor.size(0); ++d) {
        const double want = tensor[d].item<double>();
        const double got = e.values.at(name)[static_cast<size_t>(d)];
        // Batches of 5 here, of 21 there: float rounding. Near t = T the vb term is a KL
        // between nearly equal Gaussians (1e-7 bits) whose error is absolute, hence the floor.
        QVERIFY2(close(got, want) || std::abs(got - want) <= 1e-8, qPrintable(QString("%1 of draw %2: %3 vs the trainer's %4")
                                                   .arg(QString::fromStdString(name)).arg(d).arg(got).arg(want)));
        sum += want;
      }
      QVERIFY(close(e.summary.at(name).all.mean, sum / static_cast<double>(tensor.size(0))));
    }
    // The loss is its terms' sum, and the labels matter (a model that ignored them would
    // pass the comparison above with any labels).
    QVERIFY(close(e.summary.at("loss").all.mean, e.summary.at("mse").all.mean + e.summary.at("vb").all.mean));
    const auto other_labels = trainer->loss().terms(trainer->net(), torch::stack(images), torch::tensor(ts),
                                                    torch::stack(noises), (torch::tensor(labels) + 1).remainder(3));
    QVERIFY(!torch::allclose(other_labels.loss, terms.loss, /*rtol=*/1e-7, /*atol=*/0));
  }

  void repeatsExactlyAndIgnoresTheBatchSize() {
    const auto run = pt::train_tiny_run(/*images=*/6, /*steps=*/2);
    const auto a = evaluate(run.model_path, run.data_dir, options_with(2, 3, 4));
    const auto b = evaluate(run.model_path, run.data_dir, options_with(2, 3, 4));
    QCOMPARE(a.t, b.t);
    QCOMPARE(a.values, b.values);  // bit for bit
    QCOMPARE(training::evaluations_to_json({a}), training::evaluations_to_json({b}));

    const auto one_by_one = evaluate(run.model_path, run.data_dir, options_with(2, 3, 1));
    QCOMPARE(one_by_one.t, a.t);
    for (size_t d = 0; d < a.t.size(); ++d)
      QVERIFY(close(one_by_one.values.at("loss")[d], a.values.at("loss")[d]));

    const auto other_seed = evaluate(run.model_path, run.data_dir, options_with(2, 4, 4));
    QVERIFY(other_seed.t != a.t);
  }

  void checkpointsShareTheirDrawsAndPairedDifferences() {
    const auto run = pt::train_tiny_run(/*images=*/5, /*steps=*/3);
    const auto options = options_with(4, 0, 8);
    const auto plain = evaluate(run.model_path, run.data_dir, options);
    const auto ema = evaluate(run.ema_path, run.data_dir, options);
    QCOMPARE(ema.t, plain.t);
    QVERIFY(ema.values.at("loss") != plain.values.at("loss"));
    const auto d = training::paired_difference(plain, ema, "loss");
    QCOMPARE(d.count, int64_t{20});
    QVERIFY(close(d.mean, ema.summary.at("loss").all.mean - plain.summary.at("loss").all.mean, 1e-9));
    std::vector<double> diffs;
    for (size_t i = 0; i < plain.t.size(); ++i) diffs.push_back(ema.values.at("loss")[i] - plain.values.at("loss")[i]);
    QCOMPARE(d.sem, training::mean_and_error(diffs).sem);

    const auto elsewhere = evaluate(run.ema_path, run.data_dir, options_with(4, 1, 8));
    QVERIFY(pt::error_of<patchdiff::ConfigError>([&] { training::paired_difference(plain, elsewhere, "loss"); })
                .find("not evaluated on the same draws") != std::string::npos);
  }

  void meansStandardErrorsAndQuartiles() {
    const auto m = training::mean_and_error({1.0, 2.0, 3.0, 4.0});
    QCOMPARE(m.count, int64_t{4});
    QCOMPARE(m.mean, 2.5);
    // sample standard deviation sqrt(5/3), over sqrt(4)
    QVERIFY(close(m.sem, std::sqrt(5.0 / 3.0) / 2.0, 1e-12));
    QVERIFY(std::isnan(training::mean_and_error({}).mean));
    QVERIFY(std::isnan(training::mean_and_error({7.0}).sem));

    const auto run = pt::train_tiny_run(/*images=*/6, /*steps=*/1);
    const auto e = evaluate(run.model_path, run.data_dir, options_with(8, 2, 16));
    for (const auto& name : training::term_names(e)) {
      const auto& s = e.summary.at(name);
      int64_t count = 0;
      double weighted = 0;
      for (size_t q = 0; q < 4; ++q) {
        // Each quartile holds exactly the draws whose t falls in it.
        std::vector<double> in_quartile;
        for (size_t d = 0; d < e.t.size(); ++d)
          if (training::t_quartile(e.t[d], e.num_steps) == static_cast<int>(q)) in_quartile.push_back(e.values.at(name)[d]);
        QCOMPARE(s.quartiles[q].count, static_cast<int64_t>(in_quartile.size()));
        count += s.quartiles[q].count;
        if (s.quartiles[q].count > 0) weighted += s.quartiles[q].mean * static_cast<double>(s.quartiles[q].count);
      }
      QCOMPARE(count, s.all.count);
      QVERIFY(close(weighted / static_cast<double>(count), s.all.mean, 1e-9));
    }
  }

  void foldersWithoutImagesAreClearErrors() {
    const auto run = pt::train_tiny_run(/*images=*/4, /*steps=*/1);
    const auto loaded = model::load_model(run.model_path);
    const std::string empty = pt::temp_dir();
    std::ofstream(fs::path(empty) / "notes.txt") << "not an image";
    const auto message = pt::error_of<patchdiff::IoError>([&] { training::evaluation_folder(loaded, empty); });
    QVERIFY2(message.find(empty) != std::string::npos && message.find("holds no") != std::string::npos,
             message.c_str());
    const std::string missing = (fs::path(empty) / "absent").string();
    QVERIFY(pt::error_of<patchdiff::IoError>([&] { training::evaluation_folder(loaded, missing); })
                .find("does not exist") != std::string::npos);
  }

  void classesTheModelDoesNotKnowAreAnError() {
    const auto run = pt::train_tiny_run(/*images=*/4, /*steps=*/1);
    const auto loaded = model::load_model(run.model_path);
    const std::string words = pt::write_image_folder(4, 16, /*classes=*/2, /*words=*/true);
    const auto folder = training::evaluation_folder(loaded, words);
    const auto message = pt::error_of<patchdiff::ConfigError>(
        [&] { training::evaluate_loss(loaded, folder, options_with(1, 0, 4)); });
    QVERIFY2(message.find("'cls0'") != std::string::npos && message.find(run.model_path) != std::string::npos,
             message.c_str());
    const std::string many = pt::write_image_folder(8, 16, /*classes=*/5);  // labels 0..4, the model has 3
    const auto many_folder = training::evaluation_folder(loaded, many);
    QVERIFY(pt::error_of<patchdiff::ConfigError>([&] { training::evaluate_loss(loaded, many_folder, options_with(1, 0, 4)); })
                .find("3 classes") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestLossEvaluation)
#include "test_loss_evaluation.moc"
