// Names and server texts that look like markup or keyboard mnemonics, imported into a real sandbox
// and shown by the real window: the user must read the text itself, never a rendering of it.
// Each check looks at what Qt renders: a label's format, a tooltip's guessed format, a button's or
// menu entry's mnemonics.

#include "dialogs/batchdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/multiselectbutton.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

// A value from the server and a piece of it that escaping (of <, >, & and ") leaves intact, to
// spot every text that shows the value, however it was rendered.
struct Hostile
{
    QString literal;
    QString marker;
};

const QString kBold = u"<b>Gras</b>"_s;
const QString kImage = u"<img src=\"file:///etc/passwd\">"_s;
const QString kApostrophe = u"N'Diaye"_s;
const QString kEntity = u"&amp; Co"_s;
const QString kLong = u"De La Fontaine Du Bois De Saint-Martin-Des-Champs Et Des Environs Proches Du Lac"_s;
const QString kCyrillic = u"Иванова"_s;
const QString kClass = u"1re <i>Arts</i> S&T"_s;
const QString kMef = u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s;
const QString kEstablishment = u"Lycée <u>Hêtraie</u> & Cie"_s;

const QList<Hostile> kHostile{
    {kBold, u"Gras"_s},      {kImage, u"passwd"_s},      {kApostrophe, u"Diaye"_s},
    {kEntity, u"amp; Co"_s}, {kLong, u"Saint-Martin"_s}, {kCyrillic, kCyrillic},
    {kClass, u"Arts"_s},     {kMef, u"GEST.ADM"_s},      {kEstablishment, u"Hêtraie"_s},
};

// What a user reads, per kind of widget. Names may be shown upper-cased (« GRAS »), so texts are
// compared without case.
QString withoutMnemonics(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" shows "&", "&x" shows an underlined "x"
        shown += text.at(i);
    }
    return shown;
}

QString rendered(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || format == Qt::MarkdownText ||
                      (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// QToolTip shows its text in a QLabel that guesses the format.
QString renderedToolTip(const QString &tip)
{
    return rendered(tip, Qt::AutoText);
}

struct Shown
{
    QString where;
    QString raw;
    QString text;
};

QList<Shown> shownTexts(QWidget *root)
{
    QList<Shown> all;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (auto *label = qobject_cast<QLabel *>(w))
            all.append({where, label->text(), rendered(label->text(), label->textFormat())});
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            all.append({where, button->text(), withoutMnemonics(button->text())});
        if (!w->toolTip().isEmpty())
            all.append({where + u" (tooltip)"_s, w->toolTip(), renderedToolTip(w->toolTip())});
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            for (const QAction *action : menu->actions())
                all.append({where + u" (menu entry)"_s, action->text(), withoutMnemonics(action->text())});
        }
        // Item views show their items' tooltips (a header shares its table's model).
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && view->model() && !qobject_cast<QHeaderView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    if (!tip.isEmpty())
                        all.append({where + u" (item tooltip)"_s, tip, renderedToolTip(tip)});
                }
            }
        }
    }
    return all;
}

// Texts that show a hostile value but not literally; the values shown literally go to `covered`.
QStringList misrendered(const QList<Shown> &texts, QSet<QString> *covered)
{
    QStringList problems;
    for (const Shown &t : texts) {
        for (const Hostile &h : kHostile) {
            if (!t.raw.contains(h.marker, Qt::CaseInsensitive) &&
                !t.text.contains(h.marker, Qt::CaseInsensitive))
                continue;
            if (t.text.contains(h.literal, Qt::CaseInsensitive))
                covered->insert(h.literal);
            else
                problems << u"%1 shows «%2» (from «%3»), not «%4»"_s.arg(t.where, t.text, t.raw, h.literal);
        }
    }
    return problems;
}

} // namespace

// Fails the current test with every problem found.
#define VERIFY_SHOWN_AS_TEXT(root, ...)                                                                      \
    do {                                                                                                     \
        const QStringList problems_ = shownAsTextProblems(root, __VA_ARGS__);                                \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u'\n')));                                    \
    } while (false)

