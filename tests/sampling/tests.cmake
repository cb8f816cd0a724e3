# SPDX-License-Identifier: GPL-3.0-or-later
# core/sampling: whole runs against the original, guidance, seeds, cancellation, branching.
patchdiff_add_test(test_sampling_reference SOURCES sampling/test_sampling_reference.cpp LABELS reference)
patchdiff_add_test(test_sampler SOURCES sampling/test_sampler.cpp LABELS unit)
patchdiff_add_test(test_run_spec SOURCES sampling/test_run_spec.cpp LABELS unit)
patchdiff_add_test(test_solver_order SOURCES sampling/test_solver_order.cpp LABELS unit)
patchdiff_add_test(test_solvers SOURCES sampling/test_solvers.cpp LABELS unit)
patchdiff_add_test(test_solvers_reference SOURCES sampling/test_solvers_reference.cpp LABELS reference)
patchdiff_add_test(test_branch_record SOURCES sampling/test_branch_record.cpp LABELS unit)
patchdiff_add_test(test_image_condition SOURCES sampling/test_image_condition.cpp LABELS unit)
