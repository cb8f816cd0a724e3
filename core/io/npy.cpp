// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npy.h"

#include <cctype>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <vector>

#include "core/error.h"
#include "core/io/atomic_file.h"

namespace patchdiff::io {

namespace {

// The format spec: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;
constexpr std::size_t kAlign = 64;  // numpy pads the header so the data is 64-byte aligned

#if defined(__BYTE_ORDER__)
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "npy reading and writing assumes a little-endian host");
#endif

struct DtypeInfo {
  torch::ScalarType type;
  const char* descr;  // as numpy writes it
  std::size_t itemsize;
};

const std::vector<DtypeInfo>& dtypes() {
  static const std::vector<DtypeInfo> table = {
      {torch::kFloat32, "<f4", 4}, {torch::kFloat64, "<f8", 8}, {torch::kFloat16, "<f2", 2},
      {torch::kUInt8, "|u1", 1},   {torch::kInt8, "|i1", 1},    {torch::kInt16, "<i2", 2},
      {torch::kInt32, "<i4", 4},   {torch::kInt64, "<i8", 8},   {torch::kBool, "|b1", 1},
  };
  return table;
}

// A value in the header's Python dict literal.
struct HeaderValue {
  enum Kind { String, Bool, Tuple, Structured, Other } kind = Other;
  std::string text;
  bool flag = false;
  std::vector<int64_t> ints;
};

// Parses the header dict, e.g. {'descr': '<f4', 'fortran_order': False, 'shape': (3, 32), }.
// Only the literals numpy writes are accepted; anything else is a malformed header.
class HeaderParser {
 public:
  HeaderParser(const std::string& text, const std::string& source)
      : m_text(text), m_source(source) {}

  std::map<std::string, HeaderValue> parse() {
    std::map<std::string, HeaderValue> out;
    expect('{');
    skip_space();
    while (peek() != '}') {
      const std::string key = parse_string();
      expect(':');
      out[key] = parse_value();
      skip_space();
      if (peek() == ',') {
        ++m_pos;
        skip_space();
      } else if (peek() != '}') {
        fail(Message(PATCHDIFF_TR_NOOP("core", "expected ',' or '}'"), {}));
      }
    }
    ++m_pos;
    return out;
  }

 private:
  [[noreturn]] void fail(const Message& what) const {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' is not a valid .npy file: malformed header (%2 at offset %3 "
                                                    "of \"%4\")"),
                          {m_source, what, std::to_string(m_pos), m_text}));
  }
  void skip_space() {
    while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) {
      ++m_pos;
    }
  }
  char peek() {
    skip_space();
    if (m_pos >= m_text.size()) fail(Message(PATCHDIFF_TR_NOOP("core", "unexpected end"), {}));
    return m_text[m_pos];
  }
  void expect(char c) {
    if (peek() != c) fail(Message(PATCHDIFF_TR_NOOP("core", "expected '%1'"), {std::string(1, c)}));
    ++m_pos;
  }
  std::string parse_string() {
    const char quote = peek();
    if (quote != '\'' && quote != '"') fail(Message(PATCHDIFF_TR_NOOP("core", "expected a string"), {}));
    const std::size_t end = m_text.find(quote, m_pos + 1);
    if (end == std::string::npos) fail(Message(PATCHDIFF_TR_NOOP("core", "unterminated string"), {}));
    std::string s = m_text.substr(m_pos + 1, end - m_pos - 1);
    m_pos = end + 1;
    return s;
  }
  int64_t parse_int() {
    skip_space();
    const std::size_t start = m_pos;
    int64_t v = 0;
    while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
      const int digit = m_text[m_pos] - '0';
      if (v > (std::numeric_limits<int64_t>::max() - digit) / 10)
        fail(Message(PATCHDIFF_TR_NOOP("core", "dimension too large"), {}));
      v = v * 10 + digit;
      ++m_pos;
    }
    if (m_pos == start) fail(Message(PATCHDIFF_TR_NOOP("core", "expected a non-negative integer"), {}));
    if (m_pos < m_text.size() && m_text[m_pos] == 'L') ++m_pos;  // Python 2 long literal
    return v;
  }
  HeaderValue parse_value() {
    HeaderValue v;
    const char c = peek();
    if (c == '\'' || c == '"') {
      v.kind = HeaderValue::String;
      v.text = parse_string();
    } else if (m_text.compare(m_pos, 4, "True") == 0) {
      v.kind = HeaderValue::Bool;
      v.flag = true;
      m_pos += 4;
    } else if (m_text.compare(m_pos, 5, "False") == 0) {
      v.kind = HeaderValue::Bool;
      m_pos += 5;
    } else if (c == '(') {
      v.kind = HeaderValue::Tuple;
      ++m_pos;
      while (peek() != ')') {
        v.ints.push_back(parse_int());
        if (peek() == ',') {
          ++m_pos;
        } else if (peek() != ')') {
          fail(Message(PATCHDIFF_TR_NOOP("core", "expected ',' or ')' in the shape"), {}));
        }
      }
      ++m_pos;
    } else if (c == '[') {
      // A structured dtype: a list of fields. Skip it so the caller reports the dtype.
      int depth = 0;
      do {
        const char d = peek();
        if (d == '\'' || d == '"') {
          parse_string();
          continue;
        }
        if (d == '[' || d == '(') ++depth;
        if (d == ']' || d == ')') --depth;
        ++m_pos;
      } while (depth > 0);
      v.kind = HeaderValue::Structured;
    } else {
      fail(Message(PATCHDIFF_TR_NOOP("core", "unexpected value"), {}));
    }
    return v;
  }

  const std::string& m_text;
  const std::string& m_source;
  std::size_t m_pos = 0;
};

