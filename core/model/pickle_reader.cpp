// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written: a restricted unpickler (allow-listed globals, every size and stride checked, errors naming the key).
#include "core/model/pickle_reader.h"

#include <cstring>
#include <limits>
#include <unordered_map>

#include "core/error.h"
#include "core/message.h"

namespace patchdiff::model {

namespace {

struct StorageType {
  const char* name;
  c10::ScalarType dtype;
};

// The legacy typed-storage classes torch.save still names in persistent ids (1.x and 2.x).
constexpr StorageType kStorageTypes[] = {
    {"FloatStorage", c10::kFloat},   {"HalfStorage", c10::kHalf},
    {"BFloat16Storage", c10::kBFloat16}, {"DoubleStorage", c10::kDouble},
    {"LongStorage", c10::kLong},     {"IntStorage", c10::kInt},
    {"ShortStorage", c10::kShort},   {"CharStorage", c10::kChar},
    {"ByteStorage", c10::kByte},     {"BoolStorage", c10::kBool},
};

const char* const kAllowList =
    "collections.OrderedDict, torch._utils._rebuild_tensor_v2, "
    "torch._utils._rebuild_parameter, torch.*Storage";

[[noreturn]] void refuse(const Message& why) {
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "is not a plain state_dict: %1 (a checkpoint must be a dict "
                                                          "of tensors as torch.save writes it; loading never runs code "
                                                          "from the file)"),
                                {why}));
}

[[noreturn]] void malformed(size_t pos, const Message& why) {
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "has a malformed data.pkl: %1 at byte %2 (the file may be "
                                                          "damaged or not written by torch.save)"),
                                {why, std::to_string(pos)}));
}

// "the pickle ends early while reading <what>"; `what` is a literal marked with
// PATCHDIFF_TR_NOOP, made a message only here so that reading each opcode costs nothing.
[[noreturn]] void ends_early(size_t pos, const char* what) {
  malformed(pos, Message(PATCHDIFF_TR_NOOP("core", "the pickle ends early while reading %1"), {Message(what, {})}));
}

std::string hex_byte(uint8_t b) {
  const char* digits = "0123456789abcdef";
  return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

// Opcodes a state_dict never contains but other pickles do: named so the refusal is readable.
const char* object_opcode_name(uint8_t op) {
  switch (op) {
    case 0x81: return "NEWOBJ";
    case 0x92: return "NEWOBJ_EX";
    case 'i': return "INST";
    case 'o': return "OBJ";
    case 0x82: case 0x83: case 0x84: return "EXT";
    case 'P': return "PERSID";
    default: return nullptr;
  }
}

class Unpickler {
 public:
  Unpickler(const uint8_t* data, size_t size, std::deque<PickleValue>& arena)
      : m_data(data), m_size(size), m_arena(arena) {}

  PickleValue* run();

 private:
  // Reading raw bytes, each checked against the end of the pickle. `what` names them for
  // messages: a literal marked with PATCHDIFF_TR_NOOP (ends_early).
  const uint8_t* take(size_t n, const char* what);
  uint64_t read_le(size_t n, const char* what);
  std::string read_line(const char* what);

  PickleValue* make(PickleValue::Kind kind);
  PickleValue* pop();
  PickleValue* top();
  std::vector<PickleValue*> pop_mark();
  void memo_put(uint64_t index);
  void memo_get(uint64_t index);

  void push_global(const std::string& module, const std::string& name);
  void reduce();
  void build();
  void persistent_id();
  PickleValue* rebuild_tensor(const std::vector<PickleValue*>& args);
  int64_t expect_int(const PickleValue* v, const char* what) const;

  const uint8_t* m_data;
  size_t m_size;
  size_t m_pos = 0;
  size_t m_op_pos = 0;  // where the current opcode began, for messages
  std::deque<PickleValue>& m_arena;
  std::vector<PickleValue*> m_stack;
  std::vector<size_t> m_marks;
  std::unordered_map<uint64_t, PickleValue*> m_memo;
};

const uint8_t* Unpickler::take(size_t n, const char* what) {
  if (n > m_size - m_pos) {
    ends_early(m_op_pos, what);
  }
  const uint8_t* p = m_data + m_pos;
  m_pos += n;
  return p;
}

uint64_t Unpickler::read_le(size_t n, const char* what) {
  const uint8_t* p = take(n, what);
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= uint64_t(p[i]) << (8 * i);
  return v;
}

std::string Unpickler::read_line(const char* what) {
  if (m_pos >= m_size) {
    ends_early(m_op_pos, what);
  }
  const void* end = std::memchr(m_data + m_pos, '\n', m_size - m_pos);
  if (!end) ends_early(m_op_pos, what);
  const size_t len = static_cast<const uint8_t*>(end) - (m_data + m_pos);
  std::string line(reinterpret_cast<const char*>(m_data + m_pos), len);
  m_pos += len + 1;
  return line;
}

PickleValue* Unpickler::make(PickleValue::Kind kind) {
  m_arena.emplace_back();
  m_arena.back().kind = kind;
  return &m_arena.back();
}

PickleValue* Unpickler::pop() {
  const size_t floor = m_marks.empty() ? 0 : m_marks.back();
  if (m_stack.size() <= floor) malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "the pickle stack is empty"), {}));
  PickleValue* v = m_stack.back();
  m_stack.pop_back();
  return v;
}

