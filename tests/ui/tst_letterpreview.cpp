// The letters window's preview: it shows the pages, and its Print… goes through the window's own
// print path (print dialog seam, checked in-memory job), never through Qt's preview printing.

#include "config/settings.h"
#include "dialogs/batchdialog.h"
#include "letters/letterrenderer.h"
#include "dialogs/letterpreviewdialog.h"
#include "dialogs/uiseams.h"
#include "testsupport.h"
#include "uitest.h"

#include <QAction>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

Letter letter(int i)
{
    Letter l;
    l.accountId = u"id%1"_s.arg(i);
    l.className = u"4e B"_s;
    l.lastName = u"Lefèvre%1"_s.arg(i);
    l.firstName = u"Zoé"_s;
    l.login = u"z.lefevre%1"_s.arg(i);
    l.temporaryPassword = u"PRVW000%1"_s.arg(i);
    return l;
}

} // namespace

class TestLetterPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<BatchDialog> m_letters;

    // Opens the preview of the letters window through its button.
    LetterPreviewDialog *openPreview()
    {
        auto *button = m_letters->findChild<QPushButton *>(u"previewButton"_s);
        if (!button)
            return nullptr;
        button->click();
        LetterPreviewDialog *preview = nullptr;
        const bool shown = QTest::qWaitFor([&]() {
            preview = m_letters->findChild<LetterPreviewDialog *>(u"letterPreview"_s);
            return preview && preview->isVisible() && preview->pageCount() > 0;
        });
        return shown ? preview : nullptr;
    }

private slots:
    // A letters window with three one-page letters, on fresh settings.
    void init()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s));
        const LetterContext context{u"Collège Les Tilleuls"_s, QString(), QDate::currentDate(),
                                    letterValidUntil(QDate::currentDate())};
        LetterSet set{AccountKind::Student, context, LetterRenderer::studentTemplate().value(),
                      {letter(1), letter(2), letter(3)}};
        m_letters = std::make_unique<BatchDialog>(set, CredentialBatch(), QString(), m_settings.get());
        m_letters->setRenderOptions({LetterLayout::Official, false, false, false},
                                    BatchDialog::PerClass::None);
        m_letters->show();
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes); // undelivered letters: close without asking
        m_letters.reset();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void showsThePagesWithZoomAndNavigation()
    {
        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->pageCount(), 3);
        auto *pageSpin = preview->findChild<QSpinBox *>(u"pageSpin"_s);
        auto *pageCount = preview->findChild<QLabel *>(u"pageCountLabel"_s);
        auto *next = preview->findChild<QAction *>(u"nextPageAction"_s);
        auto *previous = preview->findChild<QAction *>(u"previousPageAction"_s);
        auto *fitWidth = preview->findChild<QAction *>(u"fitWidthAction"_s);
        auto *fitPage = preview->findChild<QAction *>(u"fitPageAction"_s);
        auto *zoomIn = preview->findChild<QAction *>(u"zoomInAction"_s);
        auto *close = preview->findChild<QAction *>(u"closeAction"_s);
        QVERIFY(pageSpin);
        QVERIFY(pageCount);
        QVERIFY(next);
        QVERIFY(previous);
        QVERIFY(fitWidth);
        QVERIFY(fitPage);
        QVERIFY(zoomIn);
        QVERIFY(close);
        QCOMPARE(pageSpin->value(), 1);
        QCOMPARE(pageCount->text(), u"/ 3"_s);
        QVERIFY(!previous->isEnabled());
        QVERIFY(fitWidth->isChecked());
        uitest::snapshot(preview, u"letter-preview"_s);

        next->trigger();
        QTRY_COMPARE(preview->currentPage(), 2);
        QCOMPARE(pageSpin->value(), 2);
        QVERIFY(previous->isEnabled());
        pageSpin->setValue(3);
        QTRY_COMPARE(preview->currentPage(), 3);
        QVERIFY(!next->isEnabled());

        fitPage->trigger();
        QVERIFY(fitPage->isChecked());
        QVERIFY(!fitWidth->isChecked());
        zoomIn->trigger();
        QVERIFY(!fitPage->isChecked()); // a custom zoom is neither
        QVERIFY(!fitWidth->isChecked());
        uitest::snapshot(preview, u"letter-preview-zoomed"_s);

        close->trigger();
        QTRY_VERIFY(!m_letters->findChild<LetterPreviewDialog *>());
        QVERIFY(!m_letters->wasDelivered()); // looking is not delivering
    }

    void printFromThePreviewIsTheLettersWindowsPrint()
    {
        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        auto *print = preview->findChild<QAction *>(u"printAction"_s);
        QVERIFY(print);

        // The letters window's print dialog is asked (the seam), and the job is its checked one.
        const QString pdf = m_dir.filePath(u"from-preview.pdf"_s);
        bool asked = false;
        PrintDialog::setNextPrinterSetup([&](QPrinter *printer) {
            asked = true;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdf);
            return true;
        });
        QSignalSpy jobs(m_letters.get(), &BatchDialog::jobFinished);
        print->trigger();
        QVERIFY(asked);
        QTRY_VERIFY(!m_letters->findChild<LetterPreviewDialog *>()); // the preview closed
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.first().first().toBool(), true);
        QVERIFY(m_letters->wasDelivered());
        QCOMPARE(testsupport::pdfPageCount(pdf), 3);
        QVERIFY(testsupport::pdfText(pdf).contains(u"PRVW0002"_s));
    }

    void cancellingThePrintDialogPrintsNothing()
    {
        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        auto *print = preview->findChild<QAction *>(u"printAction"_s);
        QVERIFY(print);
        bool asked = false;
        PrintDialog::setNextPrinterSetup([&](QPrinter *) {
            asked = true;
            return false; // the user cancels the print dialog
        });
        QSignalSpy jobs(m_letters.get(), &BatchDialog::jobFinished);
        print->trigger();
        QVERIFY(asked);
        QVERIFY(!jobs.wait(200));
        QVERIFY(!m_letters->wasDelivered());
        QVERIFY(m_letters->isVisible()); // the letters are still here
    }
};

QTEST_MAIN(TestLetterPreview)
#include "tst_letterpreview.moc"
