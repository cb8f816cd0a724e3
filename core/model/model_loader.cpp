// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/model_loader.h"

#include <filesystem>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/safetensors.h"

namespace patchdiff::model {

namespace fs = std::filesystem;

std::string LoadedModel::title() const {
  if (sidecar && !sidecar->title.empty()) return sidecar->title;
  return fs::path(path).filename().string();
}

ShapeMap shapes_of(const StateDict& state_dict) {
  ShapeMap shapes;
  for (const auto& [name, tensor] : state_dict) shapes[name] = tensor.sizes().vec();
  return shapes;
}

namespace {
std::string shape_text(const std::vector<int64_t>& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
  return out + "]";
}

std::string first_few(const std::vector<std::string>& items, size_t n = 5) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < n; ++i) out += "\n    " + items[i];
  if (items.size() > n) out += "\n    ... and " + std::to_string(items.size() - n) + " more";
  return out;
}
}  // namespace

void copy_state_dict_strict(UNetImpl& net, const StateDict& sd, const std::string& source) {
  auto params = net.named_parameters(/*recurse=*/true);
  std::vector<std::string> missing, unexpected, wrong_shape;
  std::set<std::string> expected;
  for (const auto& item : params) {
    expected.insert(item.key());
    const torch::Tensor* t = sd.find(item.key());
    if (!t) {
      missing.push_back(item.key() + " " + shape_text(item.value().sizes().vec()));
    } else if (t->sizes() != item.value().sizes()) {
      wrong_shape.push_back(item.key() + ": file has " + shape_text(t->sizes().vec()) +
                            ", the network needs " + shape_text(item.value().sizes().vec()));
    }
  }
  for (const auto& [name, tensor] : sd)
    if (!expected.count(name)) unexpected.push_back(name + " " + shape_text(tensor.sizes().vec()));
  if (!missing.empty() || !unexpected.empty() || !wrong_shape.empty()) {
    // One line per kind of mismatch, each empty when there is none of that kind.
    const auto listing = [](const char* text, const std::vector<std::string>& keys) {
      return keys.empty() ? Message(std::string()) : Message(text, {std::to_string(keys.size()), first_few(keys)});
    };
    throw CheckpointError(Message(
        PATCHDIFF_TR_NOOP("core", "the weights in '%1' do not match the network built from the flags%2%3%4\n"
                                  "  (check the model flags; `patchdiff info` shows what the weights say)"),
        {source, listing(PATCHDIFF_TR_NOOP("core", "\n  missing keys (%1):%2"), missing),
         listing(PATCHDIFF_TR_NOOP("core", "\n  unexpected keys (%1):%2"), unexpected),
         listing(PATCHDIFF_TR_NOOP("core", "\n  wrongly shaped keys (%1):%2"), wrong_shape)}));
  }
  torch::NoGradGuard no_grad;
  for (auto& item : params) {
    auto& target = item.value();
    target.copy_(sd.at(item.key()).to(target.device(), target.scalar_type()));
  }
}

StateDict state_dict_of(UNetImpl& net) {
  StateDict sd;
  for (const auto& item : net.named_parameters(/*recurse=*/true))
    sd.insert(item.key(), item.value().detach().to(torch::kCPU));
  return sd;
}

LoadedModel load_model(const std::string& path, const FlagValues& user_flags,
                       const std::string& entry) {
  LoadedModel loaded;
  CheckpointFile file = read_checkpoint(path, entry);
  loaded.path = path;
  loaded.entry = file.chosen_entry;
  loaded.available_entries = file.available_entries;
  loaded.sidecar = read_sidecar_for(path);
  try {
    loaded.config = resolve_config(shapes_of(file.tensors), user_flags, loaded.sidecar);
  } catch (const ConfigError& e) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "%1 (checkpoint '%2')"), {e.message(), path}));
  }
  loaded.net = UNet(loaded.config.model);
  copy_state_dict_strict(*loaded.net, file.tensors, path);
  loaded.net->eval();
  loaded.parameter_count = file.tensors.numel();
  const int classes = loaded.config.model.num_classes;
  if (loaded.sidecar && !loaded.sidecar->class_names.empty()) {
    if (static_cast<int>(loaded.sidecar->class_names.size()) != classes)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the sidecar of '%1' names %2 classes, the weights have %3"),
                                {path, std::to_string(loaded.sidecar->class_names.size()), std::to_string(classes)}));
    loaded.class_names = loaded.sidecar->class_names;
  } else {
    for (int i = 0; i < classes; ++i) loaded.class_names.push_back(std::to_string(i));
  }
  return loaded;
}

void save_model(const std::string& path, UNetImpl& net, const Sidecar& sidecar) {
  save_checkpoint(path, state_dict_of(net), sidecar);
}

void save_checkpoint(const std::string& path, const StateDict& state_dict, const std::optional<Sidecar>& sidecar) {
  if (has_safetensors_extension(path)) {
    save_safetensors(path, state_dict, sidecar ? sidecar_to_metadata(*sidecar) : SafetensorsMetadata{});
    return;
  }
  save_state_dict(path, state_dict);
  if (sidecar) io::write_file_atomic(sidecar_path_for(path), sidecar_to_json(*sidecar));
}

}  // namespace patchdiff::model
