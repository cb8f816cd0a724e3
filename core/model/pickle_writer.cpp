// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pickle_writer.h"

#include <cstring>

namespace patchdiff::model {

PickleWriter::PickleWriter() {
  // Protocol 2: what torch.save writes (DEFAULT_PROTOCOL), readable by every torch.load.
  m_out += '\x80';
  m_out += '\x02';
}

void PickleWriter::put_u32(uint32_t v) {
  for (int i = 0; i < 4; ++i) m_out += static_cast<char>((v >> (8 * i)) & 0xff);
}

void PickleWriter::mark() { m_out += '('; }
void PickleWriter::none() { m_out += 'N'; }
void PickleWriter::boolean(bool value) { m_out += value ? '\x88' : '\x89'; }

void PickleWriter::integer(int64_t value) {
  if (value >= 0 && value <= 0xff) {
    m_out += 'K';
    m_out += static_cast<char>(value);
  } else if (value >= 0 && value <= 0xffff) {
    m_out += 'M';
    m_out += static_cast<char>(value & 0xff);
    m_out += static_cast<char>(value >> 8);
  } else if (value >= INT32_MIN && value <= INT32_MAX) {
    m_out += 'J';
    put_u32(static_cast<uint32_t>(static_cast<int32_t>(value)));
  } else {
    // LONG1: little-endian two's complement in the fewest bytes that keep the sign.
    std::string bytes;
    const uint64_t raw = static_cast<uint64_t>(value);
    for (int i = 0; i < 8; ++i) bytes += static_cast<char>((raw >> (8 * i)) & 0xff);
    while (bytes.size() > 1) {
      const auto last = static_cast<uint8_t>(bytes.back());
      const auto prev = static_cast<uint8_t>(bytes[bytes.size() - 2]);
      if ((last == 0x00 && !(prev & 0x80)) || (last == 0xff && (prev & 0x80))) bytes.pop_back();
      else break;
    }
    m_out += '\x8a';
    m_out += static_cast<char>(bytes.size());
    m_out += bytes;
  }
}

void PickleWriter::real(double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  m_out += 'G';
  for (int i = 7; i >= 0; --i) m_out += static_cast<char>((bits >> (8 * i)) & 0xff);
}

void PickleWriter::string(const std::string& text) {
  m_out += 'X';
  put_u32(static_cast<uint32_t>(text.size()));
  m_out += text;
}

void PickleWriter::global(const std::string& module, const std::string& name) {
  const std::string full = module + "\n" + name + "\n";
  auto it = m_global_memo.find(full);
  if (it != m_global_memo.end()) {
    if (it->second < 256) {
      m_out += 'h';
      m_out += static_cast<char>(it->second);
    } else {
      m_out += 'j';
      put_u32(it->second);
    }
    return;
  }
  m_out += 'c';
  m_out += full;
  const uint32_t index = m_next_memo++;
  m_global_memo.emplace(full, index);
  if (index < 256) {
    m_out += 'q';
    m_out += static_cast<char>(index);
  } else {
    m_out += 'r';
    put_u32(index);
  }
}

void PickleWriter::empty_tuple() { m_out += ')'; }
void PickleWriter::tuple_from_mark() { m_out += 't'; }
void PickleWriter::empty_dict() { m_out += '}'; }
void PickleWriter::empty_list() { m_out += ']'; }
void PickleWriter::setitem() { m_out += 's'; }
void PickleWriter::setitems() { m_out += 'u'; }
void PickleWriter::append() { m_out += 'a'; }
void PickleWriter::reduce() { m_out += 'R'; }
void PickleWriter::build() { m_out += 'b'; }
void PickleWriter::persistent_id() { m_out += 'Q'; }
void PickleWriter::opcode(uint8_t op) { m_out += static_cast<char>(op); }

void PickleWriter::ordered_dict() {
  global("collections", "OrderedDict");
  empty_tuple();
  reduce();
}

void PickleWriter::tensor(const TensorRef& ref) {
  global("torch._utils", "_rebuild_tensor_v2");
  mark();
  mark();  // the persistent id torch.save's persistent_id() returns for a storage
  string("storage");
  global("torch", storage_type_of_dtype(ref.dtype));
  string(ref.key);
  string(ref.location);
  integer(ref.storage_numel);
  tuple_from_mark();
  persistent_id();
  integer(ref.storage_offset);
  mark();
  for (int64_t s : ref.sizes) integer(s);
  tuple_from_mark();
  mark();
  for (int64_t s : ref.strides) integer(s);
  tuple_from_mark();
  boolean(false);  // requires_grad
  ordered_dict();  // backward_hooks
  tuple_from_mark();
  reduce();
}

std::string PickleWriter::finish() {
  m_out += '.';
  return m_out;
}

std::string pickle_state_dict(const std::vector<std::pair<std::string, TensorRef>>& tensors) {
  PickleWriter w;
  w.ordered_dict();
  // One SETITEMS per 1000 entries, like pickle's batching, to bound the unpickler's stack.
  for (size_t begin = 0; begin < tensors.size(); begin += 1000) {
    w.mark();
    for (size_t i = begin; i < tensors.size() && i < begin + 1000; ++i) {
      w.string(tensors[i].first);
      w.tensor(tensors[i].second);
    }
    w.setitems();
  }
  return w.finish();
}

}  // namespace patchdiff::model
