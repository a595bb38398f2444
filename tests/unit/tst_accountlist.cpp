// « Lister les comptes » without a server: the rows and their order, the hidden and shown
// passwords, the CSV that French Excel and LibreOffice open (read back by Python's csv module,
// hostile and formula-like names included), and the PDF list read back with poppler.

#include "exports/accountlist.h"
#include "exports/csv.h"

#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

const Establishment kSchool{u"0450750W"_s, u"Collège <b>Les Tilleuls</b> & Cie"_s, u"CLG"_s, {}};
const QDateTime kMadeAt(QDate(2026, 9, 14), QTime(8, 30, 5));

Student pupil(const QString &id, const QString &last, const QString &first, const QString &className,
              AccountState state, const QStringList &guardianIds = {})
{
    Student s;
    s.id = id;
    s.lastName = last;
    s.firstName = first;
    s.className = className;
    s.level = className.startsWith(u"6"_s) ? u"6EME"_s : u"3EME"_s;
    s.login = u"l."_s + id.toLower();
    s.state = state;
    s.guardianIds = guardianIds;
    return s;
}

Guardian guardian(const QString &id, const QString &last, const QString &first, const QList<GuardianChild> &children,
                AccountState state = AccountState::NotifiedNotActivated)
{
    Guardian g;
    g.id = id;
    g.lastName = last;
    g.firstName = first;
    g.login = first.toLower() + u'.' + id.toLower();
    g.state = state;
    g.children = children;
    return g;
}

// Names a spreadsheet would run as formulas, or that break naive CSV and markup.
const QStringList kHostile{
    u"=HYPERLINK(\"http://example.org/?x\",\"Cliquez\")"_s,
    u"+33 6 12 34 56 78"_s,
    u"-2+3"_s,
    u"@SUM(A1:A9)"_s,
    u"\tTabulé"_s,
    u"\rRetour"_s,
    u"N'Diaye; \"Ben\" Ali"_s,
    u"<b>Gras</b> & Cie"_s,
    u"Иванова"_s,
    u"Ligne\nDeux"_s,
};

QString neutralised(const QString &value)
{
    return QStringLiteral("=+-@\t\r").contains(value.front()) ? u'\'' + value : value;
}

} // namespace

