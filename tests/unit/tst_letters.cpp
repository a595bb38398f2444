#include "letters/letterjob.h"
#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/letter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

Letter letter(const QString &klass, const QString &last, const QString &first, const QString &login,
                   const QString &password, LetterVariant variant = LetterVariant::Distribution)
{
    Letter l;
    l.accountId = login;
    l.className = klass;
    l.lastName = last;
    l.firstName = first;
    l.login = login;
    l.temporaryPassword = password;
    l.variant = variant;
    return l;
}

LetterContext context(const QString &url = u"https://educonnect.education.gouv.fr"_s)
{
    return LetterContext{u"Lycée des Métiers & Arts <Nord>"_s, url, QDate(2026, 9, 2), letterValidUntil(QDate(2026, 9, 2))};
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString render(const QList<Letter> &letters, const LetterContext &ctx = context(),
                   const RenderOptions &options = {})
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"letters-%1.pdf"_s.arg(++n));
        auto texts = LetterRenderer::studentTemplate();
        if (!texts.ok())
            return {};
        auto written = LetterRenderer(ctx, texts.value(), options).writePdfFile(path, letters);
        if (!written.ok() || written.value() != letters.size())
            return {};
        return path;
    }

    // Two classes: five pupils in 3e A, three in 3e B, sorted.
    static QList<Letter> twoClasses()
    {
        QList<Letter> letters;
        for (int i = 0; i < 5; ++i)
            letters << letter(u"3e A"_s, u"Nom%1"_s.arg(i), u"Léa"_s, u"l.a%1"_s.arg(i), u"AAAA000%1"_s.arg(i));
        for (int i = 0; i < 3; ++i)
            letters << letter(u"3e B"_s, u"Nom%1"_s.arg(i), u"Tom"_s, u"t.b%1"_s.arg(i), u"BBBB000%1"_s.arg(i));
        return letters;
    }

    // Decodes the QR codes of one page (zbarimg), "" when there is none.
    QString qrOnPage(const QString &pdf, int page)
    {
        const QString prefix = m_dir.filePath(u"qr-page"_s);
        int code = 0;
        testsupport::runTool(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s,
                                             QString::number(page), u"-l"_s, QString::number(page), pdf, prefix},
                             &code);
        if (code != 0)
            return u"<pdftoppm failed>"_s;
        return testsupport::runTool(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, prefix + u".png"_s}).trimmed();
    }

