# SPDX-License-Identifier: GPL-3.0-or-later
# core/training and `patchdiff train`: losses against the original, the loop, checkpoints,
# exact resume, data loading, the command line.
patchdiff_add_test(test_training_losses SOURCES training/test_training_losses.cpp LABELS reference)
patchdiff_add_test(test_train_network SOURCES training/test_train_network.cpp training/training_test_util.h LABELS unit)
patchdiff_add_test(test_image_data SOURCES training/test_image_data.cpp training/training_test_util.h LABELS unit)
patchdiff_add_test(test_adamw SOURCES training/test_adamw.cpp LABELS unit)
patchdiff_add_test(test_trainer SOURCES training/test_trainer.cpp training/training_test_util.h LABELS unit)
patchdiff_add_test(test_trainer_init SOURCES training/test_trainer_init.cpp training/training_test_util.h LABELS unit)
patchdiff_add_test(test_train_cli SOURCES training/test_train_cli.cpp training/training_test_util.h LABELS cli)
add_dependencies(test_train_cli patchdiff)
# `patchdiff data emoji` offline: a synthetic package tarball written with libarchive.
if(LibArchive_FOUND)
  patchdiff_add_test(test_emoji_dataset SOURCES training/test_emoji_dataset.cpp LABELS unit LIBS LibArchive::LibArchive)
endif()
# patchdiff evaluate: the held-out loss (core/training/loss_evaluation) and its command line.
patchdiff_add_test(test_loss_evaluation SOURCES training/test_loss_evaluation.cpp training/evaluation_test_util.h training/training_test_util.h LABELS unit)
patchdiff_add_test(test_evaluate_cli SOURCES training/test_evaluate_cli.cpp training/evaluation_test_util.h training/training_test_util.h LABELS cli)
add_dependencies(test_evaluate_cli patchdiff)
# Kill tests: SIGKILL at random moments, resume, signals (docs/reliability.md).
patchdiff_add_test(test_train_kill SOURCES training/test_train_kill.cpp training/training_test_util.h cli/cli_runner.h LABELS cli)
add_dependencies(test_train_kill patchdiff)
set_tests_properties(test_train_kill PROPERTIES TIMEOUT 900)
