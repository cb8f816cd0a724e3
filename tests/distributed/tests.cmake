# SPDX-License-Identifier: GPL-3.0-or-later
# core/distributed: launch-environment parsing (no processes), then two processes over Gloo
# on this machine (a FileStore, the loopback interface, one thread each: no ports to pick,
# safe beside the rest of ctest -j).
patchdiff_add_test(test_launch_env SOURCES distributed/test_launch_env.cpp LABELS unit)
patchdiff_add_test(test_image_shards SOURCES distributed/test_image_shards.cpp LABELS unit)

# The process tests run on the CPU, so they need the Gloo backend (not only NCCL).
if(PATCHDIFF_HAVE_GLOO)
  # One rank of the two-process tests.
  add_executable(dist_worker distributed/dist_worker.cpp)
  target_link_libraries(dist_worker PRIVATE patchdiff_test_support)
  # The tests' one precompiled header, not a copy of its own (each is hundreds of MB).
  target_precompile_headers(dist_worker REUSE_FROM patchdiff_test_support)
  patchdiff_warnings(dist_worker)

  patchdiff_add_test(test_two_processes SOURCES distributed/test_two_processes.cpp distributed/rank_processes.h
                     LABELS unit distributed)
  target_compile_definitions(test_two_processes PRIVATE DIST_WORKER_PATH="$<TARGET_FILE:dist_worker>")
  add_dependencies(test_two_processes dist_worker)
  set_tests_properties(test_two_processes PROPERTIES PROCESSORS 2)
  # patchdiff train over two processes: checkpoint + resume on one; a killed rank.
  patchdiff_add_test(test_distributed_train SOURCES distributed/test_distributed_train.cpp distributed/rank_processes.h
                     LABELS cli distributed)
  add_dependencies(test_distributed_train patchdiff)
  set_tests_properties(test_distributed_train PROPERTIES PROCESSORS 2)
  # patchdiff sample over two processes: the same files as one.
  patchdiff_add_test(test_distributed_sample SOURCES distributed/test_distributed_sample.cpp distributed/rank_processes.h
                     LABELS cli distributed)
  add_dependencies(test_distributed_sample patchdiff)
  set_tests_properties(test_distributed_sample PROPERTIES PROCESSORS 2)
endif()