private slots:
    // The no-secrets tests are only as good as their scanner: a password drawn in a PDF is
    // compressed glyph codes that a byte search misses; the scanner must still find it.
    void secretScannerSeesInsidePdfs()
    {
        QTemporaryDir stray;
        QVERIFY(stray.isValid());
        const QString path = render({letter(u"3e A"_s, u"Martin"_s, u"Léa"_s, u"l.martin12"_s, u"QX7K2M9Z"_s)});
        QVERIFY(!path.isEmpty());
        const QString copy = QDir(stray.path()).filePath(u"stray-copy.bin"_s);
        QVERIFY(QFile::copy(path, copy));
        QFile raw(copy);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("QX7K2M9Z")); // invisible to a plain byte search
        QCOMPARE(testsupport::filesContaining(stray.path(), {u"QX7K2M9Z"_s}).size(), 1);
        QVERIFY(testsupport::filesContaining(stray.path(), {u"ZZZZ9999"_s}).isEmpty());
    }

    void templateFillIsOnePass()
    {
        const QString text = LetterTemplate::fill(u"Bonjour {name}, allez sur {url} {unknown}"_s,
                                                  {{u"name"_s, u"{url} <b>&"_s}, {u"url"_s, u"https://x"_s}});
        QCOMPARE(text, u"Bonjour {url} <b>&, allez sur https://x {unknown}"_s);
    }

    void templateParsingAndFrenchSpacing()
    {
        auto t = LetterTemplate::parse(u"# comment\n[a]\nline one\nstill one\n\nsecond « x » : y\n[b]\nz\n"_s);
        QVERIFY(t.ok());
        QCOMPARE(t.value().text(u"a"_s), u"line one still one\nsecond «\u00A0x\u00A0»\u00A0: y"_s);
        QCOMPARE(t.value().text(u"b"_s), u"z"_s);
        QVERIFY(!LetterTemplate::parse(u"# nothing\n"_s).ok());
    }

    void shippedTemplateHasEveryKey()
    {
        auto t = LetterRenderer::studentTemplate();
        QVERIFY(t.ok());
        for (const char *key : {"title", "greeting", "intro.distribution", "intro.redistribution",
                                "intro.password_change", "access.distribution", "access.distribution.url",
                                "access.redistribution", "access.redistribution.url", "access.password_change",
                                "access.password_change.url", "box.title",
                                "box.login", "box.password", "box.unchanged", "after.distribution",
                                "after.redistribution", "after.password_change", "validity", "class", "date",
                                "signature", "footer"})
            QVERIFY2(t.value().contains(QString::fromLatin1(key)), key);
    }

    void sortsByClassThenNameInFrench()
    {
        QList<Letter> letters{
            letter(u"6e B"_s, u"Zola"_s, u"Émile"_s, u"z"_s, u"P1"_s),
            letter(u"2nde 10"_s, u"Abel"_s, u"Léo"_s, u"a10"_s, u"P2"_s),
            letter(u"6e B"_s, u"Émery"_s, u"Léa"_s, u"e"_s, u"P3"_s),
            letter(u"2nde 2"_s, u"Martin"_s, u"Tom"_s, u"m2"_s, u"P4"_s),
            letter(u"6e B"_s, u"Durand"_s, u"Zoé"_s, u"d"_s, u"P5"_s),
            letter(u"6e B"_s, u"Emery"_s, u"Adam"_s, u"e2"_s, u"P6"_s),
        };
        sortByClassThenName(letters);
        QStringList order;
        for (const Letter &l : letters)
            order << l.login;
        // School order (6e before 2nde), "2nde 2" before "2nde 10" (numbers in natural order); É sorts with E.
        QCOMPARE(order, QStringList({u"d"_s, u"e2"_s, u"e"_s, u"z"_s, u"m2"_s, u"a10"_s}));
    }

    void joinsBatchWithPupilsAndKeepsUnknownOnes()
    {
        CredentialBatch batch;
        batch.append(u"b"_s, QDateTime::currentDateTimeUtc(), {}, {{u"E1"_s, u"a.b12"_s, u"AAAA1111"_s, LetterVariant::Distribution},
                                                         {u"E2"_s, u"c.d34"_s, u"BBBB2222"_s, LetterVariant::PasswordChange}},
                     {}, {});
        Student s;
        s.id = u"E1"_s;
        s.lastName = u"Bernard"_s;
        s.firstName = u"Anaïs"_s;
        s.className = u"3e A"_s;
        const QList<Letter> letters = studentLetters(batch, {s});
        QCOMPARE(letters.size(), 2); // the letter for E2 is not dropped
        const auto byLogin = [&](const QString &login) {
            return *std::find_if(letters.cbegin(), letters.cend(), [&](const Letter &l) { return l.login == login; });
        };
        QCOMPARE(byLogin(u"a.b12"_s).firstName, u"Anaïs"_s);
        QCOMPARE(byLogin(u"c.d34"_s).lastName, u"c.d34"_s);
        QCOMPARE(byLogin(u"c.d34"_s).temporaryPassword, u"BBBB2222"_s);
    }

    void contextUsesTheUrlOnlyWhenEnabled()
    {
        Establishment e{u"0450750W"_s, u"LP Rodin"_s, u"LP"_s, {u"https://ent.example"_s, false, QString(), false}};
        const QDateTime notified(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(studentLetterContext(e, e.uai, notified).activationUrl.isEmpty());
        e.notification.pupilUrlEnabled = true;
        const LetterContext c = studentLetterContext(e, e.uai, notified);
        QCOMPARE(c.activationUrl, u"https://ent.example"_s);
        QCOMPARE(c.establishmentName, u"LP Rodin"_s);
        QCOMPARE(c.issuedOn, notified.toLocalTime().date());
        QCOMPARE(c.validUntil, c.issuedOn.addMonths(3));
        QCOMPARE(studentLetterContext(std::nullopt, e.uai, notified).establishmentName, e.uai);
    }

    void validForThreeMonths()
    {
        QCOMPARE(letterValidUntil(QDate(2026, 9, 2)), QDate(2026, 12, 2));
        QCOMPARE(letterValidUntil(QDate(2026, 11, 30)), QDate(2027, 2, 28));
    }

    void oneLetterPerPageWithItsCredentials()
    {
        const QList<Letter> letters{
            letter(u"3e A"_s, u"Martin"_s, u"Léa"_s, u"l.martin12"_s, u"PT4HUMM2"_s),
            letter(u"3e A"_s, u"Petit"_s, u"Noé"_s, u"n.petit40"_s, QString(), LetterVariant::Redistribution),
            letter(u"3e B"_s, u"Roux"_s, u"Inès"_s, u"i.roux77"_s, u"Z8K2M4Q7"_s, LetterVariant::PasswordChange),
        };
        const QString path = render(letters);
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::pdfPageCount(path), 3);
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString page = pages.at(i).simplified();
            QVERIFY2(page.contains(letters.at(i).login), qPrintable(page));
            QVERIFY(page.contains(u"Mise à disposition de votre compte Éducation nationale EduConnect"_s));
            QVERIFY(page.contains(u"Lycée des Métiers & Arts <Nord>"_s)); // drawn as text, not markup
            QVERIFY(page.contains(u"Classe\u00A0: "_s + letters.at(i).className)
                    || page.contains(u"Classe : "_s + letters.at(i).className));
            QVERIFY(page.contains(u"La cheffe ou le chef d'établissement"_s));
            QVERIFY(page.contains(u"En cas de difficulté, contactez l'établissement."_s));
            QVERIFY(page.contains(u"https://educonnect.education.gouv.fr"_s));
            QVERIFY(page.contains(u"2 décembre 2026"_s)); // valid until
        }
        QVERIFY(pages.at(0).simplified().contains(u"PT4HUMM2"_s));
        QVERIFY(pages.at(0).simplified().contains(u"Le mot de passe est à modifier lors de la première connexion."_s));
        QVERIFY(pages.at(1).simplified().contains(u"Votre mot de passe est inchangé."_s));
        QVERIFY(!pages.at(1).simplified().contains(u"Mot de passe provisoire"_s));
        QVERIFY(pages.at(2).simplified().contains(u"Z8K2M4Q7"_s));
        QVERIFY(pages.at(2).simplified().contains(u"remplace le précédent"_s));
    }

    void oddNamesPrintWhole_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        const QList<std::tuple<const char *, QString, QString>> names{
            {"apostrophe", u"N'Diaye"_s, u"Awa"_s},
            {"ampersand", u"Dupont & Fils"_s, u"Léo"_s},
            {"markup", u"<b>Gras</b>"_s, u"<i>Tom</i>"_s},
            {"cyrillic", u"Иванова"_s, u"Мария"_s},
            {"greek", u"Παπαδόπουλος"_s, u"Νίκος"_s},
            // 80 characters without a space: must wrap or shrink, never be clipped.
            {"80 chars, one word", QString(80, u'M'), u"Jean-Baptiste"_s},
            {"80 chars, words", u"De La Fontaine Du Bois De Saint-Martin-Des-Champs Et Des Environs Proches Ici"_s,
             u"Marie-Ève"_s},
        };
        for (auto layout : {LetterLayout::Official, LetterLayout::TwoUp, LetterLayout::FourUp}) {
            for (const auto &[tag, last, first] : names)
                QTest::addRow("%s, %s", qPrintable(letterLayoutName(layout)), tag) << layout << last << first;
        }
    }
    void oddNamesPrintWhole()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        const QString path = render({letter(u"3e A"_s, lastName, firstName, u"x.odd12"_s, u"AB12CD34"_s)}, context(),
                                    {layout, true, false, true});
        QVERIFY(!path.isEmpty());
        // pdftotext may break long words across lines: compare without any whitespace.
        // pdftotext also drops a hyphen where a line breaks after it.
        auto squeezed = [](QString text) { return text.remove(QRegularExpression(u"[\\s-]"_s)); };
        const QString sheet = squeezed(testsupport::pdfText(path, 1));
        const QString page = squeezed(testsupport::pdfText(path, 2));
        QVERIFY2(page.contains(squeezed(firstName + lastName)), qPrintable(page.left(400)));
        QVERIFY(page.contains(u"AB12CD34"_s));
        QVERIFY2(sheet.contains(squeezed(lastName.toUpper() + firstName)), qPrintable(sheet.left(400)));
    }

    void fontsAreEmbedded()
    {
        const QString path = render({letter(u"3e A"_s, u"Martin"_s, u"Léa"_s, u"l.martin12"_s, u"PT4HUMM2"_s)});
        int code = 0;
        const QString fonts = testsupport::runTool(u"pdffonts"_s, {path}, &code);
        QCOMPARE(code, 0);
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        // The bundled fonts: the same output on every machine.
        // (The PDF names it JetBrainsMono-Bold on Linux, JetBrainsMonoBold on Windows.)
        QVERIFY2(fonts.contains(QRegularExpression(u"JetBrainsMono-?Bold"_s)), qPrintable(fonts));
        QVERIFY2(fonts.contains(u"DejaVuSans"_s), qPrintable(fonts));
        for (const QString &row : rows)
            QVERIFY2(row.contains(u" yes "_s), qPrintable(row)); // "emb" column
    }

    void pageCountsPerLayout_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<bool>("separators");
        QTest::addColumn<bool>("sheets");
        QTest::addColumn<int>("pages");
        // 5 + 3 letters; each class starts on a new sheet.
        QTest::newRow("official") << LetterLayout::Official << false << false << 8;
        QTest::newRow("2up") << LetterLayout::TwoUp << false << false << 3 + 2;
        QTest::newRow("4up") << LetterLayout::FourUp << false << false << 2 + 1;
        QTest::newRow("official + separators") << LetterLayout::Official << true << false << 10;
        QTest::newRow("4up + sheets") << LetterLayout::FourUp << false << true << 5;
        QTest::newRow("2up + both") << LetterLayout::TwoUp << true << true << 9;
    }
    void pageCountsPerLayout()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(bool, separators);
        QFETCH(bool, sheets);
        QFETCH(int, pages);
        const RenderOptions options{layout, false, separators, sheets};
        const QString path = render(twoClasses(), context(), options);
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::pdfPageCount(path), pages);
        QCOMPARE(LetterRenderer(context(), LetterRenderer::studentTemplate().value(), options).pageCount(twoClasses()),
                 pages);
        // Every letter is there, with its password, whatever the layout.
        QString text = testsupport::pdfText(path);
        for (const Letter &l : twoClasses()) {
            QVERIFY2(text.contains(l.login), qPrintable(l.login));
            QVERIFY(text.contains(l.temporaryPassword));
        }
    }

    void distributionSheetListsPupilsWithoutPasswords()
    {
        const QString path = render(twoClasses(), context(), {LetterLayout::Official, false, false, true});
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 10);
        const QString sheet = pages.at(0).simplified();
        for (const char *column : {"Élève", "Classe", "Identifiant", "Remis le", "Signature"})
            QVERIFY2(sheet.contains(QString::fromUtf8(column)), column);
        QVERIFY(sheet.contains(u"Fiche de distribution"_s));
        QVERIFY(sheet.contains(u"5 élèves"_s));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(sheet.contains(u"l.a%1"_s.arg(i)));
            QVERIFY(!sheet.contains(u"AAAA000%1"_s.arg(i))); // never a password on the sheet
        }
        QVERIFY(!sheet.contains(u"t.b0"_s)); // 3e B has its own sheet
        QVERIFY(pages.at(6).simplified().contains(u"t.b0"_s));
    }

    void separatorPageNamesTheClass()
    {
        const QString path = render(twoClasses(), context(), {LetterLayout::FourUp, false, true, false});
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 5);
        QVERIFY(pages.at(0).simplified().contains(u"Classe 3e A"_s));
        QVERIFY(pages.at(0).simplified().contains(u"5 courriers"_s));
        QVERIFY(pages.at(3).simplified().contains(u"Classe 3e B"_s));
    }

    void qrCodeHoldsTheActivationUrl_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::newRow("official") << LetterLayout::Official;
        QTest::newRow("2up") << LetterLayout::TwoUp;
        QTest::newRow("4up") << LetterLayout::FourUp;
    }
    void qrCodeHoldsTheActivationUrl()
    {
        QFETCH(LetterLayout, layout);
        const QString url = u"https://educonnect.education.gouv.fr"_s;
        const QString path = render({letter(u"3e A"_s, u"Martin"_s, u"Léa"_s, u"l.martin12"_s, u"PT4HUMM2"_s)},
                                    context(url), {layout, true, false, false});
        QVERIFY(!path.isEmpty());
        const QString decoded = qrOnPage(path, 1);
        QCOMPARE(decoded, url); // the URL, and nothing else: never the password
    }

    void noQrCodeWithoutAnActivationUrl()
    {
        const QString path = render({letter(u"3e A"_s, u"Martin"_s, u"Léa"_s, u"l.martin12"_s, u"PT4HUMM2"_s)},
                                    context(QString()), {LetterLayout::Official, true, false, false});
        QVERIFY(!path.isEmpty());
        QCOMPARE(qrOnPage(path, 1), QString());
        QVERIFY(testsupport::pdfText(path).simplified()
                    .contains(u"adresse internet communiquée par l'établissement"_s));
    }

    void onePdfPerClass()
    {
        const QString folder = m_dir.filePath(u"per-class"_s);
        const LetterRenderer renderer(context(), LetterRenderer::studentTemplate().value());
        int lastProgress = 0;
        auto files = renderer.writePdfPerClass(folder, twoClasses(), [&](int done) {
            lastProgress = std::max(lastProgress, done); // calls may come from several threads
            return true;
        });
        QVERIFY(files.ok());
        QCOMPARE(files.value(), QStringList({folder + u"/3e A.pdf"_s, folder + u"/3e B.pdf"_s}));
        QCOMPARE(testsupport::pdfPageCount(files.value().at(0)), 5);
        QCOMPARE(testsupport::pdfPageCount(files.value().at(1)), 3);
        QCOMPARE(lastProgress, 8); // progress counts across the files
    }

    // A cancelled or failed per-class run leaves the folder as it was: an earlier run's file of
    // the same class is neither deleted nor half overwritten.
    void aStoppedPerClassRunLeavesTheFolderAsItWas()
    {
        const QString folder = m_dir.filePath(u"per-class-kept"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile earlier(folder + u"/3e B.pdf"_s);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("letters of an earlier run");
        earlier.close();
        const LetterRenderer renderer(context(), LetterRenderer::studentTemplate().value());
        auto files = renderer.writePdfPerClass(folder, twoClasses(), [](int done) { return done < 6; });
        QVERIFY(!files.ok());
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"3e B.pdf"_s});
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("letters of an earlier run"));
    }

    void fileNamesForClasses_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << u"3e A"_s << u"3e A.pdf"_s;
        QTest::newRow("slash") << u"1re G1/G2"_s << u"1re G1_G2.pdf"_s;
        QTest::newRow("windows-reserved") << u"BTS <MSP>: 1?"_s << u"BTS _MSP__ 1_.pdf"_s;
        QTest::newRow("trailing dots") << u"6e B.."_s << u"6e B.pdf"_s;
        QTest::newRow("empty") << u"  "_s << u"sans-classe.pdf"_s;
        QTest::newRow("accents kept") << u"2nde Européenne"_s << u"2nde Européenne.pdf"_s;
    }
    void fileNamesForClasses()
    {
        QFETCH(QString, className);
        QTEST(LetterRenderer::fileNameForClass(className), "fileName");
    }

    void layoutNames()
    {
        for (auto layout : {LetterLayout::Official, LetterLayout::TwoUp, LetterLayout::FourUp})
            QCOMPARE(letterLayoutFromName(letterLayoutName(layout)), std::optional<LetterLayout>(layout));
        QVERIFY(!letterLayoutFromName(u"8up").has_value());
    }

    void failedWriteLeavesNoFileAndSaysWhy()
    {
        auto texts = LetterRenderer::studentTemplate();
        const LetterRenderer renderer(context(), texts.value());
        const QString path = m_dir.filePath(u"no-such-folder/letters.pdf"_s);
        auto written = renderer.writePdfFile(path, {letter(u"3e A"_s, u"M"_s, u"L"_s, u"l.m1"_s, u"AAAA1111"_s)});
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u"no-such-folder"_s));
        QVERIFY(!QFile::exists(path));
    }

    void cancellingLeavesNoPartialFile()
    {
        auto texts = LetterRenderer::studentTemplate();
        const LetterRenderer renderer(context(), texts.value());
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        QList<Letter> letters;
        for (int i = 0; i < 5; ++i)
            letters << letter(u"3e A"_s, u"Nom%1"_s.arg(i), u"P"_s, u"l%1"_s.arg(i), u"AAAA111%1"_s.arg(i));
        auto written = renderer.writePdfFile(path, letters, [](int done) { return done < 2; });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"cancelled"_s);
        QVERIFY(!QFile::exists(path));
    }

    void aJobRunsOffTheCallingThreadAndCanBeCancelled()
    {
        QThread *caller = QThread::currentThread();
        std::atomic<QThread *> worker{nullptr};
        // Work that goes on until told to stop, so cancelling is not a race.
        LetterJob job([&](const LetterRenderer::Progress &progress) -> Result<int> {
            worker = QThread::currentThread();
            int done = 0;
            QElapsedTimer timer;
            timer.start();
            while (progress(++done)) {
                if (timer.elapsed() > 20000)
                    return done; // a test that forgot to cancel fails below, it does not hang
                QThread::yieldCurrentThread();
            }
            return Error{u"cancelled"_s, u"cancelled"_s};
        });
        QSignalSpy progress(&job, &LetterJob::progress);
        QSignalSpy finished(&job, &LetterJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(progress.wait(10000)); // progress arrives on the caller's thread while it runs
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.isRunning());
        QVERIFY(worker.load() != caller);
        QCOMPARE(finished.first().first().value<Result<int>>().error().code, u"cancelled"_s);
    }

    void noLettersIsAnError()
    {
        auto texts = LetterRenderer::studentTemplate();
        auto written = LetterRenderer(context(), texts.value()).writePdfFile(m_dir.filePath(u"empty.pdf"_s), {});
        QVERIFY(!written.ok());
    }
};

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
