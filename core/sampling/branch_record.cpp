// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/branch_record.h"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_number.h"
#include "core/message.h"

namespace patchdiff::sampling {

using nlohmann::json;

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The floats as little-endian IEEE-754 bytes (what every platform we build for stores).
std::string base64_of(const std::vector<float>& values) {
  std::string bytes(values.size() * sizeof(float), '\0');
  if (!values.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    const size_t n = std::min<size_t>(3, bytes.size() - i);
    uint32_t chunk = 0;
    for (size_t k = 0; k < 3; ++k)
      chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (size_t k = 0; k < 4; ++k) out += k <= n ? kAlphabet[(chunk >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

std::vector<float> floats_of_base64(const std::string& text) {
  if (text.size() % 4 != 0)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's x_t is not base64 (length %1)"),
                              {std::to_string(text.size())}));
  std::string bytes;
  bytes.reserve(text.size() / 4 * 3);
  for (size_t i = 0; i < text.size(); i += 4) {
    uint32_t chunk = 0;
    int padding = 0;
    for (size_t k = 0; k < 4; ++k) {
      const char c = text[i + k];
      const char* at = std::strchr(kAlphabet, c);
      if (c == '=' && i + 4 == text.size() && k >= 2) {
        ++padding;
        chunk <<= 6;
      } else if (c != '\0' && at && !padding) {
        chunk = (chunk << 6) | static_cast<uint32_t>(at - kAlphabet);
      } else {
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's x_t is not base64 (at character %1)"),
                                  {std::to_string(i + k)}));
      }
    }
    for (int k = 0; k < 3 - padding; ++k) bytes += static_cast<char>((chunk >> (16 - 8 * k)) & 0xff);
  }
  if (bytes.size() % sizeof(float) != 0)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the branch's x_t is not a whole number of float32 values"), {}));
  std::vector<float> values(bytes.size() / sizeof(float));
  if (!values.empty()) std::memcpy(values.data(), bytes.data(), bytes.size());
  return values;
}

void check_size(const BranchRecord& b) {
  if (b.image_size <= 0 || b.image_size > 65536)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's image size %1 is not a usable size"),
                              {std::to_string(b.image_size)}));
  const auto expected = static_cast<size_t>(3 * b.image_size * b.image_size);
  // `text` is the whole sentence, one per part of the branch, so a translator sees it whole.
  auto check = [&](const std::vector<float>& values, const char* text) {
    if (values.size() != expected)
      throw ConfigError(Message(text, {std::to_string(values.size()), std::to_string(b.image_size)}));
  };
  check(b.start_x, PATCHDIFF_TR_NOOP("core", "the branch's x_t holds %1 values, expected 3 x %2 x %2"));
  for (const auto& entry : b.solver_history)
    check(entry, PATCHDIFF_TR_NOOP("core", "the branch's solver history holds %1 values, expected 3 x %2 x %2"));
  if (b.solver_history.size() != b.solver_history_points.size())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's solver history has %1 entries but %2 points"),
                              {std::to_string(b.solver_history.size()),
                               std::to_string(b.solver_history_points.size())}));
}

json image_json(const BranchRecord& b, const std::vector<float>& values) {
  return {{"dtype", "float32-le"}, {"shape", {3, b.image_size, b.image_size}}, {"base64", base64_of(values)}};
}

std::vector<float> image_of_json(const json& j) {
  if (j.at("dtype").get<std::string>() != "float32-le")
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's x_t has an unknown dtype"), {}));
  return floats_of_base64(j.at("base64").get<std::string>());
}
}  // namespace

std::string with_branch(const std::string& spec_json, const BranchRecord& branch) {
  check_size(branch);
  json j = json::parse(spec_json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "a run description must be a JSON object"), {}));
  json parent = json::parse(branch.parent_spec_json, nullptr, false);
  if (!parent.is_object())
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the branch's parent run description must be a JSON object"), {}));
  j["branch"] = {{"parent", parent},
                 {"step", branch.step},
                 {"float_x_t_kept", branch.float_x_t_kept},
                 {"image_size", branch.image_size},
                 {"start_x", image_json(branch, branch.start_x)}};
  if (!branch.solver_history.empty()) {
    json history = json::array();
    for (size_t i = 0; i < branch.solver_history.size(); ++i) {
      const EvalPoint& p = branch.solver_history_points[i];
      history.push_back({{"step", p.step}, {"timestep", p.timestep}, {"value", image_json(branch, branch.solver_history[i])}});
    }
    j["branch"]["solver_history"] = history;
  }
  return j.dump();
}

std::optional<BranchRecord> branch_from_json(const std::string& spec_json) {
  const json j = json::parse(spec_json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("branch")) return std::nullopt;
  const json& b = j["branch"];
  try {
    BranchRecord r;
    r.parent_spec_json = b.at("parent").dump();
    r.step = io::json_integer<int>(b.at("step"), "the branch step");
    r.float_x_t_kept = b.at("float_x_t_kept").get<bool>();
    r.image_size = io::json_integer<int64_t>(b.at("image_size"), "the branch image_size");
    r.start_x = image_of_json(b.at("start_x"));
    if (b.contains("solver_history"))
      for (const json& entry : b.at("solver_history")) {
        r.solver_history_points.push_back({io::json_integer<int>(entry.at("step"), "a history step"), entry.at("timestep").get<double>()});
        r.solver_history.push_back(image_of_json(entry.at("value")));
      }
    check_size(r);
    if (r.step < 0) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the branch's step is negative"), {}));
    return r;
  } catch (const json::exception& e) {
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the run description's \"branch\" object is malformed: %1"), {e.what()}));
  }
}

}  // namespace patchdiff::sampling
