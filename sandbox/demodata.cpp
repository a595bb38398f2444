#include "demodata.h"

#include "guardiandata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// Fictional people only. Common French first names and surnames, with the shapes that break
// naive code: diacritics, apostrophes, hyphens, particles, and a few non-Latin scripts.
const QStringList kFirstNames{
    u"Emma"_s,     u"Léa"_s,     u"Chloé"_s,    u"Inès"_s,     u"Manon"_s,     u"Jade"_s,     u"Zoé"_s,
    u"Maëlys"_s,   u"Anaïs"_s,   u"Éloïse"_s,   u"Clémence"_s, u"Noémie"_s,    u"Héloïse"_s,  u"Océane"_s,
    u"Lina"_s,     u"Aïcha"_s,   u"Fatoumata"_s, u"Anne-Sophie"_s, u"Marie-Ève"_s, u"Bérénice"_s, u"Agathe"_s,
    u"Lucas"_s,    u"Léo"_s,     u"Noé"_s,      u"Hugo"_s,     u"Gabriel"_s,   u"Raphaël"_s,  u"Mathéo"_s,
    u"Loïc"_s,     u"Anaël"_s,   u"Jérémy"_s,   u"Théo"_s,     u"Enzo"_s,      u"Yanis"_s,    u"Mamadou"_s,
    u"Jean-Baptiste"_s, u"François"_s, u"Émile"_s, u"Gaël"_s,  u"Benoît"_s,    u"Côme"_s,     u"Ismaël"_s,
    u"Nathan"_s,   u"Sacha"_s,   u"Timothée"_s, u"Kylian"_s,   u"Adèle"_s,     u"Capucine"_s, u"Romane"_s};
const QStringList kLastNames{
    u"Martin"_s,   u"Bernard"_s, u"Dubois"_s,   u"Thomas"_s,   u"Robert"_s,    u"Richard"_s,  u"Petit"_s,
    u"Durand"_s,   u"Leroy"_s,   u"Moreau"_s,   u"Simon"_s,    u"Laurent"_s,   u"Lefèvre"_s,  u"Michel"_s,
    u"Garcia"_s,   u"David"_s,   u"Bertrand"_s, u"Roux"_s,     u"Vincent"_s,   u"Fournier"_s, u"Morel"_s,
    u"Girard"_s,   u"André"_s,   u"Mercier"_s,  u"Dupont"_s,   u"Lambert"_s,   u"Bonnet"_s,   u"François"_s,
    u"Martinez"_s, u"Legrand"_s, u"Garnier"_s,  u"Faure"_s,    u"Rousseau"_s,  u"Blanc"_s,    u"Guérin"_s,
    u"Müller"_s,   u"Henry"_s,   u"Roussel"_s,  u"Nicolas"_s,  u"Perrin"_s,    u"Morin"_s,    u"Mathieu"_s,
    u"Clément"_s,  u"Gauthier"_s, u"Dumont"_s,  u"Lopez"_s,    u"Fontaine"_s,  u"Chevalier"_s, u"Robin"_s,
    u"N'Diaye"_s,  u"D'Almeida"_s, u"Le Goff"_s, u"Le Gall"_s, u"Da Silva"_s,  u"Dupont-Moreau"_s,
    u"Benoît-Lefèbvre"_s, u"Traoré"_s, u"Ben Saïd"_s, u"Nguyễn"_s, u"Öztürk"_s, u"L'Hôte"_s, u"De La Fontaine"_s,
    u"Kévorkian"_s, u"Boucher-Aïssaoui"_s, u"Wiśniewski"_s};
// A few pupils whose names are written in another script.
const QList<QPair<QString, QString>> kNonLatinNames{
    {u"Папазян"_s, u"Анна"_s},      // Armenian surname in Cyrillic
    {u"Παπαδόπουλος"_s, u"Νίκος"_s}, // Greek
    {u"Иванова"_s, u"Мария"_s},     // Cyrillic
    {u"Ζαχαρίου"_s, u"Ελένη"_s},    // Greek
};

struct ClassSpec
{
    QString name;
    QString level;
    QString mefCode;
    QString mefLabel;
    int age; // age at the start of the school year
};

