// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace patchdiff::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent) {
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  m_label = new QLabel(this);
  m_label->setWordWrap(true);
  m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  m_close = new QToolButton(this);
  m_close->setAutoRaise(true);
  m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  m_close->setToolTip(tr("Dismiss"));
  m_close->setAccessibleName(tr("Dismiss message"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  layout->addWidget(m_label, 1);
  layout->addWidget(m_close, 0, Qt::AlignTop);
  connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
  hide();
}

void MessageBar::setSingleLine(bool singleLine) {
  m_label->setWordWrap(!singleLine);
  m_label->setSizePolicy(singleLine ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Preferred);
  setSizePolicy(singleLine ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void MessageBar::showMessage(const QString& text, Kind kind) {
  m_kind = kind;
  m_label->setText(text);
  m_label->setToolTip(m_label->wordWrap() ? QString() : text);
  // A tint of the palette's window colour, so it reads in light and dark themes.
  const QColor accent = kind == Kind::Error ? QColor(220, 50, 47) : kind == Kind::Warning ? QColor(230, 160, 0)
                                                                                          : QColor(60, 140, 220);
  const QColor base = palette().color(QPalette::Window);
  QPalette p = palette();
  p.setColor(QPalette::Window, QColor((base.red() * 3 + accent.red()) / 4, (base.green() * 3 + accent.green()) / 4,
                                      (base.blue() * 3 + accent.blue()) / 4));
  setPalette(p);
  show();
  Q_EMIT messageShown(text, kind);
}

QString MessageBar::text() const { return m_label->text(); }

}  // namespace patchdiff::ui