std::string shape_repr(const std::vector<int64_t>& shape) {
  std::string s = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i > 0) s += ", ";
    s += std::to_string(shape[i]);
  }
  return s + (shape.size() == 1 ? ",)" : ")");
}

uint32_t read_le(const std::string& bytes, std::size_t at, int n) {
  uint32_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

}  // namespace

torch::Tensor parse_npy(const std::string& bytes, const std::string& source_name) {
  const auto bad = [&](const Message& detail) {
    return IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' is not a valid .npy file: %2"), {source_name, detail}));
  };
  const Message truncated(PATCHDIFF_TR_NOOP("core", "the file is truncated inside its header"), {});
  if (bytes.size() < kMagicSize || bytes.compare(0, kMagicSize, kMagic, kMagicSize) != 0) {
    throw bad(Message(PATCHDIFF_TR_NOOP("core", "it does not start with the .npy magic bytes %1"), {"\\x93NUMPY"}));
  }
  if (bytes.size() < 10) throw bad(truncated);
  const int major = static_cast<unsigned char>(bytes[6]);
  const int minor = static_cast<unsigned char>(bytes[7]);
  if (major < 1 || major > 3 || minor != 0) {
    throw bad(Message(PATCHDIFF_TR_NOOP("core", "unsupported format version %1.%2 (expected 1.0, 2.0 or 3.0)"),
                      {std::to_string(major), std::to_string(minor)}));
  }
  // Version 1.0 has a 2-byte header length; 2.0 and 3.0 (UTF-8 header) have 4 bytes.
  const std::size_t len_size = major == 1 ? 2 : 4;
  if (bytes.size() < 8 + len_size) throw bad(truncated);
  const std::size_t header_len = read_le(bytes, 8, static_cast<int>(len_size));
  const std::size_t data_offset = 8 + len_size + header_len;
  if (data_offset > bytes.size()) {
    throw bad(Message(PATCHDIFF_TR_NOOP("core", "the header claims %1 bytes but the file is only %2 bytes long"),
                      {std::to_string(header_len), std::to_string(bytes.size())}));
  }
  const std::string header = bytes.substr(8 + len_size, header_len);
  auto fields = HeaderParser(header, source_name).parse();

  auto descr_it = fields.find("descr");
  auto order_it = fields.find("fortran_order");
  auto shape_it = fields.find("shape");
  if (descr_it == fields.end() || order_it == fields.end() || shape_it == fields.end()) {
    throw bad(Message(PATCHDIFF_TR_NOOP("core", "the header lacks 'descr', 'fortran_order' or 'shape': %1"), {header}));
  }
  if (order_it->second.kind != HeaderValue::Bool || shape_it->second.kind != HeaderValue::Tuple) {
    throw bad(Message(PATCHDIFF_TR_NOOP("core", "malformed 'fortran_order' or 'shape' in the header: %1"), {header}));
  }
  const std::vector<int64_t>& shape = shape_it->second.ints;

  const HeaderValue& descr_value = descr_it->second;
  std::string descr = descr_value.text;
  if (descr_value.kind == HeaderValue::String && descr.size() >= 2 && descr[0] == '=') {
    descr[0] = '<';  // native order on a little-endian host
  }
  if (descr_value.kind == HeaderValue::String && descr.size() == 3 && descr[2] == '1') {
    descr[0] = '|';  // byte order is irrelevant for 1-byte types ('<u1', '>i1', ...)
  }
  const DtypeInfo* info = nullptr;
  for (const DtypeInfo& d : dtypes()) {
    if (descr_value.kind == HeaderValue::String && descr == d.descr) info = &d;
  }
  if (info == nullptr) {
    // A value other than a string or a structured dtype (a bool, a tuple) has no text: named as nothing.
    Message why(PATCHDIFF_TR_NOOP("core", "unsupported dtype %1"),
                {descr_value.kind == HeaderValue::Structured
                     ? Message(PATCHDIFF_TR_NOOP("core", "a structured dtype"), {})
                     : Message(descr_value.text)});
    if (descr_value.kind == HeaderValue::String && !descr.empty() && descr[0] == '>') {
      why = Message(PATCHDIFF_TR_NOOP("core", "unsupported dtype '%1' (big-endian; save it little-endian, e.g. with "
                                              "arr.astype('<%2'))"),
                    {descr_value.text, descr.substr(1)});
    } else if (descr_value.kind == HeaderValue::String) {
      why = Message(PATCHDIFF_TR_NOOP("core", "unsupported dtype '%1'"), {descr_value.text});
    }
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1': %2; supported: float16/32/64, uint8, "
                                                    "int8/16/32/64, bool"),
                          {source_name, why}));
  }
  if (order_it->second.flag) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1': the array is stored in Fortran order, which is "
                                                    "not supported (save it with np.ascontiguousarray)"),
                          {source_name}));
  }

  uint64_t numel = 1;
  for (int64_t d : shape) {
    if (d != 0 && numel > std::numeric_limits<uint64_t>::max() / 8 / static_cast<uint64_t>(d)) {
      throw bad(Message(PATCHDIFF_TR_NOOP("core", "the shape %1 is too large"), {shape_repr(shape)}));
    }
    numel *= static_cast<uint64_t>(d);
  }
  const uint64_t expected = numel * info->itemsize;
  const uint64_t actual = bytes.size() - data_offset;
  if (expected != actual) {
    const std::vector<Message> args = {source_name, info->descr, shape_repr(shape), std::to_string(expected),
                                       std::to_string(actual)};
    throw IoError(actual < expected
                      ? Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1': dtype '%2' and shape %3 need %4 bytes of "
                                                          "data but the file holds %5 (the file is truncated)"),
                                args)
                      : Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1': dtype '%2' and shape %3 need %4 bytes of "
                                                          "data but the file holds %5 (trailing bytes)"),
                                args));
  }

  // Bools are read as bytes and normalised: any nonzero byte is True, as in numpy.
  const torch::ScalarType storage = info->type == torch::kBool ? torch::kUInt8 : info->type;
  torch::Tensor out = torch::empty(shape, torch::TensorOptions().dtype(storage));
  if (expected > 0) std::memcpy(out.data_ptr(), bytes.data() + data_offset, expected);
  return info->type == torch::kBool ? out.ne(0) : out;
}

