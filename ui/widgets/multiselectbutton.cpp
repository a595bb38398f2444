#include "multiselectbutton.h"

#include "widgets/plaintext.h"

#include <QMenu>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

MultiSelectButton::MultiSelectButton(const QString &label, Gender gender, QWidget *parent)
    : QToolButton(parent), m_label(label), m_gender(gender), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    setAccessibleName(label);
    m_menu->installEventFilter(this);
    updateText();
}

void MultiSelectButton::setItems(const QStringList &texts, const QStringList &values)
{
    const QSet<QString> previous = selection();
    m_menu->clear();
    m_texts = texts;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Class names and MEF labels come from the server: a `&` in them is text, not a shortcut.
        QAction *action = m_menu->addAction(escapeMnemonics(texts.at(i)));
        action->setCheckable(true);
        action->setData(i < values.size() ? values.at(i) : texts.at(i));
        action->setChecked(previous.contains(action->data().toString()));
        connect(action, &QAction::toggled, this, [this]() {
            updateText();
            emit selectionChanged();
        });
    }
    updateText();
    if (selection() != previous)
        emit selectionChanged();
}

QSet<QString> MultiSelectButton::selection() const
{
    QSet<QString> selected;
    for (const QAction *action : m_menu->actions()) {
        if (action->isChecked())
            selected.insert(action->data().toString());
    }
    return selected;
}

void MultiSelectButton::setSelection(const QSet<QString> &values)
{
    if (values == selection())
        return;
    for (QAction *action : m_menu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(values.contains(action->data().toString()));
    }
    updateText();
    emit selectionChanged();
}

bool MultiSelectButton::eventFilter(QObject *watched, QEvent *event)
{
    // Toggle without closing the menu, so several values can be picked in one go.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (QAction *action = m_menu->actionAt(mouse->position().toPoint()); action && action->isCheckable()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void MultiSelectButton::updateText()
{
    QStringList chosen;
    const QList<QAction *> actions = m_menu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->isChecked())
            chosen << m_texts.value(i);
    }
    if (chosen.isEmpty())
        setText(tr("%1: all").arg(m_label));
    else if (chosen.size() <= 2) // two long MEF labels would crowd out the other criteria: elide
        setText(tr("%1: %2").arg(
            m_label, escapeMnemonics(fontMetrics().elidedText(chosen.join(u", "_s), Qt::ElideRight,
                                                              fontMetrics().averageCharWidth() * 48))));
    else
        setText((m_gender == Gender::Feminine ? tr("%1: %n selected", "a label of feminine gender, e.g. Classe(s)",
                                                   int(chosen.size()))
                                                : tr("%1: %n selected", nullptr, int(chosen.size())))
                    .arg(m_label));
    setToolTip(plainToolTip(chosen.join(u'\n'))); // in full
}

} // namespace educonnect::ui
