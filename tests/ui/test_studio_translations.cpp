// SPDX-License-Identifier: GPL-3.0-or-later
// The studio in German: the translation loads for a language and for a locale, every text
// of the main window and the compare window (menus, actions, docks, panels, tooltips,
// headers) differs from the English one built the same way, View > Language saves its
// choice, and screenshots (<build>/screenshots/studio_de*.png) show the translated window
// after a run, for a person to check for truncated texts.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include "core/diffusion/respacing.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/flags.h"

#include "tests/ui/screenshot_util.h"
#include "tests/ui/studio_test_util.h"
#include "ui/compare/compare_window.h"
#include "ui/inspect/inspector.h"
#include "ui/window/error_text.h"
#include "ui/window/language_menu.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/window/studio_language.h"
#include "ui/inspect/timeline_bar.h"

using namespace patchdiff;

namespace {

// Every text a user can read in `root` before any event is processed, in a fixed order
// (creation order): action texts and tooltips, labels, buttons, group and dock titles,
// placeholders, tab names, table headers, tooltips and accessible names.
QStringList texts(QWidget* root) {
  QStringList out;
  auto add = [&out](const QString& kind, const QString& text) {
    if (!text.isEmpty()) out << kind + QStringLiteral(": ") + text;
  };
  for (QAction* a : root->findChildren<QAction*>()) {
    add(QStringLiteral("action"), a->text());
    if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&'))) add(QStringLiteral("action tooltip"), a->toolTip());
  }
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (auto* label = qobject_cast<QLabel*>(w)) add(QStringLiteral("label"), label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(w)) add(QStringLiteral("button"), button->text());
    if (auto* group = qobject_cast<QGroupBox*>(w)) add(QStringLiteral("group"), group->title());
    if (auto* dock = qobject_cast<QDockWidget*>(w)) add(QStringLiteral("dock"), dock->windowTitle());
    if (auto* menu = qobject_cast<QMenu*>(w)) add(QStringLiteral("menu"), menu->title());
    if (auto* edit = qobject_cast<QLineEdit*>(w)) add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto* tabs = qobject_cast<QTabWidget*>(w))
      for (int i = 0; i < tabs->count(); ++i) add(QStringLiteral("tab"), tabs->tabText(i));
    if (auto* table = qobject_cast<QTableWidget*>(w))
      for (int i = 0; i < table->columnCount(); ++i)
        if (table->horizontalHeaderItem(i)) add(QStringLiteral("header"), table->horizontalHeaderItem(i)->text());
    if (auto* combo = qobject_cast<QComboBox*>(w))
      for (int i = 0; i < combo->count(); ++i) add(QStringLiteral("item"), combo->itemText(i));
    add(QStringLiteral("tooltip"), w->toolTip());
    add(QStringLiteral("accessible name"), w->accessibleName());
  }
  return out;
}

// Texts that read the same in German: names, units, sampler names and numbers.
bool sameInGerman(const QString& entry) {
  const QString text = entry.mid(entry.indexOf(QLatin1String(": ")) + 2).remove(QLatin1Char('&'));
  static const QStringList same = {
      QStringLiteral("Patch Diffusion Studio"), QStringLiteral("DDPM"), QStringLiteral("DDIM"),
      QStringLiteral("float32"), QStringLiteral("float16"), QStringLiteral("cpu"), QStringLiteral("English"),
      QStringLiteral("Deutsch"), QStringLiteral("Français"), QStringLiteral("日本語"), QStringLiteral("简体中文"),
      QStringLiteral("P"), QStringLiteral("RMS"), QStringLiteral("Flag"), QStringLiteral("Flags"),
      QStringLiteral("Sampling"), QStringLiteral("Samples"), QStringLiteral("Checkpoints"), QStringLiteral("Seed"),
      QStringLiteral("Seed:"), QStringLiteral("Guidance:"), QStringLiteral("Thresholding:"),
      QStringLiteral("Sampler"), QStringLiteral("Eta (DDIM)"), QStringLiteral("Karras"), QStringLiteral("Trailing")};
  if (same.contains(text)) return true;
  // No word of two letters or more (numbers, "P=4", "×"), or a model's own title.
  return !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))) ||
         text.startsWith(QLatin1String("Emoji 64x64"));
}

