// Parents' (responsables') letters: the join with their children and its filing rule, the
// context's addresses, the texts of each variant, the layouts and the distribution sheets, read
// back from the PDFs as a reviewer would.

#include "letters/letter.h"
#include "letters/letterrenderer.h"
#include "testsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

const QString kTeleservices = u"https://teleservices.education.gouv.fr"_s;
const QString kExtraUrl = u"https://ent.college-des-tilleuls.example"_s;

Student pupil(const QString &id, const QString &first, const QString &last, const QString &klass,
              const QDate &born = {}, const QString &level = {})
{
    Student s;
    s.id = id;
    s.firstName = first;
    s.lastName = last;
    s.className = klass;
    s.birthDate = born;
    s.level = level;
    return s;
}

GuardianChild childOf(const Student &s)
{
    GuardianChild c;
    c.id = s.id;
    c.firstName = s.firstName;
    c.lastName = s.lastName;
    c.className = s.className;
    return c;
}

GuardianChild childElsewhere(const QString &first, const QString &last, const QString &klass, const QString &school)
{
    GuardianChild c;
    c.firstName = first;
    c.lastName = last;
    c.className = klass;
    c.uai = u"0450751X"_s;
    c.establishmentName = school;
    return c;
}

Guardian guardian(const QString &id, const QString &first, const QString &last, const QList<GuardianChild> &children)
{
    Guardian g;
    g.id = id;
    g.firstName = first;
    g.lastName = last;
    g.login = first.toLower() + u'.' + last.toLower();
    g.children = children;
    return g;
}

// A parent's letter as guardianLetters makes it, without a batch.
Letter parentLetter(const QString &first, const QString &last, const QString &login, const QString &password,
                    const QList<LetterChild> &children, LetterVariant variant = LetterVariant::Distribution)
{
    Letter l;
    l.kind = AccountKind::Guardian;
    l.accountId = login;
    l.firstName = first;
    l.lastName = last;
    l.login = login;
    l.temporaryPassword = variant == LetterVariant::Redistribution ? QString() : password;
    l.variant = variant;
    l.children = children;
    for (int i = 0; i < children.size(); ++i) {
        if (!children.at(i).isElsewhere()) {
            l.homeChild = i;
            l.className = children.at(i).className;
            break;
        }
    }
    return l;
}

LetterContext parentContext(const QString &extraUrl = {})
{
    const QDate issued(2026, 9, 2);
    return LetterContext{u"Collège des Tilleuls & Arts <Nord>"_s, kTeleservices, issued, letterValidUntil(issued),
                         AccountKind::Guardian, extraUrl};
}

// Two classes of parents: three in 6e B, two in 3e A; filed and sorted as guardianLetters does.
QList<Letter> twoClassesOfParents()
{
    QList<Letter> letters;
    for (int i = 0; i < 3; ++i)
        letters << parentLetter(u"Claire"_s, u"Parent%1"_s.arg(i), u"claire.parent%1"_s.arg(i), u"GGGG000%1"_s.arg(i),
                                {{u"Léo"_s, u"Parent%1"_s.arg(i), u"6e B"_s, {}}});
    for (int i = 0; i < 2; ++i)
        letters << parentLetter(u"Marc"_s, u"Tuteur%1"_s.arg(i), u"marc.tuteur%1"_s.arg(i), u"HHHH000%1"_s.arg(i),
                                {{u"Inès"_s, u"Tuteur%1"_s.arg(i), u"3e A"_s, {}}});
    sortByClassThenName(letters);
    return letters;
}

QString squeezed(QString text)
{
    // pdftotext may break long words across lines and drops a hyphen where a line breaks after it.
    return text.remove(QRegularExpression(u"[\\s\\x{00A0}-]"_s));
}

} // namespace

