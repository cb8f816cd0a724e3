// SPDX-License-Identifier: GPL-3.0-or-later
// core/message: a core error keeps its message as a template and arguments, so the studio
// and the CLI can show it in the user's language while what() stays the English text.
#include <QObject>
#include <QtTest>

#include <map>
#include <string>

#include "core/error.h"
#include "core/message.h"

using patchdiff::Message;

namespace {

// A stand-in translation: known templates in capitals, the rest unchanged.
std::string shout(const std::string& english) {
  static const std::map<std::string, std::string> table{
      {"cannot read %1 '%2': %3", "READ OF %1 FAILED: %3 (FILE %2)"},
      {"image", "PICTURE"},
      {"the file does not exist", "NO SUCH FILE"}};
  const auto it = table.find(english);
  return it == table.end() ? english : it->second;
}

Message missing_image(const std::string& path) {
  return Message(PATCHDIFF_TR_NOOP("core", "cannot read %1 '%2': %3"),
                 {Message(PATCHDIFF_TR_NOOP("core", "image"), {}), path,
                  Message(PATCHDIFF_TR_NOOP("core", "the file does not exist"), {})});
}

}  // namespace

class TestMessage : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void englishFillsThePlaceholders() {
    QCOMPARE(missing_image("a.png").english(), std::string("cannot read image 'a.png': the file does not exist"));
  }

  // A translation may reorder the placeholders; nested messages are translated too; plain
  // arguments (a path) never are.
  void translationReordersAndNests() {
    QCOMPARE(missing_image("image").render(shout), std::string("READ OF PICTURE FAILED: NO SUCH FILE (FILE image)"));
  }

  // One pass, as QString::arg with several arguments: a path holding "%2" stays as it is.
  void argumentsAreNotSubstitutedAgain() {
    QCOMPARE(missing_image("100%2.png").english(), std::string("cannot read image '100%2.png': the file does not exist"));
    // A placeholder without an argument, and a lone '%', stay as they are.
    QCOMPARE(Message(PATCHDIFF_TR_NOOP("core", "%1 at 50% of %2"), {"x"}).english(), std::string("x at 50% of %2"));
  }

  void plainTextIsNeverLookedUp() {
    QCOMPARE(Message("image").render(shout), std::string("image"));
  }

  // what() is the English text; message() the structure; other exceptions give plain text.
  void errorsCarryTheirMessage() {
    const patchdiff::IoError error(missing_image("b.png"));
    QCOMPARE(std::string(error.what()), std::string("cannot read image 'b.png': the file does not exist"));
    QCOMPARE(patchdiff::message_of(error).render(shout), std::string("READ OF PICTURE FAILED: NO SUCH FILE (FILE b.png)"));
    const patchdiff::ConfigError plain("the file does not exist");
    QCOMPARE(patchdiff::message_of(plain).render(shout), std::string("the file does not exist"));
    const std::runtime_error other("image");
    QCOMPARE(patchdiff::message_of(other).render(shout), std::string("image"));
    // Copies (as a throw makes) share the message.
    const patchdiff::IoError copy = error;
    QCOMPARE(copy.message().english(), error.message().english());
  }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "test_message.moc"