PickleValue* Unpickler::top() {
  const size_t floor = m_marks.empty() ? 0 : m_marks.back();
  if (m_stack.size() <= floor) malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "the pickle stack is empty"), {}));
  return m_stack.back();
}

std::vector<PickleValue*> Unpickler::pop_mark() {
  if (m_marks.empty())
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "an opcode needs a MARK that is not there"), {}));
  const size_t mark = m_marks.back();
  m_marks.pop_back();
  std::vector<PickleValue*> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark),
                                  m_stack.end());
  m_stack.resize(mark);
  return items;
}

void Unpickler::memo_put(uint64_t index) { m_memo[index] = top(); }

void Unpickler::memo_get(uint64_t index) {
  auto it = m_memo.find(index);
  if (it == m_memo.end()) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "memo entry %1 is read before it is written"),
                                {std::to_string(index)}));
  }
  m_stack.push_back(it->second);
}

void Unpickler::push_global(const std::string& module, const std::string& name) {
  const std::string full = module + "." + name;
  const bool storage = module == "torch" && dtype_of_storage_type(name).has_value();
  if (full != "collections.OrderedDict" && full != "torch._utils._rebuild_tensor_v2" &&
      full != "torch._utils._rebuild_parameter" && !storage) {
    refuse(Message(PATCHDIFF_TR_NOOP("core", "it refers to the Python global '%1', which is not on the allow-list "
                                             "(%2)"),
                   {full, kAllowList}));
  }
  PickleValue* v = make(PickleValue::Kind::Global);
  v->text = full;
  m_stack.push_back(v);
}

int64_t Unpickler::expect_int(const PickleValue* v, const char* what) const {
  if (v->kind != PickleValue::Kind::Int) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "%1 is %2, expected an int"),
                                {Message(what, {}), describe(*v)}));
  }
  return v->int_value;
}