// The entries of `english` whose German counterpart is the same text.
QStringList untranslated(const QStringList& english, const QStringList& german) {
  QStringList out;
  for (int i = 0; i < english.size() && i < german.size(); ++i)
    if (english[i] == german[i] && !sameInGerman(english[i])) out << english[i];
  return out;
}

// Texts cut short: buttons and unwrapped labels the layout gave less width than their text
// needs, a dock whose contents or a filled table that needs a horizontal scroll bar, a
// toolbar that hides actions behind its extension button.
QStringList clipped(QWidget* root) {
  QStringList out;
  for (auto* dock : root->findChildren<QDockWidget*>())
    for (auto* scroll : dock->findChildren<QScrollArea*>())
      if (dock->isVisible() && scroll->horizontalScrollBar()->isVisible())
        out << QStringLiteral("dock \"%1\" scrolls sideways: %2 px of contents in %3 px")
                   .arg(dock->windowTitle())
                   .arg(scroll->widget() ? scroll->widget()->minimumSizeHint().width() : 0)
                   .arg(scroll->viewport()->width());
  for (auto* table : root->findChildren<QTableWidget*>())
    if (table->isVisible() && table->rowCount() > 0 && table->horizontalScrollBar()->isVisible())
      out << QStringLiteral("table \"%1\" scrolls sideways").arg(table->objectName());
  for (auto* bar : root->findChildren<QToolBar*>())
    for (auto* extension : bar->findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
      if (bar->isVisible() && extension->isVisible())
        out << QStringLiteral("toolbar \"%1\" hides actions behind its extension button").arg(bar->windowTitle());
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible() || w->width() <= 0) continue;
    const auto* label = qobject_cast<QLabel*>(w);
    const auto* button = qobject_cast<QAbstractButton*>(w);
    if ((label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull()) ||
        (button && !button->text().isEmpty()))
      if (w->width() < w->sizeHint().width())
        out << QStringLiteral("%1 \"%2\": %3 px of %4").arg(QString::fromLatin1(w->metaObject()->className()),
                                                            label ? label->text() : button->text())
                   .arg(w->width()).arg(w->sizeHint().width());
  }
  return out;
}

}  // namespace

