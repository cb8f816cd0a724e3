// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes protocol-2 pickles in the shape torch.save gives a state_dict, so Python's
// torch.load (weights_only too) reads what save_state_dict writes. Tests also use it to
// craft pickles that torch never writes.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/model/pickle_reader.h"

namespace patchdiff::model {

class PickleWriter {
 public:
  PickleWriter();  // emits PROTO 2

  void mark();
  void none();
  void boolean(bool value);
  void integer(int64_t value);  // the smallest of BININT1/BININT2/BININT/LONG1, as pickle does
  void real(double value);
  void string(const std::string& text);
  // GLOBAL "module\nname\n"; memoised, so a repeated global costs a BINGET.
  void global(const std::string& module, const std::string& name);
  void empty_tuple();
  void tuple_from_mark();
  void empty_dict();
  void empty_list();
  void setitem();
  void setitems();  // from the last mark
  void append();
  void reduce();
  void build();
  void persistent_id();  // BINPERSID
  void opcode(uint8_t op);  // a raw byte, for tests that craft what torch never writes
  // collections.OrderedDict()
  void ordered_dict();
  // torch._utils._rebuild_tensor_v2(('storage', torch.<T>Storage, key, location, numel),
  //   offset, sizes, strides, False, OrderedDict())
  void tensor(const TensorRef& ref);
  // Appends STOP and returns the bytes.
  std::string finish();

 private:
  void put_u32(uint32_t v);
  std::string m_out;
  std::map<std::string, uint32_t> m_global_memo;
  uint32_t m_next_memo = 0;
};

// data.pkl of a state_dict: an OrderedDict name -> tensor in the given order.
std::string pickle_state_dict(const std::vector<std::pair<std::string, TensorRef>>& tensors);

}  // namespace patchdiff::model