const QList<ClassSpec> &classSpecs()
{
    static const QList<ClassSpec> specs{
        {u"6e A"_s, u"6EME"_s, u"10010012110"_s, u"6EME"_s, 11},
        {u"6e B"_s, u"6EME"_s, u"10010012110"_s, u"6EME"_s, 11},
        {u"6e C"_s, u"6EME"_s, u"10010012110"_s, u"6EME"_s, 11},
        {u"5e A"_s, u"5EME"_s, u"10110001110"_s, u"5EME"_s, 12},
        {u"5e B"_s, u"5EME"_s, u"10110001110"_s, u"5EME"_s, 12},
        {u"5e C"_s, u"5EME"_s, u"10110001110"_s, u"5EME"_s, 12},
        {u"4e A"_s, u"4EME"_s, u"10210001110"_s, u"4EME"_s, 13},
        {u"4e B"_s, u"4EME"_s, u"10210001110"_s, u"4EME"_s, 13},
        {u"4e C"_s, u"4EME"_s, u"10210001110"_s, u"4EME"_s, 13},
        {u"3e A"_s, u"3EME"_s, u"10310019110"_s, u"3EME"_s, 14},
        {u"3e B"_s, u"3EME"_s, u"10310019110"_s, u"3EME"_s, 14},
        {u"3e C"_s, u"3EME"_s, u"10310019110"_s, u"3EME"_s, 14},
        {u"2nde 1"_s, u"2NDE"_s, u"20010018110"_s, u"2NDE GENERALE ET TECHNO."_s, 15},
        {u"2nde 2"_s, u"2NDE"_s, u"20010018110"_s, u"2NDE GENERALE ET TECHNO."_s, 15},
        {u"2nde 3"_s, u"2NDE"_s, u"20010018110"_s, u"2NDE GENERALE ET TECHNO."_s, 15},
        {u"2nde GATL"_s, u"2NDPRO"_s, u"24734403310"_s, u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s, 15},
        {u"1re G1"_s, u"1ERE"_s, u"20111011110"_s, u"1ERE GENERALE"_s, 16},
        {u"1re G2"_s, u"1ERE"_s, u"20111011110"_s, u"1ERE GENERALE"_s, 16},
        {u"1re STMG"_s, u"1ERE"_s, u"21131002110"_s, u"1ERE STMG"_s, 16},
        {u"Tle G1"_s, u"TLE"_s, u"20212011110"_s, u"TERMINALE GENERALE"_s, 17},
        {u"Tle G2"_s, u"TLE"_s, u"20212011110"_s, u"TERMINALE GENERALE"_s, 17},
        {u"Tle STMG"_s, u"TLE"_s, u"21232002110"_s, u"TLE STMG MERCATIQUE (MARKETING)"_s, 17},
        {u"BTS MSP 1"_s, u"1BTS2"_s, u"32020104210"_s, u"1BTS2 MAINTEN.SYST. OPT.A SYST.PRODUCT"_s, 18},
        {u"BTS MSP 2"_s, u"2BTS2"_s, u"32120104210"_s, u"2BTS2 MAINTEN.SYST. OPT.A SYST.PRODUCT"_s, 19},
    };
    return specs;
}

} // namespace

const QStringList &demoFirstNames()
{
    return kFirstNames;
}

const QStringList &demoLastNames()
{
    return kLastNames;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80 && c.isLetter())
            out += c.toLower();
    }
    return out;
}

bool isValidUai(const QString &uai)
{
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    if (uai.size() != 8)
        return false;
    bool ok = false;
    const int number = uai.left(7).toInt(&ok);
    return ok && uai.left(7).size() == 7 && uai.at(7).toUpper() == letters.at(number % 23);
}

QString uaiOf(int number)
{
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    return u"%1%2"_s.arg(number, 7, 10, QChar(u'0')).arg(letters.at(number % 23));
}

DemoDataGenerator::DemoDataGenerator(quint32 seed, const QDate &today)
    : m_seed(seed), m_today(today), m_state(0x9E3779B97F4A7C15ull ^ seed)
{
}

// splitmix64: small, fast, and the same sequence on every platform (QRandomGenerator's is not
// documented as stable across Qt versions).
quint32 DemoDataGenerator::next(quint32 bound)
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return bound == 0 ? 0 : quint32(z % bound);
}

