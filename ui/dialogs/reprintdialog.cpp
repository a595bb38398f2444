#include "reprintdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

ReprintDialog::ReprintDialog(const QList<NotificationRecord> &records, QWidget *parent)
    : QDialog(parent), m_records(records), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Print a batch again"));
    auto *intro = new QLabel(tr("Letters of the runs below can be printed again, with the same passwords, until "
                                "their end of validity. Nobody is notified again."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"runList"_s);
    m_list->setAccessibleName(tr("Recent runs"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Class(es)"), tr("Letters"), tr("Valid until")});
    const QLocale locale;
    for (const NotificationRecord &r : m_records) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, r.classes.join(u", "_s));
        item->setText(2, QString::number(r.letterCount));
        item->setText(3, locale.toString(r.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
        if (r.reset)
            item->setToolTip(1, tr("With password reset"));
    }
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *empty = new QLabel(tr("No run with valid letters on this computer."), this);
    empty->setVisible(m_records.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reprint = buttons->addButton(tr("&Print again…"), QDialogButtonBox::AcceptRole);
    m_reprint->setObjectName(u"reprintButton"_s);
    m_reprint->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this]() { m_reprint->setEnabled(m_list->currentItem() != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, m_reprint, &QPushButton::click);
    connect(m_reprint, &QPushButton::clicked, this, [this]() {
        const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (index >= 0) {
            m_reprint->setEnabled(false);
            emit reprintRequested(m_records.at(index));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(620, 360);
}

void ReprintDialog::selectRun(int index)
{
    m_list->setCurrentItem(m_list->topLevelItem(index));
}

void ReprintDialog::showError(const QString &message)
{
    m_reprint->setEnabled(m_list->currentItem() != nullptr);
    auto *label = findChild<QLabel *>(u"errorLabel"_s);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(u"errorLabel"_s);
        label->setTextFormat(Qt::PlainText); // the server's reason
        label->setWordWrap(true);
        label->setStyleSheet(u"color: #b00020;"_s);
        static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, label);
    }
    label->setText(message);
}

} // namespace educonnect::ui
