// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/shared_data.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <QTemporaryDir>

namespace fs = std::filesystem;

namespace patchdiff::test {

std::string shared_dir() {
  const char* env = std::getenv("PATCHDIFF_SHARED");
  fs::path dir = env && *env ? fs::path(env) : fs::path(PATCHDIFF_SHARED_DIR);
  if (!fs::is_directory(dir / "reference")) {
    throw std::runtime_error("shared data folder not found at '" + dir.string() +
                             "' (expected ../shared beside the source tree with reference/; "
                             "set PATCHDIFF_SHARED to its location)");
  }
  return fs::canonical(dir).string();
}

std::string reference_path(const std::string& name) {
  return shared_dir() + "/reference/" + name;
}

std::string reference_index_text() {
  std::ifstream in(reference_path("index.json"));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string temp_dir() {
  static QTemporaryDir* root = new QTemporaryDir();  // lives until exit, then removed
  static int counter = 0;
  fs::path dir = fs::path(root->path().toStdString()) / ("t" + std::to_string(counter++));
  fs::create_directories(dir);
  return dir.string();
}

}  // namespace patchdiff::test