class TestHostileNames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    testsupport::Sandbox m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    // What is wrong in the texts under `root`: a hostile value not shown literally, or one of
    // `expected` not shown at all.
    static QStringList shownAsTextProblems(QWidget *root, const QStringList &expected)
    {
        if (!root)
            return {u"no widget"_s};
        QSet<QString> covered;
        QStringList problems = misrendered(shownTexts(root), &covered);
        for (const QString &value : expected) {
            if (!covered.contains(value))
                problems << u"«%1» is not shown"_s.arg(value);
        }
        return problems;
    }

    int rowOf(const QString &lastName) const
    {
        for (int row = 0; row < m_window->studentModel()->rowCount(); ++row) {
            if (m_window->studentModel()->student(row).lastName == lastName)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(kLong.size(), 80);
        struct Pupil
        {
            QString lastName, firstName, className, mef;
        };
        const QList<Pupil> pupils{
            {kBold, u"Zoé"_s, kClass, kMef},
            {kImage, u"Léo"_s, kClass, kMef},
            {kApostrophe, u"Awa"_s, kClass, kMef},
            {kEntity, u"Noé"_s, u"2nde B"_s, kMef},
            {kLong, u"Inès"_s, u"2nde B"_s, u"2NDE GENERALE ET TECHNOLOGIQUE"_s},
            {kCyrillic, u"Анна"_s, u"2nde B"_s, u"2NDE GENERALE ET TECHNOLOGIQUE"_s},
            {u"Martin"_s, u"Lina"_s, u"2nde B"_s, u"2NDE GENERALE ET TECHNOLOGIQUE"_s},
        };
        QJsonArray list;
        for (const Pupil &p : pupils)
            list.append(QJsonObject{{u"lastName"_s, p.lastName},
                                    {u"firstName"_s, p.firstName},
                                    {u"className"_s, p.className},
                                    {u"mef"_s, p.mef},
                                    {u"level"_s, u"2NDE"_s}});
        QFile file(m_dir.filePath(u"import.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"establishment"_s, QJsonObject{{u"uai"_s, u"0450750W"_s},
                                                                              {u"name"_s, kEstablishment}}},
                                             {u"pupils"_s, list}})
                       .toJson());
        file.close();
        QVERIFY(m_sandbox.start({u"--import"_s, file.fileName()}));
    }

    // A fresh window per test, signed in and synced, on its own data folder.
    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton); // real message boxes unless a test says otherwise
        AppOptions options;
        options.paths = DataPaths(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        options.caFile = m_sandbox.info().caCertificatePath;
        options.serverUrl = m_sandbox.info().baseUrl.toString();
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->start();
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = m_window->findChild<SignInDialog *>()) != nullptr);
        signIn->reject();
        m_window->connectWith(m_sandbox.info());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->studentModel()->rowCount(), 7, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSyncing(), 30000);
        auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_window->studentsPage());
    }

    void cleanup() { m_window.reset(); }

    void tableToolTipsShowNamesAsText()
    {
        auto *table = m_window->studentsPage()->findChild<QTableView *>(u"studentTable"_s);
        QVERIFY(table);
        VERIFY_SHOWN_AS_TEXT(m_window.get(),
                             {kBold, kImage, kApostrophe, kEntity, kLong, kCyrillic, kMef, kEstablishment});

        // The tooltip Qt really shows when the mouse rests on the name.
        const AccountFilterProxy *proxy = m_window->studentsPage()->proxy();
        const QModelIndex name = proxy->mapFromSource(
            m_window->studentModel()->index(rowOf(kBold), StudentTableModel::NameColumn));
        QVERIFY(name.isValid());
        table->scrollTo(name);
        const QPoint at = table->visualRect(name).center();
        QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &help);
        QLabel *tip = nullptr;
        QTRY_VERIFY((tip = [] {
                        for (QWidget *w : QApplication::topLevelWidgets()) {
                            if (w->objectName() == u"qtooltip_label"_s && w->isVisible())
                                return qobject_cast<QLabel *>(w);
                        }
                        return static_cast<QLabel *>(nullptr);
                    }()) != nullptr);
        const QString shown = rendered(tip->text(), tip->textFormat());
        QVERIFY2(shown.contains(kBold), qPrintable(shown));
        uitest::snapshot(tip, u"hostile-tooltip"_s);
    }

    void criteriaMenusShowAmpersands()
    {
        auto *classes = m_window->studentsPage()->findChild<MultiSelectButton *>(u"classFilter"_s);
        auto *mefs = m_window->studentsPage()->findChild<MultiSelectButton *>(u"mefFilter"_s);
        QVERIFY(classes);
        QVERIFY(mefs);
        VERIFY_SHOWN_AS_TEXT(classes, {kClass});
        VERIFY_SHOWN_AS_TEXT(mefs, {kMef});

        // Ticking the entries still filters by the values themselves.
        for (auto [button, value] : {std::pair{classes, kClass}, std::pair{mefs, kMef}}) {
            QAction *entry = nullptr;
            for (QAction *action : button->menu()->actions())
                entry = withoutMnemonics(action->text()) == value ? action : entry;
            QVERIFY2(entry, qPrintable(value));
            entry->setChecked(true);
            QCOMPARE(button->selection(), QSet<QString>{value});
            QVERIFY2(withoutMnemonics(button->text()).contains(value), qPrintable(button->text()));
            QVERIFY(renderedToolTip(button->toolTip()).contains(value));
        }
        QCOMPARE(m_window->studentsPage()->proxy()->rowCount(), 3);
        VERIFY_SHOWN_AS_TEXT(m_window.get(), {kClass, kMef});
        uitest::snapshot(m_window.get(), u"hostile-criteria"_s);
    }

    void notifyAndLettersDialogsShowTheNameAsText()
    {
        const int row = rowOf(kBold);
        QVERIFY(row >= 0);
        m_window->studentModel()->setChecked({row}, true);
        auto *notify = m_window->studentsPage()->findChild<QPushButton *>(u"notifyButton"_s);
        QVERIFY(notify);
        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        QTRY_VERIFY(confirm->isVisible());
        // One pupil: the dialog names it, with its class.
        VERIFY_SHOWN_AS_TEXT(confirm, {kBold, kClass});
        uitest::snapshot(confirm, u"hostile-notify-dialog"_s);
        confirm->accept();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(),
                                 30000);
        VERIFY_SHOWN_AS_TEXT(letters, {kBold, kClass});
        uitest::snapshot(letters, u"hostile-letters-dialog"_s);

        // Closing unsaved asks through a real message box, in plain text.
        Qt::TextFormat format = Qt::AutoText;
        QVERIFY(uitest::answerMessageBox([letters]() { letters->reject(); }, QMessageBox::Yes,
                                         [&format](QMessageBox *box) { format = box->textFormat(); }));
        QCOMPARE(format, Qt::PlainText);
        QTRY_VERIFY(!m_window->batchDialog());
    }

    void messageBoxesShowServerTextAsText()
    {
        // A server message that carries a name, through the window's message box door, shown for real.
        const QString message = u"Compte %1 %2 introuvable"_s.arg(kBold, kImage);
        QStringList problems;
        QSet<QString> covered;
        Qt::TextFormat format = Qt::AutoText;
        QVERIFY(uitest::answerMessageBox(
            [this, &message]() { MessageBox::warning(m_window.get(), u"Notification"_s, message); },
            QMessageBox::Ok,
            [&](QMessageBox *box) {
                format = box->textFormat();
                problems = misrendered(shownTexts(box), &covered);
                uitest::snapshot(box, u"hostile-message-box"_s);
            }));
        QCOMPARE(format, Qt::PlainText);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(covered.contains(kBold));
        QVERIFY(covered.contains(kImage));

        // The test seam still answers without showing anything.
        MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(MessageBox::question(m_window.get(), u"?"_s, kBold), QMessageBox::No);
    }

    void homeAndDialogsShowServerTextAsText()
    {
        auto *home = m_window->findChild<HomePage *>();
        QVERIFY(home);
        home->setUser(kBold); // the signed-in user's name comes from the server too
        VERIFY_SHOWN_AS_TEXT(home, {kBold, kEstablishment});
        VERIFY_SHOWN_AS_TEXT(m_window.get(), {kEstablishment});

        // Error messages from the server, in the sign-in and reprint dialogs.
        SignInDialog signIn(m_window.get());
        signIn.showError(kImage);
        VERIFY_SHOWN_AS_TEXT(&signIn, {kImage});
        NotificationRecord record;
        record.classes = {kClass};
        record.letterCount = 1;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.expiresAt = record.createdAt.addMonths(3);
        ReprintDialog reprint({record}, m_window.get());
        reprint.showError(kBold);
        VERIFY_SHOWN_AS_TEXT(&reprint, {kBold});
    }
};

QTEST_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
