// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/sha256: the FIPS 180-4 known answers (NIST's SHA-256 examples, FIPS 180-2
// appendix B), across block boundaries and through the file reader.
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/sha256.h"
#include "support/error_of.h"
#include "support/shared_data.h"

namespace io = patchdiff::io;

class TestSha256 : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void knownAnswers_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("digest");
    QTest::newRow("abc (one block)") << QByteArray("abc")
                                     << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("empty") << QByteArray("") << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("448 bits (padding needs a second block)")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("896 bits (two blocks)")
        << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
    QTest::newRow("one million 'a'") << QByteArray(1000000, 'a')
                                      << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  }

  void knownAnswers() {
    QFETCH(QByteArray, message);
    QFETCH(QString, digest);
    QCOMPARE(QString::fromStdString(io::sha256_hex(message.toStdString())), digest);
  }

  void fileDigestEqualsBytesDigest() {
    // One million bytes: the file reader streams it in chunks, across many block boundaries.
    const std::string path = patchdiff::test::temp_dir() + "/million_a.bin";
    io::write_file_atomic(path, std::string(1000000, 'a'));
    QCOMPARE(QString::fromStdString(io::sha256_file_hex(path)),
             QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

  void missingFileIsAnIoError() {
    const std::string msg = patchdiff::test::error_of<patchdiff::IoError>(
        [] { io::sha256_file_hex(patchdiff::test::temp_dir() + "/absent.bin"); });
    QVERIFY2(msg.find("absent.bin") != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
