// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/state_dict: every bad file is a CheckpointError that names the file and says
// what was expected; none crashes, and none runs code from the file. Each case builds its
// file here: crafted pickles, or a real checkpoint with one record rewritten.
#include <caffe2/serialize/inline_container.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/model/pickle_writer.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
using patchdiff::model::ArchiveRecord;
using patchdiff::model::PickleWriter;
using patchdiff::model::TensorRef;
namespace test = patchdiff::test;

namespace {

using Records = std::vector<std::pair<std::string, std::string>>;

// The records of a real checkpoint, less "version", which the writer adds itself.
Records real_records(const std::string& file) {
  caffe2::serialize::PyTorchStreamReader reader(test::reference_path(file));
  Records out;
  for (const auto& name : reader.getAllRecords()) {
    if (name == "version" || name.rfind(".data/", 0) == 0) continue;
    auto [data, size] = reader.getRecord(name);
    out.emplace_back(name, std::string(static_cast<const char*>(data.get()), size));
  }
  return out;
}

std::string& record(Records& records, const std::string& name) {
  for (auto& r : records) {
    if (r.first == name) return r.second;
  }
  throw std::runtime_error("test setup: no record " + name);
}

std::string write_records(const std::string& path, const Records& records) {
  std::vector<ArchiveRecord> out;
  for (const auto& [name, bytes] : records) out.push_back({name, bytes.data(), bytes.size()});
  patchdiff::model::write_checkpoint_archive(path, out);
  return path;
}

std::string write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TensorRef float_ref(const std::string& key, int64_t numel, std::vector<int64_t> sizes) {
  TensorRef ref;
  ref.key = key;
  ref.location = "cuda:0";
  ref.storage_numel = numel;
  ref.strides.assign(sizes.size(), 1);
  for (size_t i = sizes.size(); i-- > 1;) ref.strides[i - 1] = ref.strides[i] * sizes[i];
  ref.sizes = std::move(sizes);
  return ref;
}

// {"w": float tensor of 4 elements, <name>: <value written by `value`>} with data/0.
template <typename F>
std::string dict_with(const std::string& path, const std::string& name, F&& value) {
  PickleWriter w;
  w.empty_dict();
  w.mark();
  w.string("w");
  w.tensor(float_ref("0", 4, {4}));
  w.string(name);
  value(w);
  w.setitems();
  const std::string data(4 * sizeof(float), '\0');
  return write_records(path, {{"data.pkl", w.finish()}, {"data/0", data}});
}

// Builds the bad file of `kind` in `dir`; returns its path.
std::string make_case(const std::string& kind, const std::string& dir) {
  const std::string path = dir + "/" + kind + ".pt";
  if (kind == "missing") return path;
  if (kind == "directory") {
    fs::create_directory(path);
    return path;
  }
  if (kind == "empty") return write_bytes(path, "");
  if (kind == "text") return write_bytes(path, "this is not a checkpoint\n");
  if (kind == "legacy") return write_bytes(path, std::string("\x80\x02\x8a\x0a", 4) + "....");
  if (kind == "truncated") {
    std::ifstream in(test::reference_path("base_p2.pt"), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return write_bytes(path, ss.str().substr(0, ss.str().size() / 2));
  }
  if (kind == "zip_of_other_files") {
    return write_records(path, {{"notes.txt", "hello"}, {"weights.bin", "1234"}});
  }
  if (kind == "global_posix_system" || kind == "stack_global_os_system") {
    Records records = real_records("base_p2.pt");
    PickleWriter w;
    if (kind == "global_posix_system") {
      w.global("posix", "system");
    } else {
      w.string("os");
      w.string("system");
      w.opcode(0x93);  // STACK_GLOBAL
    }
    w.mark();
    w.string("echo pwned > " + dir + "/pwned");
    w.tuple_from_mark();
    w.reduce();
    record(records, "data.pkl") = w.finish();
    return write_records(path, records);
  }
  if (kind == "class_instance") {
    PickleWriter w;
    w.global("collections", "OrderedDict");
    w.empty_tuple();
    w.opcode(0x81);  // NEWOBJ: cls.__new__(cls, *args)
    return write_records(path, {{"data.pkl", w.finish()}});
  }
  if (kind == "int_value") return dict_with(path, "step", [](PickleWriter& w) { w.integer(5); });
  if (kind == "string_value") {
    return dict_with(path, "name", [](PickleWriter& w) { w.string("emoji"); });
  }
  if (kind == "short_record" || kind == "missing_record" || kind == "truncated_pickle") {
    Records records = real_records("base_p2.pt");
    if (kind == "short_record") {
      std::string& r = record(records, "data/0");
      r.resize(r.size() / 2);
    } else if (kind == "missing_record") {
      records.erase(std::find_if(records.begin(), records.end(),
                                 [](const auto& r) { return r.first == "data/5"; }));
    } else {
      std::string& r = record(records, "data.pkl");
      r.resize(r.size() / 2);
    }
    return write_records(path, records);
  }
  if (kind == "view_outside_storage") {
    PickleWriter w;
    w.empty_dict();
    w.string("w");
    TensorRef ref = float_ref("0", 4, {2, 3});  // needs 6 elements of a 4-element storage
    w.tensor(ref);
    w.setitem();
    return write_records(path, {{"data.pkl", w.finish()}, {"data/0", std::string(16, '\0')}});
  }
  if (kind == "tensor_of_1e12_elements") {
    // A header claiming 10^12 floats (4 TB) over a 16-byte record: refused from the sizes,
    // nothing allocated for the claim.
    PickleWriter w;
    w.empty_dict();
    w.string("w");
    w.tensor(float_ref("0", 1000000000000, {1000000, 1000000}));
    w.setitem();
    return write_records(path, {{"data.pkl", w.finish()}, {"data/0", std::string(16, '\0')}});
  }
  if (kind == "top_level_list") {
    PickleWriter w;
    w.empty_list();
    return write_records(path, {{"data.pkl", w.finish()}});
  }
  if (kind == "unsupported_opcode") {
    PickleWriter w;
    w.opcode('I');  // INT, protocol 0 text: torch.save never writes it
    return write_records(path, {{"data.pkl", w.finish()}});
  }
  throw std::runtime_error("test setup: unknown case " + kind);
}

}  // namespace

class TestCheckpointErrors : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void bad_file_is_checkpoint_error_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("words");
    auto row = [](const char* kind, QStringList words, const char* entry = "") {
      QTest::newRow(kind) << QString(kind) << QString(entry) << words;
    };
    row("missing", {"does not exist", "torch.save"});
    row("directory", {"is a directory", "torch.save"});
    row("empty", {"is empty", "zip archive"});
    row("text", {"is not a zip archive", "torch.save"});
    row("legacy", {"is not a zip archive", "legacy"});
    row("truncated", {"not a readable torch.save archive", "truncated"});
    row("zip_of_other_files", {"without data.pkl", "notes.txt"});
    row("global_posix_system", {"not a plain state_dict", "'posix.system'", "never runs code"});
    row("stack_global_os_system", {"not a plain state_dict", "'os.system'"});
    row("class_instance", {"not a plain state_dict", "NEWOBJ"});
    row("int_value", {"not a plain state_dict", "key 'step' holds an int, expected a tensor"});
    row("string_value", {"not a plain state_dict", "key 'name' holds a string"});
    row("short_record", {"'data/0'", "shorter than", "damaged"});
    row("missing_record", {"missing the record 'data/5'"});
    row("view_outside_storage", {"malformed data.pkl", "needs 6 elements"});
    row("truncated_pickle", {"malformed data.pkl", "ends early"});
    row("tensor_of_1e12_elements", {"'data/0'", "shorter than"});
    row("top_level_list", {"not a plain state_dict", "a list, expected a dict"});
    row("unsupported_opcode", {"malformed data.pkl", "unsupported pickle opcode 0x49"});
    row("unknown_entry", {"has no entry 'ema'", "single state_dict"}, "ema");
  }

  // The error type, the file's path and the key words of the message.
  void bad_file_is_checkpoint_error() {
    QFETCH(QString, kind);
    QFETCH(QString, entry);
    QFETCH(QStringList, words);
    const std::string dir = test::temp_dir();
    const std::string path = kind == "unknown_entry" ? test::reference_path("base_p2.pt")
                                                     : make_case(kind.toStdString(), dir);
    std::string msg = "(no CheckpointError thrown)";
    try {
      patchdiff::model::read_checkpoint(path, entry.toStdString());
    } catch (const patchdiff::CheckpointError& e) {
      msg = e.what();
    }
    qInfo("%s", msg.c_str());
    QVERIFY2(msg.find("'" + path + "'") != std::string::npos, msg.c_str());
    for (const QString& word : words) {
      QVERIFY2(msg.find(word.toStdString()) != std::string::npos,
               qPrintable(QString("'%1' not in: %2").arg(word, QString::fromStdString(msg))));
    }
    QVERIFY2(!fs::exists(dir + "/pwned"), "loading ran code from the file");
    QVERIFY2(msg.find('\n') == std::string::npos, msg.c_str());  // one readable line
  }

  // Found by fuzz_checkpoint (docs/reliability.md): a zip without torch.save's version record
  // made LibTorch's reader throw from its constructor, leaking its zip state, with a message
  // that named no file. The layout is now checked first.
  void zip_without_version_record_is_named() {
    const std::string path = PATCHDIFF_SOURCE_DIR "/tests/model/data/fuzz_zip_without_version.pt";
    std::string msg = "(no CheckpointError thrown)";
    try {
      patchdiff::model::read_checkpoint(path);
    } catch (const patchdiff::CheckpointError& e) {
      msg = e.what();
    }
    QVERIFY2(msg.find("'" + path + "'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("version") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("Could this error message be improved") == std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestCheckpointErrors)
#include "test_checkpoint_errors.moc"