void Unpickler::reduce() {
  PickleValue* args = pop();
  PickleValue* callable = pop();
  if (callable->kind != PickleValue::Kind::Global) {
    refuse(Message(PATCHDIFF_TR_NOOP("core", "it calls %1, which a state_dict never does"), {describe(*callable)}));
  }
  if (args->kind != PickleValue::Kind::Tuple) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "the arguments of %1 are %2"),
                                {callable->text, describe(*args)}));
  }
  const std::string& fn = callable->text;
  if (fn == "collections.OrderedDict") {
    // torch.save pickles an OrderedDict as OrderedDict() followed by SETITEMS.
    if (!args->items.empty())
      refuse(Message(PATCHDIFF_TR_NOOP("core", "it calls collections.OrderedDict with arguments"), {}));
    PickleValue* d = make(PickleValue::Kind::Dict);
    d->ordered = true;
    m_stack.push_back(d);
  } else if (fn == "torch._utils._rebuild_tensor_v2") {
    m_stack.push_back(rebuild_tensor(args->items));
  } else if (fn == "torch._utils._rebuild_parameter") {
    // (data, requires_grad, backward_hooks): the parameter is its data for inference.
    if (args->items.size() != 3 || args->items[0]->kind != PickleValue::Kind::Tensor) {
      malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "torch._utils._rebuild_parameter expects (tensor, bool, "
                                                            "hooks)"),
                                  {}));
    }
    m_stack.push_back(args->items[0]);
  } else {
    refuse(Message(PATCHDIFF_TR_NOOP("core", "it calls %1, which a state_dict never does"), {fn}));
  }
}

PickleValue* Unpickler::rebuild_tensor(const std::vector<PickleValue*>& args) {
  // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
  if (args.size() != 6 && args.size() != 7) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "torch._utils._rebuild_tensor_v2 has %1 arguments, "
                                                          "expected 6 or 7"),
                                {std::to_string(args.size())}));
  }
  if (args[0]->kind != PickleValue::Kind::Storage) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "a tensor's storage is %1"), {describe(*args[0])}));
  }
  PickleValue* t = make(PickleValue::Kind::Tensor);
  TensorRef& ref = t->tensor;
  ref = args[0]->tensor;
  ref.storage_offset = expect_int(args[1], PATCHDIFF_TR_NOOP("core", "a tensor's storage offset"));
  if (args[2]->kind != PickleValue::Kind::Tuple || args[3]->kind != PickleValue::Kind::Tuple ||
      args[2]->items.size() != args[3]->items.size() || args[2]->items.size() > 64) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "a tensor's size and stride are not two tuples of the same "
                                                          "length"),
                                {}));
  }
  for (size_t i = 0; i < args[2]->items.size(); ++i) {
    ref.sizes.push_back(expect_int(args[2]->items[i], PATCHDIFF_TR_NOOP("core", "a tensor size")));
    ref.strides.push_back(expect_int(args[3]->items[i], PATCHDIFF_TR_NOOP("core", "a tensor stride")));
  }
  // The highest element the view touches must lie inside the storage; computed without
  // overflow so a crafted size cannot wrap around the check.
  const int64_t max = std::numeric_limits<int64_t>::max();
  bool empty = false;
  int64_t last = ref.storage_offset;
  bool ok = ref.storage_offset >= 0;
  for (size_t i = 0; ok && i < ref.sizes.size(); ++i) {
    const int64_t size = ref.sizes[i], stride = ref.strides[i];
    if (size < 0 || stride < 0) {
      ok = false;
    } else if (size == 0) {
      empty = true;
    } else if (size > 1 && stride > 0) {
      if (stride > (max - last) / (size - 1)) ok = false;
      else last += (size - 1) * stride;
    }
  }
  if (!ok)
    malformed(m_op_pos,
              Message(PATCHDIFF_TR_NOOP("core", "a tensor has a negative or overflowing size, stride or offset"), {}));
  const int64_t needed = empty ? ref.storage_offset : last + 1;
  if (needed > ref.storage_numel) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "a tensor view needs %1 elements of storage '%2', which "
                                                          "declares %3"),
                                {std::to_string(needed), ref.key, std::to_string(ref.storage_numel)}));
  }
  return t;
}

