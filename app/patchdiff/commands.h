// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The subcommands of patchdiff. Each takes the arguments after its name and returns the
// process exit code; errors are exceptions (main prints them and exits non-zero).
#include <cstdio>
#include <string>
#include <vector>

namespace patchdiff::cli {

using Args = std::vector<std::string>;

void print_usage(std::FILE* out);
int run_command(const std::string& name, const Args& args);

int cmd_info(const Args& args);
int cmd_forward(const Args& args);
int cmd_sample(const Args& args);
int cmd_bench(const Args& args);     // cmd_bench.cpp
int cmd_selftest(const Args& args);  // cmd_bench.cpp
int cmd_compare(const Args& args);
int cmd_train(const Args& args);
int cmd_data(const Args& args);
int cmd_evaluate(const Args& args);
int cmd_convert(const Args& args);
int cmd_score(const Args& args);  // cmd_score.cpp

}  // namespace patchdiff::cli