class TestGuardianLetters : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString render(const QList<Letter> &letters, const LetterContext &ctx = parentContext(),
                   const RenderOptions &options = {})
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"parents-%1.pdf"_s.arg(++n));
        auto texts = LetterRenderer::letterTemplate(AccountKind::Guardian);
        if (!texts.ok())
            return {};
        auto written = LetterRenderer(ctx, texts.value(), options).writePdfFile(path, letters);
        if (!written.ok() || written.value() != letters.size())
            return {};
        return path;
    }

    static QString unescaped(QString html)
    {
        return html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&apos;"_s, u"'"_s)
            .replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
    }

    struct Word
    {
        QRectF box;
        QString text;
    };
    // The words of one page with their boxes (pdftotext -bbox), and the page's size.
    QList<Word> words(const QString &pdf, int page, QSizeF *pageSize)
    {
        const QString html = testsupport::runTool(
            u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
        const auto size = QRegularExpression(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""_s).match(html);
        *pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
        QList<Word> list;
        static const QRegularExpression word(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
        for (const auto &m : word.globalMatch(html)) {
            list.append({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                         unescaped(m.captured(5))});
        }
        return list;
    }

private slots:
    void shippedTemplateHasEveryKey()
    {
        auto t = LetterRenderer::letterTemplate(AccountKind::Guardian);
        QVERIFY(t.ok());
        for (const char *key :
             {"title", "greeting", "intro.distribution", "intro.redistribution", "intro.password_change",
              "children.title", "access.distribution", "access.redistribution", "access.password_change",
              "access.extra", "box.title", "box.login", "box.password", "box.unchanged", "after.distribution",
              "after.redistribution", "after.password_change", "validity", "date", "signature", "footer",
              "qr.caption", "sheet.title", "sheet.subtitle.one", "sheet.subtitle.other", "sheet.note",
              "sheet.columns", "sheet.page", "separator.title", "separator.count.one", "separator.count.other"})
            QVERIFY2(t.value().contains(QString::fromLatin1(key)), key);
        QVERIFY(!t.value().contains(u"class"_s)); // a parent is in no class: the children are listed
        QCOMPARE(t.value().text(u"sheet.columns"_s).split(u'|'),
                 QStringList({u"Responsable"_s, u"Élève"_s, u"Classe"_s, u"Identifiant"_s, u"Remis le"_s,
                              u"Signature"_s}));
    }

    void contextHasTeleservicesAndTheExtraUrlWhenEnabled()
    {
        Establishment e{u"0450750W"_s, u"Collège des Tilleuls"_s, u"CLG"_s,
                        {u"https://pupils.example"_s, true, kExtraUrl, false}};
        const QDateTime notified(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC);
        LetterContext c = letterContext(AccountKind::Guardian, e, e.uai, notified);
        QCOMPARE(c.kind, AccountKind::Guardian);
        QCOMPARE(c.activationUrl, kTeleservices); // always, never the pupils' URL
        QVERIFY(c.extraUrl.isEmpty());
        QCOMPARE(c.validUntil, c.issuedOn.addMonths(3));
        e.notification.guardianUrlEnabled = true;
        c = letterContext(AccountKind::Guardian, e, e.uai, notified);
        QCOMPARE(c.activationUrl, kTeleservices);
        QCOMPARE(c.extraUrl, kExtraUrl);
        // The same address twice is printed once.
        e.notification.guardianUrl = kTeleservices;
        QVERIFY(letterContext(AccountKind::Guardian, e, e.uai, notified).extraUrl.isEmpty());
        // Without the establishment (not synced yet): its UAI, and teleservices still.
        c = letterContext(AccountKind::Guardian, std::nullopt, e.uai, notified);
        QCOMPARE(c.establishmentName, e.uai);
        QCOMPARE(c.activationUrl, kTeleservices);
        // The pupils' context is unchanged by the parents' settings.
        QCOMPARE(letterContext(AccountKind::Student, e, e.uai, notified).activationUrl, u"https://pupils.example"_s);
        QVERIFY(letterContext(AccountKind::Student, e, e.uai, notified).extraUrl.isEmpty());
    }

    void filedUnderTheYoungestChildsClass_data()
    {
        QTest::addColumn<QList<Student>>("pupils");
        QTest::addColumn<QString>("filedClass");
        QTest::addColumn<QString>("homeChild");
        const Student older = pupil(u"E1"_s, u"Hugo"_s, u"Garnier"_s, u"3e A"_s, QDate(2011, 3, 4), u"3EME"_s);
        const Student younger = pupil(u"E2"_s, u"Lina"_s, u"Garnier"_s, u"6e B"_s, QDate(2014, 6, 1), u"6EME"_s);
        QTest::newRow("youngest by birth date") << QList<Student>{older, younger} << u"6e B"_s << u"Lina"_s;
        // A pupil kept down a year: the younger child is in the higher class, and birth dates decide.
        Student keptDown = younger;
        keptDown.className = u"6e B"_s;
        keptDown.birthDate = QDate(2010, 1, 1);
        QTest::newRow("older child in the lower class") << QList<Student>{older, keptDown} << u"3e A"_s << u"Hugo"_s;
        Student twin = older;
        twin.birthDate = younger.birthDate;
        QTest::newRow("same birth date: first class in school order")
            << QList<Student>{twin, younger} << u"6e B"_s << u"Lina"_s;
        Student noDateA = older, noDateB = younger;
        noDateA.birthDate = noDateB.birthDate = QDate();
        QTest::newRow("no birth dates: first class in school order")
            << QList<Student>{noDateA, noDateB} << u"6e B"_s << u"Lina"_s;
        QTest::newRow("a known date wins over an unknown one")
            << QList<Student>{older, noDateB} << u"3e A"_s << u"Hugo"_s;
        // A child the cache does not know yet: the class the server gave, no birth date.
        QTest::newRow("child missing from the pupils") << QList<Student>{older} << u"3e A"_s << u"Hugo"_s;
    }
    void filedUnderTheYoungestChildsClass()
    {
        QFETCH(QList<Student>, pupils);
        const Student older = pupil(u"E1"_s, u"Hugo"_s, u"Garnier"_s, u"3e A"_s);
        const Student younger = pupil(u"E2"_s, u"Lina"_s, u"Garnier"_s, u"6e B"_s);
        const Guardian parent = guardian(u"R1"_s, u"Sophie"_s, u"Garnier"_s,
                                         {childOf(older), childOf(younger),
                                          childElsewhere(u"Tom"_s, u"Garnier"_s, u"1re G2"_s, u"Lycée Voltaire"_s)});
        CredentialBatch batch;
        batch.append(u"b"_s, QDateTime::currentDateTimeUtc(), {},
                     {{u"R1"_s, u"sophie.garnier"_s, u"PT4HUMM2"_s, LetterVariant::Distribution}}, {}, {});
        const QList<Letter> letters = guardianLetters(batch, {parent}, pupils);
        QCOMPARE(letters.size(), 1); // one letter per parent account, whatever the number of children
        const Letter &l = letters.first();
        QCOMPARE(l.kind, AccountKind::Guardian);
        QTEST(l.className, "filedClass");
        QVERIFY(l.homeChildOrNull());
        QTEST(l.homeChildOrNull()->firstName, "homeChild");
        QCOMPARE(l.homeChildOrNull()->className, l.className);
        // Every child is on the letter: this establishment's in school order, then the one elsewhere.
        QCOMPARE(l.children.size(), 3);
        QCOMPARE(l.children.at(0).className, u"6e B"_s);
        QCOMPARE(l.children.at(1).className, u"3e A"_s);
        QCOMPARE(l.children.at(2).otherSchool, u"Lycée Voltaire"_s);
        QVERIFY(!l.children.at(0).isElsewhere());
    }

    void joinSortsByFiledClassAndKeepsUnknownAccounts()
    {
        const Student a = pupil(u"E1"_s, u"Hugo"_s, u"Garnier"_s, u"3e A"_s, QDate(2011, 3, 4), u"3EME"_s);
        const Student b = pupil(u"E2"_s, u"Lina"_s, u"Garnier"_s, u"6e B"_s, QDate(2014, 6, 1), u"6EME"_s);
        const Student c = pupil(u"E3"_s, u"Noé"_s, u"Abadie"_s, u"3e A"_s, QDate(2011, 9, 9), u"3EME"_s);
        const Student d = pupil(u"E4"_s, u"Jade"_s, u"Zeller"_s, u"6e B"_s, QDate(2014, 2, 2), u"6EME"_s);
        const QList<Guardian> parents{
            guardian(u"R1"_s, u"Sophie"_s, u"Garnier"_s, {childOf(a), childOf(b)}),
            guardian(u"R2"_s, u"Paul"_s, u"Abadie"_s, {childOf(c)}),
            guardian(u"R3"_s, u"Anne"_s, u"Zeller"_s, {childOf(d)}),
            guardian(u"R4"_s, u"Yves"_s, u"Ailleurs"_s,
                     {childElsewhere(u"Eva"_s, u"Ailleurs"_s, u"2nde 1"_s, u"Lycée Voltaire"_s)}),
        };
        CredentialBatch batch;
        batch.append(u"b"_s, QDateTime::currentDateTimeUtc(), {},
                     {{u"R4"_s, u"yves.ailleurs"_s, u"AAAA1111"_s, LetterVariant::Distribution},
                      {u"R3"_s, u"anne.zeller"_s, u"BBBB2222"_s, LetterVariant::Distribution},
                      {u"R9"_s, u"x.inconnu"_s, u"CCCC3333"_s, LetterVariant::PasswordChange},
                      {u"R2"_s, u"paul.abadie"_s, QString(), LetterVariant::Redistribution},
                      {u"R1"_s, u"sophie.garnier"_s, u"DDDD4444"_s, LetterVariant::Distribution}},
                     {}, {});
        const QList<Letter> letters = guardianLetters(batch, parents, {a, b, c, d});
        QStringList order, classes;
        for (const Letter &l : letters) {
            order << l.login;
            classes << l.className;
        }
        // 6e B (Garnier, Zeller) before 3e A (Abadie); parents without a class here come last.
        // and by name within a class ("Ailleurs" < "x.inconnu").
        QCOMPARE(order, QStringList({u"sophie.garnier"_s, u"anne.zeller"_s, u"paul.abadie"_s, u"yves.ailleurs"_s,
                                     u"x.inconnu"_s}));
        QCOMPARE(classes, QStringList({u"6e B"_s, u"6e B"_s, u"3e A"_s, QString(), QString()}));
        QVERIFY(!letters.at(3).homeChildOrNull()); // no child here: nobody takes it home
        QCOMPARE(letters.at(3).children.size(), 1);
        // The unknown account keeps its login as name and its password: never dropped.
        QCOMPARE(letters.at(4).lastName, u"x.inconnu"_s);
        QCOMPARE(letters.at(4).temporaryPassword, u"CCCC3333"_s);
        QCOMPARE(letters.at(4).kind, AccountKind::Guardian);
        QVERIFY(letters.at(4).children.isEmpty());
    }

    // The ministry's table (DESIGN.md section 2): state x reset -> variant, and what each says.
    void officialLetterPerStateAndReset_data()
    {
        QTest::addColumn<AccountState>("state");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<bool>("extraUrl");
        for (AccountState state : {AccountState::NotNotified, AccountState::NotifiedNotActivated,
                                   AccountState::ActivationPending, AccountState::Activated}) {
            for (bool reset : {false, true}) {
                for (bool extra : {false, true})
                    QTest::addRow("%s%s%s", qPrintable(accountStateApiName(state)), reset ? ", reset" : "",
                                  extra ? ", extra URL" : "")
                        << state << reset << extra;
            }
        }
    }
    void officialLetterPerStateAndReset()
    {
        QFETCH(AccountState, state);
        QFETCH(bool, reset);
        QFETCH(bool, extraUrl);
        const LetterVariant variant = notifyEffect(state, reset).variant;
        const Letter letter = parentLetter(
            u"Sophie"_s, u"Garnier"_s, u"sophie.garnier"_s, u"PT4HUMM2"_s,
            {{u"Lina"_s, u"Garnier"_s, u"6e B"_s, {}}, {u"Hugo"_s, u"Garnier"_s, u"3e A"_s, {}},
             {u"Tom"_s, u"Garnier"_s, u"1re G2"_s, u"Lycée Voltaire"_s}},
            variant);
        const QString path = render({letter}, parentContext(extraUrl ? kExtraUrl : QString()));
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::pdfPageCount(path), 1);
        const QString page = testsupport::pdfText(path, 1).simplified();
        QVERIFY2(!page.contains(u"Monsieur Sophie"_s), qPrintable(page)); // the greeting names no one
        auto has = [&](const QString &text) { return page.contains(text, Qt::CaseInsensitive); };
        // What every letter carries.
        for (const QString &text :
             {u"Collège des Tilleuls & Arts <Nord>"_s, u"Le 2 septembre 2026"_s, u"Sophie Garnier"_s,
              u"Madame, Monsieur,"_s, u"sophie.garnier"_s, kTeleservices,
              u"Ce courrier est valable jusqu'au 2 décembre 2026."_s, u"La cheffe ou le chef d'établissement"_s,
              u"En cas de difficulté, contactez l'établissement."_s,
              u"Ce compte vous permet de suivre la scolarité de :"_s, u"Lina GARNIER, 6e B"_s,
              u"Hugo GARNIER, 3e A"_s, u"Tom GARNIER, 1re G2, Lycée Voltaire"_s})
            QVERIFY2(has(text), qPrintable(text + u" not in: "_s + page));
        QVERIFY2(has(kExtraUrl) == extraUrl, qPrintable(page));
        QVERIFY(!has(u"Classe :"_s)); // the filing class is for the secretariat, not the parent

        switch (variant) {
        case LetterVariant::Distribution:
            QVERIFY(has(u"PT4HUMM2"_s));
            QVERIFY(has(u"Mot de passe provisoire :"_s));
            QVERIFY(has(u"Le mot de passe est à modifier lors de la première connexion."_s));
            // The two activation steps: first sign-in, then the e-mailed link (and the spam hint).
            QVERIFY(has(u"Pour activer votre compte, deux étapes :"_s));
            QVERIFY(has(u"1. Première connexion"_s));
            QVERIFY(has(u"2. Confirmation de votre adresse mail"_s));
            QVERIFY(has(u"courriers indésirables (spam)"_s));
            QVERIFY(!has(u"Votre mot de passe est inchangé."_s));
            break;
        case LetterVariant::Redistribution:
            QVERIFY(!has(u"PT4HUMM2"_s));
            QVERIFY(!has(u"Mot de passe provisoire"_s));
            QVERIFY(has(u"Votre mot de passe est inchangé."_s));
            QVERIFY(has(u"Cet identifiant reste valable."_s));
            QVERIFY(has(u"« Mot de passe oublié »"_s));
            break;
        case LetterVariant::PasswordChange:
            QVERIFY(has(u"PT4HUMM2"_s));
            QVERIFY(has(u"Un nouveau mot de passe provisoire remplace le précédent"_s));
            QVERIFY(has(u"à modifier lors de votre prochaine connexion"_s));
            QVERIFY(!has(u"Votre mot de passe est inchangé."_s));
            break;
        }
        // Someone who has already signed in is never told to activate the account.
        if (variant != LetterVariant::Distribution) {
            QVERIFY2(!has(u"activ"_s), qPrintable(page));
            QVERIFY(!has(u"indésirable"_s));
        }
    }

    // The shorter texts of 2-up and 4-up still carry everything a letter must.
    void compactLettersCarryEveryItem_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<LetterVariant>("variant");
        for (auto layout : {LetterLayout::TwoUp, LetterLayout::FourUp}) {
            for (auto variant :
                 {LetterVariant::Distribution, LetterVariant::Redistribution, LetterVariant::PasswordChange})
                QTest::addRow("%s, %s", qPrintable(letterLayoutName(layout)), qPrintable(letterVariantApiName(variant)))
                    << layout << variant;
        }
    }
    void compactLettersCarryEveryItem()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(LetterVariant, variant);
        const Letter letter = parentLetter(u"Sophie"_s, u"Garnier"_s, u"sophie.garnier"_s, u"PT4HUMM2"_s,
                                           {{u"Lina"_s, u"Garnier"_s, u"6e B"_s, {}},
                                            {u"Tom"_s, u"Garnier"_s, u"1re G2"_s, u"Lycée Voltaire"_s}},
                                           variant);
        const QString path = render({letter}, parentContext(kExtraUrl), {layout, true, false, false});
        QVERIFY(!path.isEmpty());
        const QString page = testsupport::pdfText(path, 1).simplified();
        auto has = [&](const QString &text) { return page.contains(text, Qt::CaseInsensitive); };
        for (const QString &text :
             {u"Collège des Tilleuls & Arts <Nord>"_s, u"Le 2 septembre 2026"_s, u"Sophie Garnier"_s,
              u"sophie.garnier"_s, kTeleservices, kExtraUrl, u"valable jusqu'au 2 décembre 2026"_s,
              u"La cheffe ou le chef d'établissement"_s, u"En cas de difficulté, contactez l'établissement."_s,
              u"Lina GARNIER, 6e B"_s, u"Tom GARNIER, 1re G2, Lycée Voltaire"_s})
            QVERIFY2(has(text), qPrintable(text + u" not in: "_s + page));
        switch (variant) {
        case LetterVariant::Distribution:
            QVERIFY(has(u"PT4HUMM2"_s));
            QVERIFY(has(u"à modifier lors de la première connexion"_s));
            // The two activation steps, numbered.
            QVERIFY(has(u"Pour activer votre compte : 1. connectez-vous avec l'identifiant et le mot de passe provisoire"_s));
            QVERIFY(has(u"2. Confirmez ensuite votre adresse avec le lien reçu par mail"_s));
            QVERIFY(has(u"courriers indésirables ou spam"_s));
            break;
        case LetterVariant::Redistribution:
            QVERIFY(!has(u"PT4HUMM2"_s));
            QVERIFY(has(u"Cet identifiant reste valable."_s));
            QVERIFY(has(u"Votre mot de passe est inchangé."_s));
            QVERIFY(has(u"« Mot de passe oublié »"_s));
            break;
        case LetterVariant::PasswordChange:
            QVERIFY(has(u"PT4HUMM2"_s));
            QVERIFY(has(u"le précédent ne fonctionne plus"_s));
            QVERIFY(has(u"à modifier lors de la prochaine connexion"_s));
            break;
        }
        if (variant != LetterVariant::Distribution)
            QVERIFY2(!has(u"activ"_s), qPrintable(page));
    }

    void qrCodeHoldsTeleservicesNeverThePassword()
    {
        const QString path = render({parentLetter(u"Sophie"_s, u"Garnier"_s, u"sophie.garnier"_s, u"PT4HUMM2"_s,
                                                  {{u"Lina"_s, u"Garnier"_s, u"6e B"_s, {}}})},
                                    parentContext(kExtraUrl), {LetterLayout::Official, true, false, false});
        QVERIFY(!path.isEmpty());
        const QString prefix = m_dir.filePath(u"qr"_s);
        int code = 0;
        testsupport::runTool(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, path, prefix}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(testsupport::runTool(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, prefix + u".png"_s}).trimmed(), kTeleservices);
    }

    void pageCountsPerLayout_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<bool>("separators");
        QTest::addColumn<bool>("sheets");
        QTest::addColumn<int>("pages");
        // 3 + 2 letters; each class starts on a new sheet.
        QTest::newRow("official") << LetterLayout::Official << false << false << 5;
        QTest::newRow("2up") << LetterLayout::TwoUp << false << false << 2 + 1;
        QTest::newRow("4up") << LetterLayout::FourUp << false << false << 1 + 1;
        QTest::newRow("official + separators") << LetterLayout::Official << true << false << 7;
        QTest::newRow("4up + sheets") << LetterLayout::FourUp << false << true << 4;
        QTest::newRow("2up + both") << LetterLayout::TwoUp << true << true << 7;
    }
    void pageCountsPerLayout()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(bool, separators);
        QFETCH(bool, sheets);
        QFETCH(int, pages);
        const RenderOptions options{layout, true, separators, sheets};
        const QString path = render(twoClassesOfParents(), parentContext(kExtraUrl), options);
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::pdfPageCount(path), pages);
        const LetterRenderer renderer(parentContext(), LetterRenderer::letterTemplate(AccountKind::Guardian).value(),
                                      options);
        QCOMPARE(renderer.pageCount(twoClassesOfParents()), pages);
        const QString text = squeezed(testsupport::pdfText(path));
        for (const Letter &l : twoClassesOfParents()) {
            QVERIFY2(text.contains(l.login), qPrintable(l.login));
            QVERIFY(text.contains(l.temporaryPassword));
            QVERIFY(text.contains(squeezed(l.children.first().firstName + l.children.first().lastName.toUpper())));
        }
        QVERIFY(text.contains(squeezed(kExtraUrl)));
    }

    // A parent with five children, long names, in two schools: every layout keeps every word,
    // inside the page, with no two words on top of each other (text shrinks rather than clips).
    void manyChildrenFitEveryLayout_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<bool>("qr");
        for (auto layout : {LetterLayout::Official, LetterLayout::TwoUp, LetterLayout::FourUp}) {
            for (bool qr : {false, true})
                QTest::addRow("%s%s", qPrintable(letterLayoutName(layout)), qr ? " + QR" : "") << layout << qr;
        }
    }
    void manyChildrenFitEveryLayout()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(bool, qr);
        const QString longLast = u"De La Fontaine Du Bois De Saint-Martin-Des-Champs Et Des Environs Proches Ici"_s;
        const QString longSchool = u"Lycée polyvalent des métiers de l'hôtellerie et de la restauration Auguste Escoffier"_s;
        const QList<LetterChild> children{
            {u"Marie-Ève"_s, longLast, u"6e B"_s, {}},
            {u"Jean-Baptiste"_s, longLast, u"4e Section européenne"_s, {}},
            {u"Anne-Sophie"_s, longLast, u"3e A"_s, {}},
            {u"Pierre-Alexandre"_s, longLast, u"2nde 4"_s, longSchool},
            {u"Louise-Marguerite"_s, longLast, u"Tle STMG 2"_s, longSchool},
        };
        QList<Letter> letters;
        for (const LetterVariant v :
             {LetterVariant::Distribution, LetterVariant::Redistribution, LetterVariant::PasswordChange})
            letters << parentLetter(u"Marie-Christine"_s, longLast, u"marie-christine.delafontaine"_s,
                                    u"PT4HUMM2"_s, children, v);
        // A short letter beside it keeps its full-size type.
        letters << parentLetter(u"Léa"_s, u"Roux"_s, u"lea.roux"_s, u"ZX81QW42"_s, {{u"Tom"_s, u"Roux"_s, u"6e B"_s, {}}});
        const QString path = render(letters, parentContext(kExtraUrl), {layout, qr, false, false});
        QVERIFY(!path.isEmpty());
        const int pages = testsupport::pdfPageCount(path);
        QString all;
        for (int page = 1; page <= pages; ++page) {
            QSizeF size;
            const QList<Word> list = words(path, page, &size);
            QVERIFY(!list.isEmpty());
            // Each cell's footer (« En cas de difficulté… ») is its lowest line: nothing ran into or past it.
            const bool twoColumns = layout == LetterLayout::FourUp;
            const bool twoRows = layout != LetterLayout::Official;
            auto cellOf = [&](const QRectF &box) {
                return (twoRows && box.center().y() > size.height() / 2 ? 2 : 0)
                       + (twoColumns && box.center().x() > size.width() / 2 ? 1 : 0);
            };
            QHash<int, qreal> footerTop;
            for (const Word &w : list) {
                if (w.text == u"difficulté,"_s)
                    footerTop.insert(cellOf(w.box), w.box.top());
            }
            for (const Word &w : list) {
                const qreal top = footerTop.value(cellOf(w.box), -1);
                QVERIFY2(top > 0, qPrintable(u"no footer in the cell of "_s + w.text));
                QVERIFY2(w.box.bottom() <= top + 0.5 || qAbs(w.box.top() - top) < 1.0,
                         qPrintable(w.text + u" is below its cell's footer"_s));
            }
            for (int i = 0; i < list.size(); ++i) {
                const QRectF &a = list.at(i).box;
                QVERIFY2(QRectF(QPointF(0, 0), size).contains(a), qPrintable(list.at(i).text));
                for (int j = i + 1; j < list.size(); ++j) {
                    // A little slack: glyph boxes of adjacent lines touch.
                    const QRectF overlap = a.intersected(list.at(j).box);
                    QVERIFY2(overlap.width() < 0.5 || overlap.height() < 0.5,
                             qPrintable(list.at(i).text + u" overlaps "_s + list.at(j).text));
                }
                all += list.at(i).text + u' ';
            }
        }
        all = squeezed(all);
        for (const LetterChild &child : children) {
            QVERIFY2(all.contains(squeezed(child.firstName + child.lastName.toUpper() + u',' + child.className)),
                     qPrintable(child.firstName));
        }
        QVERIFY(all.contains(squeezed(longSchool)));
        QCOMPARE(all.count(squeezed(longSchool)), 2 * 3);
        QCOMPARE(all.count(u"PT4HUMM2"_s), 2);
        QCOMPARE(all.count(u"ZX81QW42"_s), 1);
        QCOMPARE(all.count(u"Encasdedifficulté,contactezl'établissement."_s), 4);
        QCOMPARE(all.count(u"valablejusqu'au2décembre2026."_s), 4);
        QCOMPARE(all.count(squeezed(kExtraUrl)), 4);
    }

    void hostileNamesPrintAsTyped_data()
    {
        QTest::addColumn<LetterLayout>("layout");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        const QList<std::tuple<const char *, QString, QString>> names{
            {"apostrophe", u"N'Diaye"_s, u"Awa"_s},
            {"ampersand", u"Dupont & Fils"_s, u"Léo"_s},
            {"markup", u"<b>Gras</b>"_s, u"<i>Tom</i>"_s},
            {"cyrillic", u"Иванова"_s, u"Мария"_s},
            {"80 chars, one word", QString(80, u'M'), u"Jean-Baptiste"_s},
            {"80 chars, words", u"De La Fontaine Du Bois De Saint-Martin-Des-Champs Et Des Environs Proches Ici"_s,
             u"Marie-Ève"_s},
        };
        for (auto layout : {LetterLayout::Official, LetterLayout::TwoUp, LetterLayout::FourUp}) {
            for (const auto &[tag, last, first] : names)
                QTest::addRow("%s, %s", qPrintable(letterLayoutName(layout)), tag) << layout << last << first;
        }
    }
    void hostileNamesPrintAsTyped()
    {
        QFETCH(LetterLayout, layout);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        // The parent and the child who takes the letter home share the name; a second child's
        // school has it too.
        const Letter letter = parentLetter(firstName, lastName, u"x.odd12"_s, u"AB12CD34"_s,
                                           {{u"Zoé"_s, lastName, u"6e <B> & Cie"_s, {}},
                                            {firstName, u"Martin"_s, u"2nde 1"_s, u"Lycée "_s + lastName}});
        const QString path = render({letter}, parentContext(), {layout, true, false, true});
        QVERIFY(!path.isEmpty());
        const QString sheet = squeezed(testsupport::pdfText(path, 1));
        const QString page = squeezed(testsupport::pdfText(path, 2));
        QVERIFY2(page.contains(squeezed(firstName + lastName)), qPrintable(page.left(400)));
        QVERIFY(page.contains(squeezed(u"Zoé"_s + lastName.toUpper() + u",6e <B> & Cie"_s)));
        QVERIFY(page.contains(squeezed(firstName + u"MARTIN,2nde1,Lycée "_s + lastName)));
        QVERIFY(page.contains(u"AB12CD34"_s));
        QVERIFY2(sheet.contains(squeezed(lastName.toUpper() + firstName)), qPrintable(sheet.left(400)));
        QVERIFY(sheet.contains(squeezed(lastName.toUpper() + u"Zoé"_s)));
    }

    void distributionSheetNamesParentAndChild()
    {
        const QString path = render(twoClassesOfParents(), parentContext(), {LetterLayout::Official, false, false, true});
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 2 + 5);
        const QString sheet = pages.at(0).simplified();
        for (const char *column : {"Responsable", "Élève", "Classe", "Identifiant", "Remis le", "Signature"})
            QVERIFY2(sheet.contains(QString::fromUtf8(column)), column);
        QVERIFY(sheet.contains(u"Fiche de distribution des identifiants EduConnect des responsables"_s));
        QVERIFY(sheet.contains(u"3 courriers de responsables"_s));
        for (int i = 0; i < 3; ++i) {
            // One row: the parent, the child who takes it home, the class, the identifier.
            QVERIFY2(sheet.contains(u"PARENT%1 Claire PARENT%1 Léo 6e B claire.parent%1"_s.arg(i)), qPrintable(sheet));
            QVERIFY(!sheet.contains(u"GGGG000%1"_s.arg(i))); // never a password
        }
        QVERIFY(!sheet.contains(u"marc.tuteur0"_s)); // 3e A has its own sheet
        const QString second = pages.at(4).simplified();
        QVERIFY(second.contains(u"TUTEUR0 Marc TUTEUR0 Inès 3e A marc.tuteur0"_s));
    }

    void separatorPagesAndOnePdfPerFiledClass()
    {
        const QString path = render(twoClassesOfParents(), parentContext(), {LetterLayout::FourUp, false, true, false});
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 4);
        QVERIFY(pages.at(0).simplified().contains(u"Classe 6e B"_s));
        QVERIFY(pages.at(0).simplified().contains(u"3 courriers pour les responsables"_s));
        QVERIFY(pages.at(2).simplified().contains(u"Classe 3e A"_s));

        const QString folder = m_dir.filePath(u"per-class"_s);
        const LetterRenderer renderer(parentContext(), LetterRenderer::letterTemplate(AccountKind::Guardian).value());
        auto files = renderer.writePdfPerClass(folder, twoClassesOfParents());
        QVERIFY(files.ok());
        QCOMPARE(files.value(), QStringList({folder + u"/6e B.pdf"_s, folder + u"/3e A.pdf"_s}));
        QCOMPARE(testsupport::pdfPageCount(files.value().at(0)), 3);
        QCOMPARE(testsupport::pdfPageCount(files.value().at(1)), 2);
        QVERIFY(testsupport::pdfText(files.value().at(1)).contains(u"marc.tuteur1"_s));
        QVERIFY(!testsupport::pdfText(files.value().at(1)).contains(u"claire.parent0"_s));
    }

    // Classes render on worker threads, run after run as a secretariat does all morning. With
    // std::threads, Qt on Windows tore down each finished worker's font data later from its own
    // watcher thread: under Wine the heap broke within about 17 of these (5 runs out of 5).
    // QThreads finish their own data before wait() returns.
    void perClassRunsAfterOneAnotherOnWorkerThreads()
    {
        for (int run = 0; run < 30 && !QTest::currentTestFailed(); ++run)
            separatorPagesAndOnePdfPerFiledClass();
    }

    void aParentWithoutChildrenHereStillGetsALetter()
    {
        Letter unknown = parentLetter(u""_s, u"x.inconnu"_s, u"x.inconnu"_s, u"CCCC3333"_s, {});
        const QString path = render({unknown}, parentContext(), {LetterLayout::Official, false, true, true});
        QVERIFY(!path.isEmpty());
        const QStringList pages = testsupport::pdfPages(path);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.at(2).simplified().contains(u"CCCC3333"_s));
        QVERIFY(!pages.at(2).contains(u"Ce compte vous permet"_s)); // no empty list
    }

    void pupilsAndParentsDoNotMix()
    {
        QList<Letter> letters = twoClassesOfParents();
        letters.first().kind = AccountKind::Student;
        const LetterRenderer renderer(parentContext(), LetterRenderer::letterTemplate(AccountKind::Guardian).value());
        const QString path = m_dir.filePath(u"mixed.pdf"_s);
        auto written = renderer.writePdfFile(path, letters);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"letters-kind"_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestGuardianLetters)
#include "tst_guardianletters.moc"