void Unpickler::build() {
  PickleValue* state = pop();
  PickleValue* target = top();
  // model.state_dict() is an OrderedDict whose `_metadata` attribute (per-module versions)
  // arrives through BUILD; it does not affect the tensors, so it is accepted and ignored.
  const bool dict_state = state->kind == PickleValue::Kind::Dict ||
                          state->kind == PickleValue::Kind::None;
  if (target->kind != PickleValue::Kind::Dict || !target->ordered || !dict_state) {
    refuse(Message(PATCHDIFF_TR_NOOP("core", "it sets the state of %1 from %2"),
                   {describe(*target), describe(*state)}));
  }
}

void Unpickler::persistent_id() {
  // ('storage', torch.<T>Storage, key, location, numel), as torch.save's persistent_id writes.
  PickleValue* pid = pop();
  const auto& f = pid->items;
  using K = PickleValue::Kind;
  if (pid->kind != K::Tuple || f.size() != 5 || f[0]->kind != K::String ||
      f[0]->text != "storage" || f[1]->kind != K::Global || f[2]->kind != K::String ||
      f[3]->kind != K::String || f[4]->kind != K::Int) {
    malformed(m_op_pos,
              Message(PATCHDIFF_TR_NOOP("core", "a persistent id is not ('storage', type, key, location, numel)"), {}));
  }
  const std::string type = f[1]->text.substr(f[1]->text.rfind('.') + 1);
  const auto dtype = dtype_of_storage_type(type);
  if (!dtype || f[1]->text.rfind("torch.", 0) != 0) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "a persistent id names %1, expected a storage type"),
                                {f[1]->text}));
  }
  // Bounded so that numel * element size cannot overflow later.
  if (f[4]->int_value < 0 || f[4]->int_value > (int64_t(1) << 56)) {
    malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "storage '%1' declares %2 elements"),
                                {f[2]->text, std::to_string(f[4]->int_value)}));
  }
  PickleValue* s = make(K::Storage);
  s->tensor.dtype = *dtype;
  s->tensor.key = f[2]->text;
  s->tensor.location = f[3]->text;
  s->tensor.storage_numel = f[4]->int_value;
  m_stack.push_back(s);
}

