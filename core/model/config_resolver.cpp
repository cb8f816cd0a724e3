// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/config_resolver.h"

#include <cmath>
#include <set>
#include <sstream>

#include "core/error.h"

namespace patchdiff::model {

namespace {

const std::vector<int64_t>* shape_of(const ShapeMap& shapes, const std::string& key) {
  auto it = shapes.find(key);
  return it == shapes.end() ? nullptr : &it->second;
}

bool has_prefix(const ShapeMap& shapes, const std::string& prefix) {
  auto it = shapes.lower_bound(prefix);
  return it != shapes.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

int count_blocks(const ShapeMap& shapes, const std::string& list) {
  int n = 0;
  while (has_prefix(shapes, list + "." + std::to_string(n) + ".")) ++n;
  return n;
}

std::string join(const std::vector<int>& v) {
  std::string out;
  for (int x : v) out += (out.empty() ? "" : ",") + std::to_string(x);
  return out;
}

std::string format_mult(const std::vector<double>& mult) {
  std::string out;
  for (double m : mult) {
    std::ostringstream os;
    os << m;
    out += (out.empty() ? "" : ",") + os.str();
  }
  return out;
}

}  // namespace

WeightFacts infer_from_weights(const ShapeMap& s) {
  auto need = [&](const std::string& key, size_t rank) -> const std::vector<int64_t>& {
    const auto* shape = shape_of(s, key);
    if (!shape || shape->size() != rank)
      throw CheckpointError(Message(
          PATCHDIFF_TR_NOOP("core", "the weights do not look like a Patch Diffusion U-Net: '%1' is missing or has "
                                    "the wrong rank"),
          {key}));
    return *shape;
  };
  WeightFacts f;
  const auto& first = need("input_blocks.0.0.weight", 4);  // [ch0, 3P^2, 3, 3]
  const double p = std::sqrt(double(first[1]) / 3.0);
  f.patch_size = static_cast<int>(std::lround(p));
  if (3 * f.patch_size * f.patch_size != first[1])
    throw CheckpointError(Message(
        PATCHDIFF_TR_NOOP("core", "input_blocks.0.0.weight has %1 input channels, not 3*P*P for any patch size P"),
        {std::to_string(first[1])}));
  f.num_channels = static_cast<int>(need("time_embed.0.weight", 2)[1]);
  f.learn_sigma = has_prefix(s, "variance_output_model.");
  if (const auto* labels = shape_of(s, "label_embs.weight")) {
    f.class_cond = true;
    f.label_rows = static_cast<int>(labels->at(0));
  }

  const int n_in = count_blocks(s, "input_blocks");
  const int n_out = count_blocks(s, "output_blocks");
  // Levels: one upsampler per level except the first, at the end of an output block
  // (`.K.conv` by default, a second ResBlock with resblock_updown).
  int upsamplers = 0;
  for (int i = 0; i < n_out; ++i) {
    const std::string b = "output_blocks." + std::to_string(i) + ".";
    for (int k = 1; k <= 2; ++k) {
      const std::string sub = b + std::to_string(k) + ".";
      if (has_prefix(s, sub + "conv.")) ++upsamplers;
      if (has_prefix(s, sub + "in_layers.")) {
        ++upsamplers;
        f.resblock_updown = true;
      }
    }
  }
  const int levels = upsamplers + 1;
  if (n_in < 2 || n_out % levels != 0 || n_in != n_out)
    throw CheckpointError(Message(
        PATCHDIFF_TR_NOOP("core", "the weights do not look like a Patch Diffusion U-Net: %1 input blocks, %2 output "
                                  "blocks, %3 levels"),
        {std::to_string(n_in), std::to_string(n_out), std::to_string(levels)}));
  f.num_res_blocks = n_out / levels - 1;
  if (f.num_res_blocks < 1)
    throw CheckpointError(Message(
        PATCHDIFF_TR_NOOP("core", "the weights have no residual blocks per level (num_res_blocks 0 is not supported)"),
        {}));
  int index = 1;
  for (int level = 0; level < levels; ++level) {
    const std::string b = "input_blocks." + std::to_string(index) + ".";
    f.level_widths.push_back(static_cast<int>(need(b + "0.out_layers.2.weight", 4)[0]));
    if (has_prefix(s, b + "1.qkv.")) f.attention_ds.push_back(1 << level);
    index += f.num_res_blocks + 1;  // the level's blocks and its downsampler
  }
  return f;
}

namespace {

// Tracks where each flag comes from while resolving.
class Resolver {
 public:
  Resolver(const FlagValues& user, const std::optional<Sidecar>& sidecar)
      : m_user(user), m_sidecar(sidecar) {}

  // The given value (user, else sidecar), if any.
  std::optional<ResolvedFlag> given(const std::string& name) const {
    if (auto it = m_user.find(name); it != m_user.end())
      return ResolvedFlag{it->second, FlagSource::User};
    if (m_sidecar) {
      if (auto it = m_sidecar->flags.find(name); it != m_sidecar->flags.end())
        return ResolvedFlag{it->second, FlagSource::Sidecar};
    }
    return std::nullopt;
  }