QString DemoDataGenerator::makeLogin(const QString &firstName, const QString &lastName, QSet<QString> &taken)
{
    QString initial = asciiFold(firstName).left(1);
    QString surname = asciiFold(lastName);
    if (initial.isEmpty())
        initial = u"e"_s;
    if (surname.isEmpty())
        surname = u"eleve"_s;
    surname.truncate(20);
    return uniqueLogin(u"%1.%2"_s.arg(initial, surname), taken);
}

QString DemoDataGenerator::makeGuardianLogin(const QString &firstName, const QString &lastName,
                                             QSet<QString> &taken)
{
    QString first = asciiFold(firstName);
    QString surname = asciiFold(lastName);
    if (first.isEmpty())
        first = u"parent"_s;
    if (surname.isEmpty())
        surname = u"responsable"_s;
    first.truncate(20);
    surname.truncate(20);
    return uniqueLogin(u"%1.%2"_s.arg(first, surname), taken);
}

QString DemoDataGenerator::uniqueLogin(const QString &base, QSet<QString> &taken)
{
    // Two random digits look like real identifiers, but a common name (or every non-Latin name,
    // which folds to "e.eleve") has only 90 of them: after a few collisions, count upwards from
    // 100 instead, so generation always ends and the digits never clash with the random range.
    constexpr int kRandomTries = 8;
    for (int i = 0; i < kRandomTries; ++i) {
        const QString login = base + QString::number(next(90) + 10);
        if (!taken.contains(login)) {
            taken.insert(login);
            return login;
        }
    }
    int &counter = m_nextLoginSuffix[base];
    if (counter < 100)
        counter = 100;
    QString login;
    do {
        login = base + QString::number(counter++);
    } while (taken.contains(login));
    taken.insert(login);
    return login;
}

QDateTime DemoDataGenerator::loginAfter(const QDate &from, int withinDays)
{
    // A first sign-in after the letter, but never in the future (nor later today than now).
    QDate day = from.addDays(next(quint32(withinDays)));
    if (day >= m_today)
        day = m_today.addDays(-1);
    return QDateTime(day, QTime(8 + int(next(10)), int(next(60))), Qt::UTC);
}

QString DemoDataGenerator::makePassword()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString password;
    for (int i = 0; i < 8; ++i)
        password += QLatin1Char(alphabet[next(36)]);
    return password;
}

PupilRecord DemoDataGenerator::makePupil(const QString &uai, const QString &lastName, const QString &firstName,
                                         const QString &className, const QString &level, const QString &mefCode,
                                         const QString &mefLabel, int birthYear, QSet<QString> &logins)
{
    PupilRecord p;
    p.id = u"E%1"_s.arg(m_nextId++, 6, 10, QChar(u'0'));
    p.uai = uai;
    p.lastName = lastName;
    p.firstName = firstName;
    p.birthDate = QDate(birthYear, int(next(12)) + 1, int(next(28)) + 1);
    p.className = className;
    p.level = level;
    p.mefCode = mefCode;
    p.mefLabel = mefLabel;
    p.login = makeLogin(firstName, lastName, logins);

    // Newcomers (6e, first-year BTS) are mostly never notified; elder pupils mostly active.
    const bool newcomer = level == u"6EME"_s || level == u"1BTS2"_s;
    const quint32 roll = next(100);
    if (newcomer ? roll < 70 : roll < 8) {
        p.state = u"not_notified"_s;
        p.origin = u"unknown"_s;
    } else if (newcomer ? roll < 85 : roll < 25) {
        p.state = u"notified"_s;
        p.origin = u"school"_s;
        p.provisionalPassword = makePassword();
    } else if (newcomer ? roll < 90 : roll < 32) {
        p.state = u"activation_pending"_s;
        p.origin = u"school"_s;
    } else {
        p.state = u"activated"_s;
        const quint32 o = next(10);
        p.origin = o < 7 ? u"school"_s : o < 9 ? u"franceconnect"_s : u"guardian"_s;
    }
    if (p.state != u"not_notified"_s) {
        p.notifiedAt = m_today.addDays(-qint64(next(400)) - 1);
        if (p.state == u"activation_pending"_s || p.state == u"activated"_s)
            p.lastLoginAt = loginAfter(p.notifiedAt, 30);
    }
    if (p.state != u"not_notified"_s && next(3) == 0)
        p.email = p.login + u"@example.org"_s;
    return p;
}