class TestAccountList : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void rowsAreSortedByClassThenNameWithTheOtherKindsNames()
    {
        const QList<Guardian> parents{guardian(u"R1"_s, u"Durand"_s, u"Awa"_s, {}),
                                      guardian(u"R2"_s, u"Émery"_s, u"Luc"_s, {})};
        const QList<Student> pupils{
            pupil(u"E3"_s, u"Zola"_s, u"Léa"_s, u"3e A"_s, AccountState::Activated),
            pupil(u"E1"_s, u"Émile"_s, u"Jean"_s, u"6e B"_s, AccountState::NotNotified, {u"R1"_s, u"R2"_s}),
            pupil(u"E2"_s, u"Emery"_s, u"Paul"_s, u"6e B"_s, AccountState::NotifiedNotActivated),
            pupil(u"E4"_s, u"Abel"_s, u"Zoé"_s, u"3e A"_s, AccountState::ActivationPending),
        };
        const AccountList list = AccountList::of(kSchool, pupils, parents, kMadeAt);
        QCOMPARE(list.kind(), AccountKind::Student);
        QStringList order;
        for (const AccountListRow &r : list.rows())
            order << r.id;
        // 6e before 3e (school order), then names in French order: « Émile » with « Emile ».
        QCOMPARE(order, (QStringList{u"E2"_s, u"E1"_s, u"E4"_s, u"E3"_s}));
        QCOMPARE(list.rows().at(1).relatives, u"DURAND Awa, ÉMERY Luc"_s);
        QCOMPARE(list.rows().at(0).relatives, QString());

        // Parents: their children here with their class, and those elsewhere with their school.
        const Guardian family = guardian(u"R9"_s, u"Martin"_s, u"Anne"_s,
                                       {{u"E1"_s, u"Émile"_s, u"Jean"_s, {}, {}, {}},
                                        {{}, u"Martin"_s, u"Théo"_s, {}, u"0451234X"_s, u"École du Lac"_s}});
        const AccountList parentsList = AccountList::of(kSchool, QList<Guardian>{family}, pupils, kMadeAt);
        QCOMPARE(parentsList.kind(), AccountKind::Guardian);
        QCOMPARE(parentsList.rows().at(0).className, u"6e B"_s);
        QCOMPARE(parentsList.rows().at(0).relatives, u"ÉMILE Jean (6e B), MARTIN Théo (École du Lac)"_s);
    }

    void passwordsAreHiddenUnlessShownAndWiped()
    {
        AccountList list = AccountList::of(kSchool, {pupil(u"E1"_s, u"A"_s, u"B"_s, u"3e A"_s,
                                                           AccountState::NotifiedNotActivated)},
                                           QList<Guardian>{}, kMadeAt);
        const AccountListRow row = list.rows().at(0);
        list.setPassword(u"E1"_s, u"PT4HUMM2"_s);
        QCOMPARE(list.passwordCell(row), u"******"_s); // fetched, but the list does not show passwords
        list.setShowsPasswords(true);
        QCOMPARE(list.passwordCell(row), u"PT4HUMM2"_s);
        list.wipe();
        QCOMPARE(list.passwordCell(row), u"******"_s);
    }

    void defaultFileNames()
    {
        QCOMPARE(AccountList::defaultFileName(AccountKind::Student, kMadeAt), u"Educonnect-ListeEleves-20260914083005"_s);
        QCOMPARE(AccountList::defaultFileName(AccountKind::Guardian, kMadeAt),
                 u"Educonnect-ListeResponsables-20260914083005"_s);
    }

    void csvFieldsAreQuotedAndFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Dupont"_s << u"\"Dupont\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
        QTest::newRow("quote") << u"Ben \"Ali\""_s << u"\"Ben \"\"Ali\"\"\""_s;
        QTest::newRow("equals") << u"=1+1"_s << u"\"'=1+1\""_s;
        QTest::newRow("plus") << u"+33"_s << u"\"'+33\""_s;
        QTest::newRow("minus") << u"-1"_s << u"\"'-1\""_s;
        QTest::newRow("at") << u"@A1"_s << u"\"'@A1\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("inside is fine") << u"Jean-Paul = 1"_s << u"\"Jean-Paul = 1\""_s;
    }

    void csvFieldsAreQuotedAndFormulasNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csvField(value), expected);
    }

    // The whole file, as Excel and LibreOffice in French read it, and as Python's csv module
    // parses it back: every hostile name comes back intact, formula-like ones as text.
    void csvReadsBackWithHostileNames()
    {
        QList<Student> pupils;
        for (int i = 0; i < kHostile.size(); ++i)
            pupils << pupil(u"E%1"_s.arg(i), kHostile.at(i), kHostile.at(kHostile.size() - 1 - i), u"3e A"_s,
                            AccountState::NotifiedNotActivated);
        AccountList list = AccountList::of(kSchool, pupils, QList<Guardian>{}, kMadeAt);
        list.setShowsPasswords(true);
        list.setPassword(u"E0"_s, u"AB12CD34"_s);
        const QString path = m_dir.filePath(u"hostile.csv"_s);
        const auto written = writeAccountListCsv(list, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"UAI\";\"")); // UTF-8 BOM, quoted, semicolons
        QVERIFY(bytes.endsWith("\"\r\n"));
        QVERIFY(!bytes.contains("\"\n")); // every record ends with CRLF
        QVERIFY(!bytes.contains(";=") && !bytes.contains(";\"=")); // no cell starts a formula

        const auto rows = testsupport::readCsv(path);
        QVERIFY2(rows, "Python's csv module could not read the file");
        QCOMPARE(rows->size(), pupils.size() + 1);
        QCOMPARE(rows->at(0), (QStringList{u"UAI"_s, u"Establishment"_s, u"Last name"_s, u"First name"_s,
                                           u"Level"_s, u"Class"_s, u"Parents"_s, u"Identifier"_s, u"State"_s,
                                           u"Password"_s}));
        // Spelled out for two hostile names, so that the rule is not only checked against itself.
        QHash<QString, QStringList> byId;
        for (int r = 1; r < rows->size(); ++r)
            byId.insert(u"E"_s + rows->at(r).at(7).mid(3), rows->at(r)); // login "l.eN" -> "EN"
        QCOMPARE(byId.value(u"E0"_s).at(2), u"'=HYPERLINK(\"HTTP://EXAMPLE.ORG/?X\",\"CLIQUEZ\")"_s);
        QCOMPARE(byId.value(u"E1"_s).at(2), u"'+33 6 12 34 56 78"_s);
        QCOMPARE(byId.value(u"E6"_s).at(2), u"N'DIAYE; \"BEN\" ALI"_s);
        for (int r = 1; r < rows->size(); ++r) {
            const QStringList &fields = rows->at(r);
            const AccountListRow &row = list.rows().at(r - 1);
            QCOMPARE(fields.size(), 10);
            QCOMPARE(fields.at(0), kSchool.uai);
            QCOMPARE(fields.at(1), kSchool.name);
            QCOMPARE(fields.at(2), neutralised(row.lastName.toUpper()));
            QCOMPARE(fields.at(3), neutralised(row.firstName));
            QCOMPARE(fields.at(7), row.login);
            QCOMPARE(fields.at(9), row.id == u"E0"_s ? u"AB12CD34"_s : u"******"_s);
        }
    }

    // The PDF list: every account on it (as plain text, markup shown as typed), the header on
    // every page, pages numbered, passwords hidden unless shown.
    void pdfListReadsBack()
    {
        QList<Student> pupils;
        for (int i = 0; i < 120; ++i)
            pupils << pupil(u"E%1"_s.arg(i, 3, 10, QLatin1Char('0')), kHostile.at(i % kHostile.size()).simplified(),
                            u"Prénom%1"_s.arg(i), i < 60 ? u"6e B"_s : u"3e A"_s, AccountState::NotifiedNotActivated);
        pupils << pupil(u"E999"_s, QString(200, u'W'), u"Long"_s, u"3e A"_s, AccountState::Activated);
        AccountList list = AccountList::of(kSchool, pupils, QList<Guardian>{}, kMadeAt);
        list.setShowsPasswords(true);
        list.setPassword(u"E007"_s, u"ZX98CV76"_s);
        const QString path = m_dir.filePath(u"list.pdf"_s);
        const auto pages = writeAccountListPdf(list, path);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QVERIFY(pages.value() > 2);
        QCOMPARE(testsupport::pdfPageCount(path), pages.value());
        const QStringList texts = testsupport::pdfPages(path);
        QString all;
        for (int p = 0; p < texts.size(); ++p) {
            QVERIFY2(texts.at(p).contains(u"Identifier"_s), "the header repeats on every page");
            QVERIFY(texts.at(p).contains(u"Page %1 / %2"_s.arg(p + 1).arg(pages.value())));
            all += texts.at(p);
        }
        const QString flat = QString(all).remove(QRegularExpression(u"\\s"_s));
        for (const Student &s : std::as_const(pupils))
            QVERIFY2(flat.contains(s.login), qPrintable(s.login));
        QVERIFY(flat.contains(u"<B>GRAS</B>&CIE"_s));
        QVERIFY(flat.contains(u"ИВАНОВА"_s));
        QVERIFY(flat.contains(QString(200, u'W')));
        QVERIFY(all.contains(u"ZX98CV76"_s));
        QCOMPARE(all.count(u"******"_s), pupils.size() - 1);
    }

    void unwritableFilesSayWhy()
    {
        const AccountList list = AccountList::of(kSchool, QList<Student>{}, QList<Guardian>{}, kMadeAt);
        const QString path = m_dir.filePath(u"no/such/folder/list.csv"_s);
        const auto csv = writeAccountListCsv(list, path);
        QVERIFY(!csv);
        QVERIFY(csv.error().message.contains(u"list.csv"_s));
        const auto pdf = writeAccountListPdf(list, m_dir.filePath(u"no/such/folder/list.pdf"_s));
        QVERIFY(!pdf);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestAccountList)
#include "tst_accountlist.moc"
