// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/op_profile.h"

#include <ATen/record_function.h>

#include <algorithm>
#include <chrono>
#include <cstring>

#include "core/error.h"

namespace patchdiff::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Frame {
  std::string name;
  Clock::time_point start;
  double child_ms = 0;
};

}  // namespace

struct OpProfile::State {
  std::vector<Frame> stack;
  std::vector<std::string> scopes;  // our own scopes, innermost last
  std::map<std::string, Operator> operators;
  double outermost_ms = 0;
};

namespace {

thread_local OpProfile::State* t_state = nullptr;

bool is_our_scope(const char* name) { return std::strncmp(name, "patchdiff::", 11) == 0; }

std::unique_ptr<at::ObserverContext> on_start(const at::RecordFunction& fn) {
  OpProfile::State* state = t_state;
  if (!state) return nullptr;
  const char* name = fn.name();
  if (is_our_scope(name)) state->scopes.emplace_back(name + 11);
  state->stack.push_back({name, Clock::now(), 0.0});
  return nullptr;
}

void on_end(const at::RecordFunction& fn, at::ObserverContext*) {
  OpProfile::State* state = t_state;
  if (!state || state->stack.empty()) return;
  Frame frame = std::move(state->stack.back());
  state->stack.pop_back();
  const double total_ms = std::chrono::duration<double, std::milli>(Clock::now() - frame.start).count();
  if (!state->stack.empty()) state->stack.back().child_ms += total_ms;
  else state->outermost_ms += total_ms;
  if (is_our_scope(fn.name())) {
    if (!state->scopes.empty()) state->scopes.pop_back();
    // A scope's own time outside any operator is host code of ours.
    OpProfile::Operator& op = state->operators[frame.name];
    op.self_ms += total_ms - frame.child_ms;
    op.calls += 1;
    return;
  }
  const std::string key = state->scopes.empty() ? frame.name : state->scopes.back() + "/" + frame.name;
  OpProfile::Operator& op = state->operators[key];
  op.self_ms += total_ms - frame.child_ms;
  op.calls += 1;
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

OpProfile::OpProfile() : m_state(new State) {
  if (t_state) {
    delete m_state;
    throw Error("an operator profile is already running on this thread");
  }
  t_state = m_state;
  m_handle = at::addThreadLocalCallback(at::RecordFunctionCallback(on_start, on_end).needsInputs(false));
}

OpProfile::~OpProfile() {
  at::removeCallback(m_handle);
  t_state = nullptr;
  delete m_state;
}

std::string OpProfile::category_of(const std::string& name) {
  if (name.rfind("attention/", 0) == 0 || name == "patchdiff::attention") return "attention";
  if (name.rfind("patchdiff::", 0) == 0) return "other";
  if (contains(name, "conv")) return "convolution";
  if (contains(name, "group_norm") || contains(name, "silu") || contains(name, "layer_norm")) return "norm+activation";
  if (contains(name, "bmm") || contains(name, "softmax") || contains(name, "matmul") || contains(name, "einsum"))
    return "attention";
  if (contains(name, "copy") || contains(name, "contiguous") || contains(name, "clone") || contains(name, "mkldnn") ||
      contains(name, "to_dense") || name == "aten::to" || name == "aten::cat" || name == "aten::stack" ||
      contains(name, "reorder"))
    return "layout";
  if (contains(name, "empty") || name == "aten::zeros" || name == "aten::ones" || name == "aten::full" ||
      contains(name, "resize_") || name == "aten::zero_" || name == "aten::fill_")
    return "allocation";
  if (contains(name, "randn") || contains(name, "normal")) return "noise";
  static const char* elementwise[] = {"add", "mul", "sub", "div", "clamp", "exp", "sqrt", "rsqrt", "where",
                                      "lerp", "pow", "neg", "sigmoid", "tanh", "cos", "sin", "abs", "log",
                                      "mean", "sum", "max", "min", "reciprocal", "sign", "round"};
  for (const char* word : elementwise)
    if (name == std::string("aten::") + word || name == std::string("aten::") + word + "_" ||
        name.rfind(std::string("aten::") + word + ".", 0) == 0 ||
        name.rfind(std::string("aten::") + word + "_.", 0) == 0)
      return "elementwise";
  return "other";
}

std::vector<OpProfile::Operator> OpProfile::operators() const {
  std::vector<Operator> out;
  for (const auto& [name, op] : m_state->operators) {
    out.push_back(op);
    out.back().name = name;
    out.back().category = category_of(name);
  }
  std::sort(out.begin(), out.end(), [](const Operator& a, const Operator& b) { return a.self_ms > b.self_ms; });
  return out;
}

std::map<std::string, double> OpProfile::categories() const {
  std::map<std::string, double> out;
  for (const auto& op : operators()) out[op.category] += op.self_ms;
  return out;
}

double OpProfile::observed_ms() const { return m_state->outermost_ms; }

}  // namespace patchdiff::bench