EstablishmentRecord DemoDataGenerator::demoEstablishment()
{
    return {u"0459876R"_s, u"Cité scolaire des Tilleuls"_s, u"CITE SCOLAIRE"_s,
            u"https://educonnect.education.gouv.fr"_s, true, QString(), false};
}

EstablishmentRecord DemoDataGenerator::secondDemoEstablishment()
{
    return {uaiOf(451442), u"Lycée Simone-Veil"_s, u"LYCEE"_s, u"https://educonnect.education.gouv.fr"_s, false,
            QString(), false};
}

DemoData DemoDataGenerator::generate(int pupilCount)
{
    return generate(pupilCount, demoEstablishment());
}

DemoData DemoDataGenerator::generate(int pupilCount, const EstablishmentRecord &establishment)
{
    DemoData data;
    data.establishment = establishment;
    QSet<QString> &logins = m_logins;
    const QList<ClassSpec> &specs = classSpecs();
    const int startYear = m_today.month() >= 9 ? m_today.year() : m_today.year() - 1;
    for (int i = 0; i < pupilCount; ++i) {
        // Round-robin over classes keeps class sizes even for any count.
        const ClassSpec &spec = specs.at(i % specs.size());
        QString lastName;
        QString firstName;
        if (next(120) == 0) {
            const auto &name = kNonLatinNames.at(next(quint32(kNonLatinNames.size())));
            lastName = name.first;
            firstName = name.second;
        } else {
            lastName = kLastNames.at(next(quint32(kLastNames.size())));
            firstName = kFirstNames.at(next(quint32(kFirstNames.size())));
        }
        data.pupils << makePupil(data.establishment.uai, lastName, firstName, spec.name, spec.level, spec.mefCode,
                                 spec.mefLabel, startYear - spec.age, logins);
    }
    // Guardians come after every pupil: the pupils of a seed stay those of earlier versions.
    data.guardians = FamilyGenerator(*this).generate(data.pupils, logins);
    return data;
}

DemoData DemoDataGenerator::fromImport(const EstablishmentRecord &establishment, const QList<ImportedPupil> &pupils)
{
    DemoData data;
    data.establishment = establishment;
    QSet<QString> &logins = m_logins;
    QList<QList<ImportedGuardian>> guardiansOf;
    const int startYear = m_today.month() >= 9 ? m_today.year() : m_today.year() - 1;
    for (const ImportedPupil &p : pupils) {
        data.pupils << makePupil(establishment.uai, p.lastName, p.firstName, p.className, p.level, QString(), p.mef,
                                 startYear - 15, logins);
        guardiansOf << p.guardians;
    }
    data.guardians = FamilyGenerator(*this).fromImport(data.pupils, guardiansOf, logins);
    return data;
}

bool readImportFile(const QString &path, EstablishmentRecord *establishment, QList<ImportedPupil> *pupils,
                    QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject e = doc.object().value(u"establishment"_s).toObject();
    establishment->uai = e.value(u"uai"_s).toString().toUpper();
    establishment->name = e.value(u"name"_s).toString();
    establishment->type = e.value(u"type"_s).toString();
    if (!isValidUai(establishment->uai) || establishment->name.isEmpty()) {
        *error = u"establishment needs a valid \"uai\" (7 digits + check letter) and a \"name\""_s;
        return false;
    }
    const QJsonArray list = doc.object().value(u"pupils"_s).toArray();
    int index = 0;
    for (const QJsonValue item : list) {
        ++index;
        const QJsonObject o = item.toObject();
        ImportedPupil p{o.value(u"lastName"_s).toString(),  o.value(u"firstName"_s).toString(),
                        o.value(u"className"_s).toString(), o.value(u"mef"_s).toString(),
                        o.value(u"level"_s).toString(),     {}};
        if (p.lastName.trimmed().isEmpty() || p.className.trimmed().isEmpty()) {
            *error = u"pupil #%1 needs \"lastName\" and \"className\""_s.arg(index);
            return false;
        }
        // Older import files have no guardians: their pupils simply get none.
        if (o.contains(u"guardians"_s) &&
            !readImportedGuardians(o.value(u"guardians"_s), index, &p.guardians, error))
            return false;
        pupils->append(p);
    }
    return true;
}

} // namespace sandbox
