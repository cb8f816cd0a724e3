// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npm_pack.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"

namespace patchdiff::io {

namespace fs = std::filesystem;

namespace {

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) dir = ".";
    if (::access((fs::path(dir) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

std::string tail_of(const fs::path& file, size_t max_chars) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.size() > max_chars) text = "..." + text.substr(text.size() - max_chars);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// "emoji-datasource-google@16.0.0" -> "emoji-datasource-google-16.0.0.tgz" (npm's naming;
// a scoped "@scope/name" becomes "scope-name").
std::string tarball_name(const std::string& spec) {
  std::string name = spec, version;
  const auto at = spec.rfind('@');
  if (at != std::string::npos && at > 0) {
    name = spec.substr(0, at);
    version = spec.substr(at + 1);
  }
  if (!name.empty() && name[0] == '@') name = name.substr(1);
  for (auto& c : name)
    if (c == '/') c = '-';
  return name + (version.empty() ? "" : "-" + version) + ".tgz";
}

}  // namespace

std::vector<std::string> npm_pack(const std::vector<std::string>& specs, const std::string& dest_dir) {
  if (!on_path("npm"))
    throw IoError("npm was not found on PATH: install Node.js and npm (Debian: apt install npm), or "
                  "fetch the packages elsewhere with `npm pack " + specs.front() + " ...` and pass the .tgz files");
  if (dest_dir.find('\'') != std::string::npos)
    throw ConfigError("npm_pack: the folder name '" + dest_dir + "' contains a quote");
  const fs::path log = fs::path(dest_dir) / "npm-pack.log";
  std::string command = "cd '" + dest_dir + "' && npm pack --silent";
  for (const auto& spec : specs) {
    if (spec.find('\'') != std::string::npos) throw ConfigError("invalid npm package spec '" + spec + "'");
    command += " '" + spec + "'";
  }
  command += " > '" + log.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw IoError("`npm pack` failed (offline, or no access to the npm registry?): " + tail_of(log, 1500));
  std::vector<std::string> tarballs;
  for (const auto& spec : specs) {
    const fs::path path = fs::path(dest_dir) / tarball_name(spec);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
      throw IoError("`npm pack " + spec + "` did not leave " + path.string() + ": " + tail_of(log, 1500));
    tarballs.push_back(path.string());
  }
  return tarballs;
}

}  // namespace patchdiff::io
