#include "guardiandata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// Fictional adults: first names of parents' generations, so a letter never mixes up a parent and
// a child. Guardians of pupils whose names are in another script get names in that script.
const QStringList kAdultFirstNames{
    u"Nathalie"_s,    u"Isabelle"_s,        u"Sandrine"_s, u"Céline"_s,   u"Aurélie"_s,      u"Véronique"_s,
    u"Hélène"_s,      u"Sophie"_s,          u"Émilie"_s,   u"Amélie"_s,   u"Nadia"_s,        u"Fatima"_s,
    u"Karima"_s,      u"Stéphanie"_s,       u"Virginie"_s, u"Laëtitia"_s, u"Marie-Hélène"_s, u"Anne-Laure"_s,
    u"Agnès"_s,       u"Maïté"_s,           u"Soazig"_s,   u"Stéphane"_s, u"Laurent"_s,      u"Christophe"_s,
    u"Frédéric"_s,    u"Sébastien"_s,       u"Olivier"_s,  u"Jérôme"_s,   u"Thierry"_s,      u"Grégory"_s,
    u"Cédric"_s,      u"Karim"_s,           u"Mohamed"_s,  u"Hervé"_s,    u"Joël"_s,         u"Jean-Marc"_s,
    u"Pierre-Yves"_s, u"François-Xavier"_s, u"Gaëtan"_s,   u"Rémi"_s,     u"Yannick"_s,      u"Moussa"_s};
const QStringList kCyrillicAdultNames{u"Ольга"_s, u"Сергей"_s, u"Наталья"_s, u"Андрей"_s};
const QStringList kGreekAdultNames{u"Γιώργος"_s, u"Μαρία"_s, u"Κώστας"_s, u"Σοφία"_s};

// Other establishments where some guardians have a child: fictional names, real UAI shapes.
struct OtherSchool
{
    int number; // the UAI's 7 digits; the check letter is computed
    QString name;
    QStringList classes;
};

const QList<OtherSchool> &otherSchools()
{
    static const QStringList primary{u"CP"_s, u"CE1"_s, u"CE2"_s, u"CM1"_s, u"CM2"_s};
    static const QStringList college{u"6e B"_s, u"5e A"_s, u"5e D"_s, u"4e B"_s, u"3e C"_s};
    static const QStringList lycee{u"2nde 4"_s, u"2nde 7"_s, u"1re G3"_s, u"Tle G5"_s, u"Tle STI2D"_s};
    static const QList<OtherSchool> schools{
        {452301, u"École élémentaire Les Tournesols"_s, primary},
        {452318, u"École primaire des Coquelicots"_s, primary},
        {451844, u"Collège des Grands Chênes"_s, college},
        {451907, u"Collège Les Hirondelles"_s, college},
        {452133, u"Lycée des Glycines"_s, lycee},
        {452256, u"Lycée professionnel du Pré-Vert"_s, {u"CAP 1 EPC"_s, u"2nde MRC"_s, u"1re MELEC"_s}},
        {780412, u"Collège du Bois-Joli"_s, college},
        {330987, u"École élémentaire du Port-Vieux"_s, primary},
    };
    return schools;
}

const QStringList &adultNamesFor(const QString &surname)
{
    const QChar first = surname.isEmpty() ? QChar() : surname.at(0);
    if (first.script() == QChar::Script_Cyrillic)
        return kCyrillicAdultNames;
    if (first.script() == QChar::Script_Greek)
        return kGreekAdultNames;
    return kAdultFirstNames;
}

QString importKey(const ImportedGuardian &g)
{
    return g.lastName.trimmed().toCaseFolded() + u'\n' + g.firstName.trimmed().toCaseFolded() + u'\n' +
           g.email.trimmed().toCaseFolded();
}

void attach(GuardianRecord &guardian, PupilRecord &pupil)
{
    if (!guardian.childIds.contains(pupil.id))
        guardian.childIds.append(pupil.id);
    if (!pupil.guardianIds.contains(guardian.id))
        pupil.guardianIds.append(guardian.id);
}