PickleValue* Unpickler::run() {
  using K = PickleValue::Kind;
  while (true) {
    m_op_pos = m_pos;
    const uint8_t op = *take(1, PATCHDIFF_TR_NOOP("core", "an opcode (no STOP)"));
    switch (op) {
      case 0x80: {  // PROTO
        const uint8_t proto = *take(1, PATCHDIFF_TR_NOOP("core", "the protocol"));
        if (proto > 5)
          malformed(m_op_pos,
                    Message(PATCHDIFF_TR_NOOP("core", "unknown pickle protocol %1"), {std::to_string(proto)}));
        break;
      }
      case 0x95: take(8, PATCHDIFF_TR_NOOP("core", "a FRAME length")); break;  // FRAME: only a read-ahead hint
      case '.': {  // STOP
        if (m_stack.empty()) malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "the pickle is empty at STOP"), {}));
        return m_stack.back();
      }
      case '(': m_marks.push_back(m_stack.size()); break;  // MARK
      case '0': pop(); break;                              // POP
      case '1': pop_mark(); break;                         // POP_MARK
      case '}': m_stack.push_back(make(K::Dict)); break;   // EMPTY_DICT
      case ']': m_stack.push_back(make(K::List)); break;   // EMPTY_LIST
      case ')': m_stack.push_back(make(K::Tuple)); break;  // EMPTY_TUPLE
      case 'N': m_stack.push_back(make(K::None)); break;   // NONE
      case 0x88: case 0x89: {                              // NEWTRUE, NEWFALSE
        PickleValue* v = make(K::Bool);
        v->int_value = op == 0x88;
        m_stack.push_back(v);
        break;
      }
      case 'X': case 0x8c: case 0x8d: {  // BINUNICODE, SHORT_BINUNICODE, BINUNICODE8
        const size_t width = op == 'X' ? 4 : op == 0x8c ? 1 : 8;
        const uint64_t len = read_le(width, PATCHDIFF_TR_NOOP("core", "a string length"));
        if (len > m_size - m_pos)
          malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "the pickle ends early inside a string"), {}));
        const uint8_t* p = take(static_cast<size_t>(len), PATCHDIFF_TR_NOOP("core", "a string"));
        PickleValue* v = make(K::String);
        v->text.assign(reinterpret_cast<const char*>(p), static_cast<size_t>(len));
        m_stack.push_back(v);
        break;
      }
      case 'J': case 'K': case 'M': case 0x8a: {  // BININT, BININT1, BININT2, LONG1
        int64_t value = 0;
        if (op == 'J') {
          value = static_cast<int32_t>(static_cast<uint32_t>(read_le(4, PATCHDIFF_TR_NOOP("core", "an int"))));
        } else if (op == 'K' || op == 'M') {
          value = static_cast<int64_t>(read_le(op == 'K' ? 1 : 2, PATCHDIFF_TR_NOOP("core", "an int")));
        } else {
          const uint8_t n = *take(1, PATCHDIFF_TR_NOOP("core", "a LONG1 length"));
          if (n > 8)
            malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "an integer of %1 bytes"), {std::to_string(n)}));
          uint64_t raw = n ? read_le(n, PATCHDIFF_TR_NOOP("core", "a LONG1 value")) : 0;
          if (n > 0 && n < 8 && (raw >> (8 * n - 1)) & 1) raw |= ~uint64_t(0) << (8 * n);
          value = static_cast<int64_t>(raw);  // two's complement, sign-extended above
        }
        PickleValue* v = make(K::Int);
        v->int_value = value;
        m_stack.push_back(v);
        break;
      }
      case 'G': {  // BINFLOAT: big-endian IEEE double
        const uint8_t* p = take(8, PATCHDIFF_TR_NOOP("core", "a float"));
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | p[i];
        PickleValue* v = make(K::Float);
        std::memcpy(&v->float_value, &bits, sizeof bits);
        m_stack.push_back(v);
        break;
      }
      case 't': case 0x85: case 0x86: case 0x87: {  // TUPLE, TUPLE1, TUPLE2, TUPLE3
        PickleValue* v = make(K::Tuple);
        if (op == 't') {
          v->items = pop_mark();
        } else {
          v->items.resize(op - 0x84);
          for (size_t i = v->items.size(); i-- > 0;) v->items[i] = pop();
        }
        m_stack.push_back(v);
        break;
      }
      case 'q': memo_put(read_le(1, PATCHDIFF_TR_NOOP("core", "a memo index"))); break;  // BINPUT
      case 'r': memo_put(read_le(4, PATCHDIFF_TR_NOOP("core", "a memo index"))); break;  // LONG_BINPUT
      case 0x94: memo_put(m_memo.size()); break;              // MEMOIZE
      case 'h': memo_get(read_le(1, PATCHDIFF_TR_NOOP("core", "a memo index"))); break;  // BINGET
      case 'j': memo_get(read_le(4, PATCHDIFF_TR_NOOP("core", "a memo index"))); break;  // LONG_BINGET
      case 'c': {  // GLOBAL "module\nname\n"
        const std::string module = read_line(PATCHDIFF_TR_NOOP("core", "a global's module"));
        const std::string name = read_line(PATCHDIFF_TR_NOOP("core", "a global's name"));
        push_global(module, name);
        break;
      }
      case 0x93: {  // STACK_GLOBAL
        PickleValue* name = pop();
        PickleValue* module = pop();
        if (name->kind != K::String || module->kind != K::String) {
          malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "STACK_GLOBAL needs two strings"), {}));
        }
        push_global(module->text, name->text);
        break;
      }
      case 'R': reduce(); break;
      case 'b': build(); break;
      case 'Q': persistent_id(); break;  // BINPERSID
      case 's': case 'u': {  // SETITEM, SETITEMS
        std::vector<PickleValue*> kv;
        if (op == 's') {
          PickleValue* value = pop();
          kv = {pop(), value};
        } else {
          kv = pop_mark();
        }
        PickleValue* dict = top();
        if (dict->kind != K::Dict)
          refuse(Message(PATCHDIFF_TR_NOOP("core", "it sets items on %1"), {describe(*dict)}));
        if (kv.size() % 2)
          malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "SETITEMS has an odd number of values"), {}));
        for (size_t i = 0; i < kv.size(); i += 2) dict->entries.emplace_back(kv[i], kv[i + 1]);
        break;
      }
      case 'a': case 'e': {  // APPEND, APPENDS
        std::vector<PickleValue*> values;
        if (op == 'a') values = {pop()};
        else values = pop_mark();
        PickleValue* list = top();
        if (list->kind != K::List)
          refuse(Message(PATCHDIFF_TR_NOOP("core", "it appends to %1"), {describe(*list)}));
        list->items.insert(list->items.end(), values.begin(), values.end());
        break;
      }
      default: {
        if (const char* name = object_opcode_name(op)) {
          refuse(Message(PATCHDIFF_TR_NOOP("core", "it builds a Python object (pickle opcode %1)"), {name}));
        }
        malformed(m_op_pos, Message(PATCHDIFF_TR_NOOP("core", "unsupported pickle opcode %1"), {hex_byte(op)}));
      }
    }
  }
}

}  // namespace