  // Value from user/sidecar, else the default (with a warning when `warn_if_default`).
  std::string take(const std::string& name, const char* warn_if_default = nullptr) {
    if (auto g = given(name)) {
      result.flags[name] = *g;
      return g->value;
    }
    const FlagSpec* spec = find_flag(name);
    result.flags[name] = {spec->default_value, FlagSource::Default};
    if (warn_if_default)
      result.warnings.push_back(std::string("--") + name + " is not in the weights and was not "
                                "given: using the default " + spec->default_value + " (" +
                                warn_if_default + ")");
    return spec->default_value;
  }

  // A flag the weights decide: a given value must agree (compared by `same`).
  template <typename Same>
  void from_weights(const std::string& name, const std::string& inferred, Same same) {
    if (auto g = given(name)) {
      // given() only yields the user's or the sidecar's value; each source is a phrase of its own.
      if (!same(g->value))
        throw ConfigError(Message(
            g->source == FlagSource::User
                ? PATCHDIFF_TR_NOOP("core", "--%1 %2 (from the user) contradicts the weights, which say %3")
                : PATCHDIFF_TR_NOOP("core", "--%1 %2 (from the sidecar) contradicts the weights, which say %3"),
            {name, g->value, inferred}));
      result.flags[name] = *g;
      return;
    }
    result.flags[name] = {inferred, FlagSource::Weights};
  }
  void from_weights(const std::string& name, const std::string& inferred) {
    from_weights(name, inferred, [&](const std::string& v) {
      const FlagSpec* spec = find_flag(name);
      return canonical_value(*spec, v) == canonical_value(*spec, inferred);
    });
  }

  ResolvedConfig result;