void addOtherChild(GuardianRecord &guardian, const OtherChild &child)
{
    if (!guardian.otherChildren.contains(child))
        guardian.otherChildren.append(child);
}

} // namespace

FamilyGenerator::FamilyGenerator(DemoDataGenerator &generator) : m_generator(generator)
{
}

int FamilyGenerator::familySize()
{
    // 82 % only children (at this school), 16 % two, 2 % three: about 1.2 pupils per family,
    // which with 92 % two-guardian families gives the 1.6 accounts per pupil schools see.
    const quint32 roll = m_generator.random(100);
    return roll < 82 ? 1 : roll < 98 ? 2 : 3;
}

QList<GuardianRecord> FamilyGenerator::generate(QList<PupilRecord> &pupils, QSet<QString> &logins)
{
    // Pupils grouped by surname, groups in order of first appearance (a QHash only finds the
    // group: its iteration order changes from one process to the next).
    QHash<QString, int> groupOf;
    QList<QList<int>> groups;
    for (int i = 0; i < pupils.size(); ++i) {
        auto it = groupOf.constFind(pupils.at(i).lastName);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(pupils.at(i).lastName, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    QList<int> order;
    order.reserve(pupils.size());
    for (const QList<int> &group : std::as_const(groups))
        order += group;

    // Consecutive pupils of that order make a family: siblings share a surname, except the few
    // families that straddle two groups (blended families).
    QList<GuardianRecord> guardians;
    guardians.reserve(pupils.size() * 8 / 5 + 8);
    qsizetype at = 0;
    while (at < order.size()) {
        const int size = familySize();
        QList<int> family{order.at(at++)};
        QStringList firstNames{pupils.at(family.first()).firstName};
        // Two children of one family never share a first name.
        while (family.size() < size && at < order.size() &&
               !firstNames.contains(pupils.at(order.at(at)).firstName)) {
            firstNames.append(pupils.at(order.at(at)).firstName);
            family.append(order.at(at++));
        }
        addFamily(pupils, family, guardians, logins);
    }
    return guardians;
}

void FamilyGenerator::addFamily(QList<PupilRecord> &pupils, const QList<int> &family,
                                QList<GuardianRecord> &guardians, QSet<QString> &logins)
{
    const PupilRecord &firstChild = pupils.at(family.first());
    const QString surname = firstChild.lastName; // the family name, for a blended family too
    const QString uai = firstChild.uai;
    const QStringList &adultNames = adultNamesFor(surname);
    QStringList firstNames;
    for (int index : family)
        firstNames << pupils.at(index).firstName;

    const int guardianCount = m_generator.random(100) < 8 ? 1 : 2;
    QList<GuardianRecord> parents;
    for (int g = 0; g < guardianCount; ++g) {
        // The second guardian sometimes has a surname of their own.
        QString lastName = surname;
        if (g == 1 && &adultNames == &kAdultFirstNames && m_generator.random(4) == 0)
            lastName = demoLastNames().at(m_generator.random(quint32(demoLastNames().size())));
        QString firstName = adultNames.at(m_generator.random(quint32(adultNames.size())));
        if (g == 1 && firstName == parents.first().firstName)
            firstName = adultNames.at((adultNames.indexOf(firstName) + 1) % adultNames.size());
        parents << makeGuardian(uai, lastName, firstName, logins);
        assignAccount(parents.last(), nullptr);
    }
    for (int index : family) {
        for (GuardianRecord &parent : parents)
            attach(parent, pupils[index]);
    }
    // About one family in eight also has a child at another school, usually one.
    if (m_generator.random(8) == 0) {
        const int others = m_generator.random(5) == 0 ? 2 : 1;
        for (int i = 0; i < others; ++i) {
            const OtherChild child = makeOtherChild(surname, firstNames);
            firstNames << child.firstName;
            for (GuardianRecord &parent : parents) {
                // A step-parent (another surname) is not that child's guardian.
                if (parent.lastName == surname || &parent == &parents.first())
                    addOtherChild(parent, child);
            }
        }
    }
    guardians += parents;
}

GuardianRecord FamilyGenerator::makeGuardian(const QString &uai, const QString &lastName,
                                             const QString &firstName, QSet<QString> &logins)
{
    GuardianRecord g;
    g.id = u"R%1"_s.arg(m_generator.takeGuardianNumber(), 6, 10, QChar(u'0'));
    g.uai = uai;
    g.lastName = lastName;
    g.firstName = firstName;
    g.login = m_generator.makeGuardianLogin(firstName, lastName, logins);
    return g;
}

namespace {

// A mobile number for most parents, always for those who registered themselves by SMS, in the
// range ARCEP keeps for fiction (06 39 98 xx xx). Drawn from the identifier, not from the
// generator, so that adding it left every seeded data set as it was.
QString fictionalMobile(const GuardianRecord &g)
{
    // FNV-1a over the identifier's UTF-8: the same on every machine and Qt version (qHash is not).
    quint32 h = 2166136261u;
    for (const char c : g.login.toUtf8())
        h = (h ^ quint8(c)) * 16777619u;
    if (g.origin != u"guardian"_s && h % 10 >= 6)
        return {};
    const quint32 digits = (h / 10) % 10000;
    return u"06 39 98 %1 %2"_s.arg(digits / 100, 2, 10, QChar(u'0')).arg(digits % 100, 2, 10, QChar(u'0'));
}

} // namespace

void FamilyGenerator::assignAccount(GuardianRecord &g, const QString *importedEmail)
{
    // Parents self-register more than pupils (SMS, FranceConnect); a quarter were never notified.
    const QDate &today = m_generator.today();
    const quint32 roll = m_generator.random(100);
    quint32 emailChance = 0; // percent
    if (roll < 24) {
        g.state = u"not_notified"_s;
        g.origin = u"unknown"_s;
        emailChance = 35;
    } else if (roll < 42) {
        g.state = u"notified"_s;
        g.origin = u"school"_s;
        g.provisionalPassword = m_generator.makePassword();
        emailChance = 50;
    } else if (roll < 48) {
        // Waiting for the confirmation link sent to their address: they have one.
        g.state = u"activation_pending"_s;
        g.origin = u"school"_s;
        emailChance = 100;
    } else {
        g.state = u"activated"_s;
        const quint32 o = m_generator.random(20);
        g.origin = o < 9 ? u"school"_s : o < 16 ? u"franceconnect"_s : u"guardian"_s;
        emailChance = 85;
    }
    if (g.origin == u"school"_s) {
        g.notifiedAt = today.addDays(-qint64(m_generator.random(400)) - 1);
        if (g.state == u"activation_pending"_s || g.state == u"activated"_s)
            g.lastLoginAt = m_generator.loginAfter(g.notifiedAt, 30);
    } else if (g.state == u"activated"_s) {
        // Self-registered: never notified by the school, signed in on their own.
        g.lastLoginAt = m_generator.loginAfter(today.addDays(-qint64(m_generator.random(400)) - 1), 1);
    }
    g.mobile = fictionalMobile(g);
    if (importedEmail) {
        g.email = importedEmail->trimmed();
        // Without an address no confirmation link can be waiting: notified, not yet signed in.
        if (g.email.isEmpty() && g.state == u"activation_pending"_s) {
            g.state = u"notified"_s;
            g.lastLoginAt = QDateTime();
            g.provisionalPassword = m_generator.makePassword();
        }
        return;
    }
    static const QStringList domains{u"example.org"_s, u"example.net"_s, u"example.com"_s};
    if (m_generator.random(100) < emailChance)
        g.email = g.login + u'@' + domains.at(m_generator.random(quint32(domains.size())));
}

OtherChild FamilyGenerator::makeOtherChild(const QString &lastName, const QStringList &takenFirstNames)
{
    const OtherSchool &school = otherSchools().at(m_generator.random(quint32(otherSchools().size())));
    const QStringList &names = demoFirstNames();
    QString firstName = names.at(m_generator.random(quint32(names.size())));
    while (takenFirstNames.contains(firstName))
        firstName = names.at((names.indexOf(firstName) + 1) % names.size());
    return OtherChild{uaiOf(school.number), school.name, lastName, firstName,
                      school.classes.at(m_generator.random(quint32(school.classes.size())))};
}

QList<GuardianRecord> FamilyGenerator::fromImport(QList<PupilRecord> &pupils,
                                                  const QList<QList<ImportedGuardian>> &guardiansOf,
                                                  QSet<QString> &logins)
{
    QList<GuardianRecord> guardians;
    QHash<QString, qsizetype> indexOf; // import key -> guardian
    for (qsizetype i = 0; i < pupils.size() && i < guardiansOf.size(); ++i) {
        for (const ImportedGuardian &imported : guardiansOf.at(i)) {
            const QString key = importKey(imported);
            auto it = indexOf.constFind(key);
            if (it == indexOf.constEnd()) {
                guardians << makeGuardian(pupils.at(i).uai, imported.lastName.trimmed(),
                                          imported.firstName.trimmed(), logins);
                assignAccount(guardians.last(), &imported.email);
                it = indexOf.insert(key, guardians.size() - 1);
            }
            GuardianRecord &guardian = guardians[*it];
            attach(guardian, pupils[i]);
            for (const OtherChild &child : imported.otherChildren)
                addOtherChild(guardian, child);
        }
    }
    return guardians;
}

bool readImportedGuardians(const QJsonValue &value, int pupilIndex, QList<ImportedGuardian> *guardians,
                           QString *error)
{
    if (!value.isArray()) {
        *error = u"pupil #%1: \"guardians\" must be an array"_s.arg(pupilIndex);
        return false;
    }
    int g = 0;
    for (const QJsonValue item : value.toArray()) {
        ++g;
        const QJsonObject o = item.toObject();
        ImportedGuardian guardian{o.value(u"lastName"_s).toString(),
                                  o.value(u"firstName"_s).toString(),
                                  o.value(u"email"_s).toString(),
                                  {}};
        // The identifier is firstname.surname: both are needed.
        if (guardian.lastName.trimmed().isEmpty() || guardian.firstName.trimmed().isEmpty()) {
            *error = u"pupil #%1, guardian #%2 needs \"lastName\" and \"firstName\""_s.arg(pupilIndex).arg(g);
            return false;
        }
        if (o.contains(u"otherChildren"_s) && !o.value(u"otherChildren"_s).isArray()) {
            *error = u"pupil #%1, guardian #%2: \"otherChildren\" must be an array"_s.arg(pupilIndex).arg(g);
            return false;
        }
        int c = 0;
        for (const QJsonValue childValue : o.value(u"otherChildren"_s).toArray()) {
            ++c;
            const QJsonObject child = childValue.toObject();
            OtherChild other{child.value(u"uai"_s).toString().trimmed().toUpper(),
                             child.value(u"establishmentName"_s).toString().trimmed(),
                             child.value(u"lastName"_s).toString().trimmed(),
                             child.value(u"firstName"_s).toString().trimmed(),
                             child.value(u"className"_s).toString().trimmed()};
            if (!isValidUai(other.uai) || other.establishmentName.isEmpty() || other.lastName.isEmpty() ||
                other.firstName.isEmpty()) {
                *error = u"pupil #%1, guardian #%2, other child #%3 needs a valid \"uai\" (7 digits + check "
                         u"letter), \"establishmentName\", \"lastName\" and \"firstName\""_s.arg(pupilIndex)
                             .arg(g)
                             .arg(c);
                return false;
            }
            guardian.otherChildren << other;
        }
        guardians->append(guardian);
    }
    return true;
}

} // namespace sandbox
