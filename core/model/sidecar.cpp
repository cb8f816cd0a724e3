// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sidecar.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/model/safetensors.h"

namespace patchdiff::model {

namespace fs = std::filesystem;
using nlohmann::json;

std::string sidecar_path_for(const std::string& checkpoint_path) {
  fs::path p(checkpoint_path);
  return (p.parent_path() / (p.stem().string() + ".json")).string();
}

std::optional<Sidecar> read_sidecar_for(const std::string& checkpoint_path) {
  const std::string path = sidecar_path_for(checkpoint_path);
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    if (fs::is_regular_file(checkpoint_path, ec) &&
        (has_safetensors_extension(checkpoint_path) || is_safetensors_file(checkpoint_path)))
      return sidecar_from_metadata(read_safetensors_metadata(checkpoint_path), checkpoint_path);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "cannot read the sidecar file '%1'"), {path}));
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_sidecar(ss.str(), path);
}

namespace {
std::string value_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) {
    std::ostringstream os;
    os << v.get<double>();
    return os.str();
  }
  if (v.is_array()) {  // [1, 2, 2] -> "1,2,2"
    std::string out;
    for (const auto& item : v) out += (out.empty() ? "" : ",") + value_text(item);
    return out;
  }
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "unsupported flag value %1"), {v.dump()}));
}

std::string string_field(const json& j, const char* key) {
  if (!j.contains(key)) return "";
  if (!j[key].is_string()) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "'%1' must be a string"), {key}));
  return j[key].get<std::string>();
}
}  // namespace

Sidecar parse_sidecar(const std::string& text, const std::string& source) {
  try {
    const json j = json::parse(text);
    if (!j.is_object()) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "expected a JSON object"), {}));
    Sidecar s;
    if (j.contains("flags")) {
      if (!j["flags"].is_object())
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "'flags' must be an object"), {}));
      for (const auto& [name, value] : j["flags"].items()) {
        const FlagSpec* spec = find_flag(name);
        if (!spec) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "unknown flag '%1'"), {name}));
        s.flags[name] = canonical_value(*spec, value_text(value));
      }
    }
    if (j.contains("class_names")) {
      if (!j["class_names"].is_array())
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "'class_names' must be a list"), {}));
      for (const auto& name : j["class_names"]) s.class_names.push_back(name.get<std::string>());
    }
    s.title = string_field(j, "title");
    s.description = string_field(j, "description");
    s.license = string_field(j, "license");
    s.attribution = string_field(j, "attribution");
    json extra = json::object();
    for (const auto& [key, value] : j.items())
      if (key != "flags" && key != "class_names" && key != "title" && key != "description" &&
          key != "license" && key != "attribution")
        extra[key] = value;
    s.extra_json = extra.dump();
    return s;
  } catch (const json::exception& e) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the sidecar file '%1' is not valid JSON: %2"),
                              {source, std::string(e.what())}));
  } catch (const ConfigError& e) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the sidecar file '%1': %2"), {source, e.message()}));
  }
}

std::string sidecar_to_json(const Sidecar& s) {
  json j = json::parse(s.extra_json.empty() ? "{}" : s.extra_json);
  if (!s.title.empty()) j["title"] = s.title;
  if (!s.description.empty()) j["description"] = s.description;
  json flags = json::object();
  for (const auto& [name, value] : s.flags) {
    const FlagSpec* spec = find_flag(name);
    if (spec && spec->type == FlagType::Bool) flags[name] = parse_bool(name, value);
    else if (spec && spec->type == FlagType::Int) flags[name] = parse_int(name, value);
    else if (spec && spec->type == FlagType::Float) flags[name] = parse_double(name, value);
    else flags[name] = value;
  }
  j["flags"] = flags;
  if (!s.class_names.empty()) j["class_names"] = s.class_names;
  if (!s.license.empty()) j["license"] = s.license;
  if (!s.attribution.empty()) j["attribution"] = s.attribution;
  return j.dump(2) + "\n";
}

namespace {
constexpr char kMetadataPrefix[] = "patchdiff.";
bool is_text_field(const std::string& key) {
  return key == "title" || key == "description" || key == "license" || key == "attribution";
}
}  // namespace

std::map<std::string, std::string> sidecar_to_metadata(const Sidecar& sidecar) {
  std::map<std::string, std::string> out;
  const json j = json::parse(sidecar_to_json(sidecar));
  for (const auto& [key, value] : j.items())
    out[kMetadataPrefix + key] = is_text_field(key) && value.is_string() ? value.get<std::string>() : value.dump();
  out["format"] = "pt";
  return out;
}

std::optional<Sidecar> sidecar_from_metadata(const std::map<std::string, std::string>& metadata,
                                             const std::string& source) {
  json j = json::object();
  const std::string prefix = kMetadataPrefix;
  for (const auto& [key, value] : metadata) {
    if (key.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string field = key.substr(prefix.size());
    if (is_text_field(field)) {
      j[field] = value;
      continue;
    }
    try {
      j[field] = json::parse(value);
    } catch (const json::exception&) {
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "the metadata '%1' of '%2' is not valid JSON"), {key, source}));
    }
  }
  if (j.empty()) return std::nullopt;
  return parse_sidecar(j.dump(), source + " (__metadata__)");
}

}  // namespace patchdiff::model