class TestStudioTranslations : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    test::isolateSettings();
    QVERIFY2(!ui::translationsDir().isEmpty(), "no patchdiff_*.qm found: build the patchdiff_translations target");
    QCOMPARE(ui::availableLanguages(), (QStringList{"de", "fr", "ja", "zh_CN"}));
  }

  // Each translation loads by its language's name and by a full locale name.
  void every_language_loads() {
    for (const QString& language : ui::availableLanguages()) {
      QTranslator t;
      QVERIFY2(t.load(QLocale(language), QStringLiteral("patchdiff"), QStringLiteral("_"), ui::translationsDir()),
               qPrintable(language));
      QVERIFY(!t.isEmpty());
      QVERIFY(!t.translate("patchdiff::ui::MainWindow", "&Generate").isEmpty());
    }
    QTranslator fromLocale;
    QVERIFY(fromLocale.load(QLocale(QStringLiteral("de_AT")), QStringLiteral("patchdiff"), QStringLiteral("_"),
                            ui::translationsDir()));
    QCOMPARE(fromLocale.translate("patchdiff::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
  }

  void language_menu_saves_the_choice() {
    QWidget window;
    ui::LanguageMenu menu(&window);
    QSignalSpy chosen(&menu, &ui::LanguageMenu::languageChosen);
    QAction* german = nullptr;
    for (QAction* a : menu.actions())
      if (a->data().toString() == QLatin1String("de")) german = a;
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    german->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(ui::languageOverride(), QStringLiteral("de"));
    ui::LanguageMenu reopened(&window);  // the next start's menu shows the saved choice
    QStringList checked;
    for (QAction* a : reopened.actions())
      if (a->isChecked()) checked << a->data().toString();
    QCOMPARE(checked, QStringList{QStringLiteral("de")});
    ui::setLanguageOverride(QString());
    QVERIFY(ui::languageOverride().isEmpty());
  }

  // Everything the windows show is translated; then the German window after a run.
  void german_window_is_translated() {
    QStringList english, englishCompare;
    {
      ui::MainWindow w;
      english = texts(&w);
      englishCompare = texts(w.inspector()->compareWindow());
    }
    QCOMPARE(ui::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    ui::MainWindow w;
    const QStringList german = texts(&w);
    const QStringList germanCompare = texts(w.inspector()->compareWindow());
    QCOMPARE(german.size(), english.size());
    QCOMPARE(germanCompare.size(), englishCompare.size());
    const QStringList missing = untranslated(english, german) + untranslated(englishCompare, germanCompare);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in German:\n") + missing.join('\n')));
    QCOMPARE(w.menuBar()->actions().front()->text(), QStringLiteral("&Datei"));

    w.resize(1280, 800);
    w.show();
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 30, 4, /*seed=*/2024);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    w.canvas()->setSelectedIndex(1);
    w.inspector()->timeline()->setStep(12);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_de")));
    const QStringList cut = clipped(&w);
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("texts cut short in German:\n") + cut.join('\n')));

    // A short P = 2/4/8 comparison, so the table, captions and chart hold German numbers.
    test::fastSettings(w, 8, 2, /*seed=*/2024);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    QVERIFY(test::runComparison(*compare));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(*compare, QStringLiteral("studio_de_compare")));
    const QStringList compareCut = clipped(compare);
    QVERIFY2(compareCut.isEmpty(), qPrintable(QStringLiteral("texts cut short in German:\n") + compareCut.join('\n')));
  }

  // The core's messages (core/message.h) reach the German window in German: a missing file,
  // steps the schedule cannot give, a flag value that is not a number. Paths and typed values
  // stay as they are. (Last: translators cannot be removed, and the test above needs English first.)
  void core_errors_are_translated() {
    const auto german_and_english = [](const auto& throwing) {
      try {
        throwing();
      } catch (const Error& e) {
        return std::make_pair(ui::errorText(e), QString::fromStdString(e.what()));
      }
      return std::make_pair(QString(), QStringLiteral("(nothing thrown)"));
    };
    QCOMPARE(ui::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    const std::vector<std::pair<QString, QString>> cases{
        german_and_english([] {
          io::read_file("/nonexistent/photo.png", Message(PATCHDIFF_TR_NOOP("core", "image"), {}));
        }),
        german_and_english([] { diffusion::space_timesteps(1000, "banana,-5"); }),
        german_and_english([] { model::parse_int("num_channels", "four"); })};
    for (const auto& [german, english] : cases) {
      qInfo("%s\n  -> %s", qPrintable(english), qPrintable(german));
      QVERIFY2(!german.isEmpty() && german != english, qPrintable(english));
    }
    QVERIFY(cases[0].first.contains(QLatin1String("/nonexistent/photo.png")));
    QVERIFY(cases[1].first.contains(QLatin1String("banana")));
    QVERIFY(cases[2].first.contains(QLatin1String("four")));

    // In the window: steps the schedule cannot give, said under the row in German, core part
    // included (a screenshot for the user guide).
    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    ui::SamplingControls typed = w.samplingPanel()->controls();
    typed.respacingText = QStringLiteral("banana,-5");
    w.samplingPanel()->setControls(typed);
    QTest::qWait(50);
    const QString problem = w.samplingPanel()->stepsProblem();
    qInfo("%s", qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("keine ganze Zahl")) && !problem.contains(QLatin1String("whole number")),
             qPrintable(problem));
    QVERIFY(test::saveScreenshot(*w.samplingPanel(), QStringLiteral("studio_de_steps_problem")));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioTranslations)
#include "test_studio_translations.moc"
