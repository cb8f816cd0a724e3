// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tiny class-conditional checkpoint trained for a few steps by the trainer itself, for the
// evaluation tests: model{N}.pt and ema_0.9_{N}.pt with their sidecars in a temporary folder.
#include <filesystem>
#include <string>

#include "core/training/trainer.h"
#include "training/training_test_util.h"

namespace patchdiff::test {

struct TinyRun {
  std::string data_dir, log_dir;
  std::string model_path, ema_path;  // after `steps` steps
};

// Trains tiny_model_flags(learn_sigma, class_cond with 3 integer classes) on `images`
// generated 16 x 16 images; `trainer_out`, when given, keeps the trainer (its network holds
// model_path's weights).
inline TinyRun train_tiny_run(int images, int steps, std::unique_ptr<training::Trainer>* trainer_out = nullptr) {
  TinyRun run;
  run.data_dir = write_image_folder(images, 16, /*classes=*/3);
  run.log_dir = temp_dir();
  auto options = train_options("--lr 5e-3 --batch_size 4 --ema_rate 0.9 --seed 5 --save_interval 1000 "
                               "--num_workers 1 --max_steps " + std::to_string(steps));
  options.data_dir = run.data_dir;
  options.log_dir = run.log_dir;
  training::TrainEvents events;
  events.warning = [](const std::string& w) { qInfo("warning: %s", w.c_str()); };
  auto trainer = std::make_unique<training::Trainer>(tiny_model_flags(/*learn_sigma=*/true, /*class_cond=*/true),
                                                     options, events);
  trainer->run();
  char name[32];
  std::snprintf(name, sizeof name, "%06d.pt", steps);
  run.model_path = (std::filesystem::path(run.log_dir) / (std::string("model") + name)).string();
  run.ema_path = (std::filesystem::path(run.log_dir) / (std::string("ema_0.9_") + name)).string();
  if (trainer_out) *trainer_out = std::move(trainer);
  return run;
}

}  // namespace patchdiff::test
