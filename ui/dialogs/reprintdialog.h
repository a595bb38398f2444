#pragma once

#include "domain/notificationrecord.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace educonnect::ui {

// The recent runs whose letters are still valid, to print them again without notifying anyone
// (which would change the passwords). The letters come back from the server.
class ReprintDialog : public QDialog
{
    Q_OBJECT
public:
    ReprintDialog(const QList<NotificationRecord> &records, QWidget *parent = nullptr);

    void selectRun(int index);
    void showError(const QString &message);

signals:
    void reprintRequested(const educonnect::NotificationRecord &record);

private:
    QList<NotificationRecord> m_records;
    QTreeWidget *m_list;
    QPushButton *m_reprint;
};

} // namespace educonnect::ui
