#include "selectionbar.h"

#include "widgets/accounttexts.h"
#include "widgets/flowlayout.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

SelectionBar::SelectionBar(AccountKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    // The label and the actions wrap when the window is narrow; the count stays on the right.
    m_actionsArea = new QWidget(this);
    m_actionsLayout = new FlowLayout(m_actionsArea);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsLayout->addWidget(m_selectionLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actionsArea, 1);
    layout->addWidget(m_countLabel, 0, Qt::AlignTop);
    setCounts(0, 0, 0);
}

QPushButton *SelectionBar::addButton(const QString &objectName, const QString &text, Needs needs,
                                     const QString &toolTip)
{
    auto *button = new QPushButton(text, m_actionsArea);
    button->setObjectName(objectName);
    m_actionsLayout->addWidget(button); // after the selection label and the buttons already there
    m_selectionLabel->setMinimumHeight(button->sizeHint().height()); // centred on the buttons' line
    m_actions.append({button, needs, toolTip});
    updateActions();
    return button;
}

void SelectionBar::setCounts(int selected, int shown, int total)
{
    m_selected = selected;
    m_selectionLabel->setText(AccountTexts::selected(m_kind, selected));
    m_countLabel->setText(AccountTexts::shown(m_kind, shown, total));
    updateActions();
}

void SelectionBar::setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled)
{
    m_serverActions = enabled;
    m_serverReason = reasonIfDisabled;
    updateActions();
}

void SelectionBar::updateActions()
{
    for (const Action &action : std::as_const(m_actions)) {
        const bool serverMissing = action.needs.testFlag(Need::Server) && !m_serverActions;
        const bool selectionMissing = action.needs.testFlag(Need::Selection) && m_selected == 0;
        action.button->setEnabled(!serverMissing && !selectionMissing);
        action.button->setToolTip(serverMissing      ? plainToolTip(m_serverReason)
                                  : selectionMissing ? AccountTexts::tickFirst(m_kind)
                                                     : action.toolTip);
    }
}

} // namespace educonnect::ui