torch::Tensor read_npy(const std::string& path) {
  return parse_npy(read_file(path, Message(PATCHDIFF_TR_NOOP("core", "npy file"), {})), path);
}

std::string npy_bytes(const torch::Tensor& tensor) {
  const DtypeInfo* info = nullptr;
  for (const DtypeInfo& d : dtypes()) {
    if (tensor.scalar_type() == d.type) info = &d;
  }
  if (info == nullptr) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot save a %1 tensor as .npy; supported: float16/32/64, uint8, "
                                                    "int8/16/32/64, bool"),
                          {c10::toString(tensor.scalar_type())}));
  }
  const torch::Tensor data = tensor.detach().to(torch::kCPU).contiguous();

  std::vector<int64_t> shape(data.sizes().begin(), data.sizes().end());
  std::string header = std::string("{'descr': '") + info->descr +
                       "', 'fortran_order': False, 'shape': " + shape_repr(shape) + ", }";
  // Pad with spaces and end with '\n' so magic + version + length + header is 64-aligned.
  const std::size_t prefix = kMagicSize + 2 + 2;
  const std::size_t total = (prefix + header.size() + 1 + kAlign - 1) / kAlign * kAlign;
  header.append(total - prefix - header.size() - 1, ' ');
  header += '\n';
  if (header.size() > 0xFFFF)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot save a tensor as .npy: its shape is too long"), {}));

  const std::size_t nbytes = static_cast<std::size_t>(data.numel()) * info->itemsize;
  std::string out;
  out.reserve(total + nbytes);
  out.append(kMagic, kMagicSize);
  out += '\x01';
  out += '\x00';
  out += static_cast<char>(header.size() & 0xFF);
  out += static_cast<char>(header.size() >> 8);
  out += header;
  if (nbytes > 0) out.append(static_cast<const char*>(data.data_ptr()), nbytes);
  return out;
}

void write_npy(const std::string& path, const torch::Tensor& tensor) {
  write_file_atomic(path, npy_bytes(tensor));
}

}  // namespace patchdiff::io