 private:
  const FlagValues& m_user;
  const std::optional<Sidecar>& m_sidecar;
};

std::string bool_text(bool b) { return b ? "True" : "False"; }

}  // namespace

ResolvedConfig resolve_config(const ShapeMap& shapes, const FlagValues& user,
                              const std::optional<Sidecar>& sidecar) {
  Resolver r(user, sidecar);
  const bool from_file = !shapes.empty();
  auto warn = [&](const char* why) { return from_file ? why : nullptr; };
  ModelConfig& m = r.result.model;

  m.image_size = parse_int("image_size", r.take("image_size", warn("the weights cannot say it")));
  if (from_file) {
    const WeightFacts f = infer_from_weights(shapes);
    r.from_weights("patch_size", std::to_string(f.patch_size));
    r.from_weights("num_channels", std::to_string(f.num_channels));
    r.from_weights("num_res_blocks", std::to_string(f.num_res_blocks));
    r.from_weights("learn_sigma", bool_text(f.learn_sigma));
    r.from_weights("class_cond", bool_text(f.class_cond));
    r.from_weights("resblock_updown", bool_text(f.resblock_updown));
    m.patch_size = f.patch_size;
    m.num_channels = f.num_channels;
    m.num_res_blocks = f.num_res_blocks;
    m.learn_sigma = f.learn_sigma;
    m.class_cond = f.class_cond;
    m.resblock_updown = f.resblock_updown;
    m.classifier_free = parse_bool("classifier_free", r.take("classifier_free"));
    if (f.class_cond) {
      const int classes = f.label_rows - (m.classifier_free ? 1 : 0);
      r.from_weights("num_classes", std::to_string(classes));
      m.num_classes = classes;
    } else {
      r.take("num_classes");
    }
    // channel_mult: level widths are int(mult * mc); any given mult that yields the same
    // widths agrees (e.g. "1,2,2" and "1.0,2,2").
    std::vector<double> inferred;
    for (int w : f.level_widths) inferred.push_back(double(w) / f.num_channels);
    auto same_widths = [&](const std::string& v) {
      std::vector<double> given = parse_double_list("channel_mult", v);
      if (given.empty()) {
        if (m.image_size % m.patch_size != 0) return false;
        given = default_channel_mult(m.image_size / m.patch_size);
      }
      if (given.size() != f.level_widths.size()) return false;
      for (size_t i = 0; i < given.size(); ++i)
        if (static_cast<int>(given[i] * f.num_channels) != f.level_widths[i]) return false;
      return true;
    };
    r.from_weights("channel_mult", format_mult(inferred), same_widths);
    const auto& cm = r.result.flags["channel_mult"];
    m.channel_mult = cm.source == FlagSource::Weights || cm.value.empty()
                         ? inferred
                         : parse_double_list("channel_mult", cm.value);
    // attention_resolutions are patched resolutions: res = (image_size / P) / ds.
    if (m.image_size % m.patch_size != 0)
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "patch_size %1 (from the weights) does not divide image_size %2"),
                  {std::to_string(m.patch_size), std::to_string(m.image_size)}));
    const int r_patched = m.image_size / m.patch_size;
    std::vector<int> inferred_res;
    for (int ds : f.attention_ds) inferred_res.push_back(r_patched / ds);
    r.from_weights("attention_resolutions", join(inferred_res), [&](const std::string& v) {
      // Compared as levels (ds = r // res, as the original converts them); only levels the
      // network has matter, since the default 16,8 may name levels a small model lacks.
      const std::set<int> levels_ds(f.attention_ds.begin(), f.attention_ds.end());
      std::set<int> given_ds;
      for (int res : parse_int_list("attention_resolutions", v))
        for (size_t l = 0; res > 0 && l < f.level_widths.size(); ++l)
          if (r_patched / res == (1 << l)) given_ds.insert(1 << l);
      return given_ds == levels_ds;
    });
    m.attention_resolutions = parse_int_list("attention_resolutions",
                                             r.result.flags["attention_resolutions"].value);
  } else {
    m.patch_size = parse_int("patch_size", r.take("patch_size"));
    m.num_channels = parse_int("num_channels", r.take("num_channels"));
    m.num_res_blocks = parse_int("num_res_blocks", r.take("num_res_blocks"));
    m.learn_sigma = parse_bool("learn_sigma", r.take("learn_sigma"));
    m.class_cond = parse_bool("class_cond", r.take("class_cond"));
    m.resblock_updown = parse_bool("resblock_updown", r.take("resblock_updown"));
    m.classifier_free = parse_bool("classifier_free", r.take("classifier_free"));
    m.num_classes = parse_int("num_classes", r.take("num_classes"));
    m.channel_mult = parse_double_list("channel_mult", r.take("channel_mult"));
    if (m.channel_mult.empty()) {
      if (m.patch_size <= 0 || m.image_size % m.patch_size != 0)
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "patch_size %1 does not divide image_size %2"),
                                  {std::to_string(m.patch_size), std::to_string(m.image_size)}));
      m.channel_mult = default_channel_mult(m.image_size / m.patch_size);
    }
    m.attention_resolutions =
        parse_int_list("attention_resolutions", r.take("attention_resolutions"));
  }
  if (!m.class_cond) m.num_classes = 0;

  const char* heads_note = "heads are not stored in the weights; a wrong value changes the output";
  m.num_head_channels = parse_int("num_head_channels", r.take("num_head_channels", warn(heads_note)));
  m.num_heads = parse_int("num_heads", r.take("num_heads", m.num_head_channels == -1 ? warn(heads_note) : nullptr));
  m.num_heads_upsample = parse_int("num_heads_upsample", r.take("num_heads_upsample"));
  m.use_new_attention_order = parse_bool(
      "use_new_attention_order",
      r.take("use_new_attention_order", warn("the weights cannot say it; a wrong value changes the output")));
  m.use_scale_shift_norm = parse_bool("use_scale_shift_norm", r.take("use_scale_shift_norm"));
  m.use_fp16 = parse_bool("use_fp16", r.take("use_fp16"));
  m.dropout = parse_double("dropout", r.take("dropout"));
  r.take("use_checkpoint");

  diffusion::DiffusionConfig& d = r.result.diffusion;
  d.noise_schedule = r.take("noise_schedule", warn("the weights cannot say it"));
  d.diffusion_steps = parse_int("diffusion_steps", r.take("diffusion_steps"));
  d.timestep_respacing = r.take("timestep_respacing");
  const std::string mean = r.take("model_mean_type");
  if (mean == "xstart") d.mean_type = diffusion::MeanType::XStart;
  else if (mean == "eps" || mean == "epsilon") d.mean_type = diffusion::MeanType::Epsilon;
  else if (mean == "v") d.mean_type = diffusion::MeanType::V;
  else
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "--model_mean_type must be xstart, eps or v, got '%1'"), {mean}));
  d.learn_sigma = m.learn_sigma;
  d.sigma_small = parse_bool("sigma_small", r.take("sigma_small"));
  d.use_kl = parse_bool("use_kl", r.take("use_kl"));
  d.rescale_learned_sigmas = parse_bool("rescale_learned_sigmas", r.take("rescale_learned_sigmas"));
  if (parse_bool("rescale_timesteps", r.take("rescale_timesteps")))
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                "--rescale_timesteps True is not supported: the patched network "
                                                "takes the original integer timesteps"),
                              {}));
  d.weight_schedule = r.take("weight_schedule");
  d.snr_splits = parse_double_list("snr_splits", r.take("snr_splits"));

  m.validate();
  return std::move(r.result);
}

std::string to_flag_string(const std::map<std::string, ResolvedFlag>& flags) {
  std::string out;
  for (const auto& spec : flag_specs()) {
    auto it = flags.find(spec.name);
    if (it == flags.end()) continue;
    const std::string& v = it->second.value;
    out += (out.empty() ? "--" : " --") + std::string(spec.name) + " " +
           (v.empty() || v.find_first_of(" ,'\"") != std::string::npos ? "'" + v + "'" : v);
  }
  return out;
}

}  // namespace patchdiff::model
