# SPDX-License-Identifier: GPL-3.0-or-later
# core/score and `patchdiff score`: the metrics against closed forms, feature networks
# (TorchScript modules built here, and the bundled one), image sets, the command line.
patchdiff_add_test(test_frechet SOURCES score/test_frechet.cpp LABELS unit)
patchdiff_add_test(test_kid SOURCES score/test_kid.cpp LABELS unit)
patchdiff_add_test(test_precision_recall SOURCES score/test_precision_recall.cpp LABELS unit)
patchdiff_add_test(test_score_image_set SOURCES score/test_score_image_set.cpp score/score_test_util.h LABELS unit)
patchdiff_add_test(test_feature_net SOURCES score/test_feature_net.cpp score/score_test_util.h LABELS unit)
# With the bundled network (resources/score/emoji64_features.pt) on synthetic data.
patchdiff_add_test(test_score SOURCES score/test_score.cpp score/score_test_util.h LABELS unit)
patchdiff_add_test(test_score_cli SOURCES score/test_score_cli.cpp score/score_test_util.h LABELS cli)
add_dependencies(test_score_cli patchdiff)
