#pragma once

#include "widgets/criteriabar.h"

#include <QWidget>

class QTableView;

namespace educonnect::ui {

class AccountFilterProxy;
class AccountTableModel;
class CheckHeaderView;
class SelectionBar;

// One accounts list screen, for either kind of account: the title, the criteria bar, the selection
// row with its actions, and the table (checkbox column with a "select all (filtered)" header,
// sortable columns, French collation). A tab is this page with its model and its criteria:
//
//   StudentsPage:  AccountsPage(studentModel, {Mef, Classes, States, Origins, Email})
//   (Responsables: AccountsPage(guardianModel, {Classes, States, Email, Origins}))
//
// The kind of account (the model's) chooses the words: « élèves » or « responsables ».
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(AccountTableModel *model, const QList<CriteriaBar::Criterion> &criteria,
                 QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    AccountFilterProxy *proxy() const { return m_proxy; }
    CriteriaBar *criteriaBar() const { return m_criteria; }
    SelectionBar *selectionBar() const { return m_selection; }
    QTableView *table() const { return m_table; }

    // Enables the server actions, or disables them and says why (offline, signed out).
    void setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled = {});
    // Refreshes the criteria lists (classes, MEF) from the model's content.
    void refreshCriteria();
    void resetCriteria();
    // The Dépannage view: the « Mot de passe » column shown or hidden (hidden by default).
    void setTroubleshooting(bool on);
    bool isTroubleshooting() const;

signals:
    // The user asked to notify the ticked accounts (the model has them).
    void notifyClicked();
    // The user asked to reset the ticked accounts' passwords (Dépannage).
    void resetClicked();
    void reprintRequested();
    // « Lister les comptes »: a PDF or CSV of the ticked or shown accounts (works offline).
    void listRequested();
    // A double-click or Enter on a row: the account's detail.
    void accountActivated(const QString &accountId);

private:
    void updateCounts();
    void scheduleCounts();
    void updateHeaderBox();

    AccountTableModel *m_model;
    AccountFilterProxy *m_proxy;
    CriteriaBar *m_criteria;
    SelectionBar *m_selection;
    QTableView *m_table;
    CheckHeaderView *m_header;
    bool m_countsScheduled = false;
};

} // namespace educonnect::ui
