#pragma once

#include "domain/student.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace educonnect::ui {

class CheckHeaderView;
class MultiSelectButton;
class StudentFilterProxy;
class StudentTableModel;

// The Élèves tab: criteria, the pupils table with checkboxes, and the actions on the selection.
class StudentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StudentsPage(StudentTableModel *model, QWidget *parent = nullptr);

    StudentFilterProxy *proxy() const { return m_proxy; }
    // Enables the server actions, or disables them and says why (offline, signed out).
    void setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled = {});
    // Refreshes the criteria lists (classes, MEF) from the model's content.
    void refreshCriteria();
    void resetCriteria();
    QList<Student> checkedStudents() const;

signals:
    void notifyRequested(const QList<educonnect::Student> &students);
    void reprintRequested();

private:
    void applyCriteria();
    void updateSelectionInfo();
    bool eventFilter(QObject *watched, QEvent *event) override;

    StudentTableModel *m_model;
    StudentFilterProxy *m_proxy;
    QLineEdit *m_search;
    MultiSelectButton *m_mefFilter;
    MultiSelectButton *m_classFilter;
    MultiSelectButton *m_stateFilter;
    QPushButton *m_resetButton;
    QLabel *m_filterActive;
    QLabel *m_selectionLabel;
    QLabel *m_countLabel;
    QPushButton *m_notifyButton;
    QPushButton *m_reprintButton;
    QTableView *m_table;
    CheckHeaderView *m_header;
    QTimer *m_searchTimer;
    bool m_serverActions = false;
    QString m_serverActionsReason;
};

} // namespace educonnect::ui
