#pragma once

#include "domain/accountkind.h"

#include <QFlags>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace educonnect::ui {

class FlowLayout;

// The row under the criteria: « N élève(s) sélectionné(s) », the actions on the selection, and
// « N affiché(s) sur M » on the right. Each action says what it needs (the server, ticked
// accounts); the bar enables it, or says in its tooltip why it is off.
class SelectionBar : public QWidget
{
    Q_OBJECT
public:
    enum class Need { Server = 0x1, Selection = 0x2 };
    Q_DECLARE_FLAGS(Needs, Need)

    explicit SelectionBar(AccountKind kind, QWidget *parent = nullptr);

    // A button after the existing ones. `toolTip` is shown while the action is available.
    QPushButton *addButton(const QString &objectName, const QString &text, Needs needs,
                           const QString &toolTip = {});
    void setCounts(int selected, int shown, int total);
    // Enables the server actions, or disables them and says why (offline, signed out). The reason
    // may quote the server: it is shown as plain text.
    void setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled = {});

private:
    struct Action
    {
        QPushButton *button;
        Needs needs;
        QString toolTip;
    };
    void updateActions();

    AccountKind m_kind;
    QLabel *m_selectionLabel;
    QLabel *m_countLabel;
    QWidget *m_actionsArea;
    FlowLayout *m_actionsLayout;
    QList<Action> m_actions;
    int m_selected = 0;
    bool m_serverActions = false;
    QString m_serverReason;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SelectionBar::Needs)

} // namespace educonnect::ui
