#include "accountlistdialog.h"

#include "dialogs/uiseams.h"
#include "domain/clock.h"
#include "widgets/accounttexts.h"
#include "workflows/accountlisting.h"
#include "workflows/letterset.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

AccountListDialog::AccountListDialog(Source source, QWidget *parent)
    : QDialog(parent), m_source(std::move(source))
{
    const bool pupils = m_source.kind == AccountKind::Student;
    setWindowTitle(pupils ? tr("List the pupils' accounts") : tr("List the parents' accounts"));

    auto *scope = new QGroupBox(tr("Accounts"), this);
    const int checked = int(m_source.checked.size());
    m_checkedScope = new QRadioButton(pupils ? tr("The %n ticked pupil(s)", nullptr, checked)
                                             : tr("The %n ticked parent account(s)", nullptr, checked),
                                      scope);
    m_checkedScope->setObjectName(u"checkedScope"_s);
    m_shownScope = new QRadioButton(pupils ? tr("The %n pupil(s) shown by the criteria", nullptr, m_source.shownCount)
                                           : tr("The %n parent account(s) shown by the criteria", nullptr,
                                                m_source.shownCount),
                                    scope);
    m_shownScope->setObjectName(u"shownScope"_s);
    m_checkedScope->setEnabled(checked > 0);
    (checked > 0 ? m_checkedScope : m_shownScope)->setChecked(true);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_checkedScope);
    scopeLayout->addWidget(m_shownScope);

    auto *format = new QGroupBox(tr("Format"), this);
    m_pdf = new QRadioButton(tr("PDF, to print or to send to teachers"), format);
    m_pdf->setObjectName(u"pdfFormat"_s);
    m_csv = new QRadioButton(tr("CSV, for a spreadsheet (Excel, LibreOffice)"), format);
    m_csv->setObjectName(u"csvFormat"_s);
    m_sheets = new QRadioButton(tr("Distribution sheets (PDF), one per class: pupil, class, identifier, date handed "
                                   "out, signature"),
                                format);
    m_sheets->setObjectName(u"sheetsFormat"_s);
    m_pdf->setChecked(true);
    auto *formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_pdf);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_sheets);
    // The sheets never carry a password.
    connect(m_sheets, &QRadioButton::toggled, this, [this](bool sheets) {
        m_passwords->setEnabled(!sheets && m_source.client);
        if (sheets)
            m_passwords->setChecked(false);
    });

    m_passwords = new QCheckBox(tr("Show the passwords that are still provisional (asked of the server)"), this);
    m_passwords->setObjectName(u"passwordsBox"_s);
    m_passwords->setEnabled(m_source.client != nullptr);
    m_passwords->setToolTip(m_source.client ? tr("Otherwise every password reads ******. A password its holder has "
                                                 "changed is never shown.")
                                            : m_source.whyNoServer);

    m_message = new QLabel(this);
    m_message->setObjectName(u"listMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountListDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(format);
    layout->addWidget(m_passwords);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

AccountListDialog::~AccountListDialog()
{
    delete m_fetch; // before m_list, which it fills
    m_list.wipe();
}

void AccountListDialog::done(int result)
{
    if (m_fetch) {
        disconnect(m_fetch, nullptr, this, nullptr);
        delete m_fetch;
    }
    m_list.wipe();
    QDialog::done(result);
}

void AccountListDialog::save()
{
    const bool sheets = m_sheets->isChecked();
    const bool pdf = m_pdf->isChecked() || sheets;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = Clock::now().toString(u"yyyyMMddHHmmss"_s);
    const QString suggested = QDir(folder).filePath(
        (sheets ? u"Educonnect-FichesDistribution-%1"_s.arg(stamp)
                : AccountList::defaultFileName(m_source.kind, Clock::now()))
        + (pdf ? u".pdf"_s : u".csv"_s));
    QString path = FileDialog::getSaveFileName(this, windowTitle(), suggested,
                                               pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString extension = pdf ? u".pdf"_s : u".csv"_s;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    m_path = path;

    const QSet<QString> only = m_checkedScope->isChecked() ? m_source.checked : QSet<QString>();
    // The ticked accounts are listed whatever the criteria; the shown ones are those they show.
    auto list = accountList(*m_source.store, m_source.uai, m_source.kind,
                            m_checkedScope->isChecked() ? AccountFilter() : m_source.filter, only);
    if (!list)
        return finish(list.error().message);
    m_list = list.takeValue();
    if (sheets)
        return writeSheets();
    if (!m_passwords->isChecked() || !m_source.client)
        return write();

    setBusy(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Asking the server for the provisional passwords…"));
    m_message->show();
    m_fetch = new ListPasswordFetch(m_source.client, m_source.uai, &m_list, this);
    connect(m_fetch, &ListPasswordFetch::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_fetch, &ListPasswordFetch::finished, this, [this](const Result<int> &shown) {
        m_fetch->deleteLater();
        if (!shown)
            return finish(shown.error().message);
        write();
    });
    m_fetch->start();
}

void AccountListDialog::write()
{
    const int accounts = int(m_list.rows().size());
    Result<void> result;
    if (m_path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        auto pages = writeAccountListPdf(m_list, m_path);
        result = pages ? Result<void>() : Result<void>(pages.error());
    } else {
        result = writeAccountListCsv(m_list, m_path);
    }
    m_list.wipe();
    if (!result)
        return finish(result.error().message);
    setBusy(false);
    emit written(m_path, accounts);
    accept();
}

void AccountListDialog::writeSheets()
{
    const int accounts = int(m_list.rows().size());
    const auto pages = writeDistributionSheets(m_list, *m_source.store, m_source.uai, m_path);
    m_list.wipe();
    if (!pages)
        return finish(pages.error().message);
    emit written(m_path, accounts);
    accept();
}

void AccountListDialog::finish(const QString &error)
{
    m_list.wipe();
    setBusy(false);
    m_message->setText(tr("The list was not written: %1").arg(error));
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->show();
}

void AccountListDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_checkedScope), static_cast<QWidget *>(m_shownScope),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_csv),
                       static_cast<QWidget *>(m_sheets)})
        w->setEnabled(!busy && (w != m_checkedScope || !m_source.checked.isEmpty()));
    m_passwords->setEnabled(!busy && m_source.client && !m_sheets->isChecked());
}

} // namespace educonnect::ui
