// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/bundled_models.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "core/error.h"

namespace patchdiff::cli {

namespace fs = std::filesystem;

namespace {

// Where this program lives: installed programs find their data relative to it, so the
// package works under any prefix.
fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

fs::path bundled_models_dir() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("PATCHDIFF_MODELS_DIR"); env && *env) candidates.emplace_back(env);
  if (const fs::path dir = executable_dir(); !dir.empty())
    candidates.push_back(dir / ".." / "share" / "patchdiff" / "models");
#ifdef PATCHDIFF_SOURCE_MODELS_DIR
  candidates.emplace_back(PATCHDIFF_SOURCE_MODELS_DIR);
#endif
  for (const fs::path& dir : candidates) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return fs::weakly_canonical(dir, ec);
  }
  return {};
}

std::vector<std::string> bundled_model_names() {
  std::vector<std::string> names;
  const fs::path dir = bundled_models_dir();
  if (dir.empty()) return names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".pt" || entry.path().extension() == ".safetensors")
      names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string resolve_model_path(const std::string& argument) {
  std::error_code ec;
  const fs::path given(argument);
  if (fs::exists(given, ec) || given.has_parent_path() || argument.empty()) return argument;
  const fs::path dir = bundled_models_dir();
  if (!dir.empty())
    for (const fs::path& candidate : {dir / given, dir / (argument + ".pt"), dir / (argument + ".safetensors")})
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
  std::string known;
  for (const auto& name : bundled_model_names()) known += (known.empty() ? "" : ", ") + name;
  throw CheckpointError("'" + argument + "' is neither a file nor a bundled model (" +
                        (known.empty() ? std::string("no bundled models found; set PATCHDIFF_MODELS_DIR")
                                       : "bundled: " + known + " in " + dir.string()) +
                        ")");
}

std::vector<std::string> resolve_model_paths(const std::vector<std::string>& arguments) {
  std::vector<std::string> out;
  out.reserve(arguments.size());
  for (const auto& a : arguments) out.push_back(resolve_model_path(a));
  return out;
}

}  // namespace patchdiff::cli