std::optional<c10::ScalarType> dtype_of_storage_type(const std::string& name) {
  for (const auto& s : kStorageTypes) {
    if (name == s.name) return s.dtype;
  }
  return std::nullopt;
}

std::string storage_type_of_dtype(c10::ScalarType dtype) {
  for (const auto& s : kStorageTypes) {
    if (dtype == s.dtype) return s.name;
  }
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "tensors of dtype %1 cannot be stored in a checkpoint here "
                                                          "(expected a float, integer or bool dtype)"),
                                {c10::toString(dtype)}));
}

const PickleValue* PickleValue::find(const std::string& key) const {
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->first->kind == Kind::String && it->first->text == key) return it->second;
  }
  return nullptr;
}

Message describe(const PickleValue& value) {
  using K = PickleValue::Kind;
  switch (value.kind) {
    case K::None: return Message("None");  // Python's own word
    case K::Bool: return Message(PATCHDIFF_TR_NOOP("core", "a bool"), {});
    case K::Int: return Message(PATCHDIFF_TR_NOOP("core", "an int"), {});
    case K::Float: return Message(PATCHDIFF_TR_NOOP("core", "a float"), {});
    case K::String: return Message(PATCHDIFF_TR_NOOP("core", "a string"), {});
    case K::Tuple: return Message(PATCHDIFF_TR_NOOP("core", "a tuple"), {});
    case K::List: return Message(PATCHDIFF_TR_NOOP("core", "a list"), {});
    case K::Dict:
      return value.ordered ? Message(PATCHDIFF_TR_NOOP("core", "an OrderedDict"), {})
                           : Message(PATCHDIFF_TR_NOOP("core", "a dict"), {});
    case K::Global: return Message(PATCHDIFF_TR_NOOP("core", "the global %1"), {value.text});
    case K::Storage: return Message(PATCHDIFF_TR_NOOP("core", "a storage"), {});
    case K::Tensor: return Message(PATCHDIFF_TR_NOOP("core", "a tensor"), {});
  }
  return Message(PATCHDIFF_TR_NOOP("core", "an unknown value"), {});
}

Pickle::Pickle() : m_values(std::make_unique<std::deque<PickleValue>>()) {}

Pickle read_pickle(const void* data, size_t size) {
  Pickle pickle;
  Unpickler unpickler(static_cast<const uint8_t*>(data), size, *pickle.m_values);
  pickle.m_root = unpickler.run();
  return pickle;
}

}  // namespace patchdiff::model
