#include "jsonmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace educonnect::json {

namespace {

// Translation context of this file's messages.
struct JsonMapping
{
    Q_DECLARE_TR_FUNCTIONS(JsonMapping)
};

Error malformed(const QString &detail)
{
    return Error{u"malformed-response"_s, JsonMapping::tr("The server sent data this client cannot read (%1).").arg(detail)};
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(JsonMapping::tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(JsonMapping::tr("a JSON object was expected"));
    return document.object();
}

// Required string field; empty is allowed only when allowEmpty.
Result<QString> requiredString(const QJsonObject &o, const QString &key, bool allowEmpty = false)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return malformed(JsonMapping::tr("field \"%1\" is missing or not text").arg(key));
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty())
        return malformed(JsonMapping::tr("field \"%1\" is empty").arg(key));
    return s;
}

// Optional string: null or absent -> empty; anything else but a string is malformed.
Result<QString> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString(u""_s);
    if (!v.isString())
        return malformed(JsonMapping::tr("field \"%1\" is not text").arg(key));
    return v.toString();
}

// Optional true/false: null or absent -> false; anything else but a boolean is malformed.
Result<bool> optionalBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        return malformed(JsonMapping::tr("field \"%1\" is not true or false").arg(key));
    return v.toBool();
}

Result<QDate> optionalDate(const QJsonObject &o, const QString &key)
{
    auto s = optionalString(o, key);
    if (!s)
        return s.error();
    if (s.value().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(s.value(), Qt::ISODate);
    if (!date.isValid())
        return malformed(JsonMapping::tr("field \"%1\" is not a date: %2").arg(key, s.value().left(40)));
    return date;
}

Result<QDateTime> optionalDateTime(const QJsonObject &o, const QString &key)
{
    auto s = optionalString(o, key);
    if (!s)
        return s.error();
    if (s.value().isEmpty())
        return QDateTime();
    const QDateTime dt = QDateTime::fromString(s.value(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return malformed(JsonMapping::tr("field \"%1\" is not a date and time: %2").arg(key, s.value().left(40)));
    return dt;
}

Result<QStringList> stringArray(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return malformed(JsonMapping::tr("field \"%1\" is missing").arg(key));
        return QStringList();
    }
    if (!v.isArray())
        return malformed(JsonMapping::tr("field \"%1\" is not a list").arg(key));
    QStringList list;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            return malformed(JsonMapping::tr("field \"%1\" holds something other than text").arg(key));
        list << item.toString();
    }
    return list;
}

// Keeps the first error of a chain of field reads.
#define EC_TRY_ASSIGN(target, expr)                                                                         \
    do {                                                                                                     \
        auto r_ = (expr);                                                                                    \
        if (!r_)                                                                                             \
            return r_.error();                                                                               \
        target = r_.takeValue();                                                                             \
    } while (false)

// Common fields of every account (pupil or parent): state, origin, e-mail, dates.
template <typename Account>
Result<void> readAccountFields(const QJsonObject &o, Account &a)
{
    QString state;
    auto stateField = requiredString(o, u"state"_s);
    if (!stateField)
        return stateField.error();
    state = stateField.takeValue();
    const auto parsedState = accountStateFromApiName(state);
    if (!parsedState)
        return malformed(JsonMapping::tr("unknown account state \"%1\"").arg(state.left(40)));
    a.state = *parsedState;
    auto origin = optionalString(o, u"origin"_s);
    if (!origin)
        return origin.error();
    // An origin this client does not know yet is shown as « Non renseigné », not an error.
    a.origin = accountOriginFromApiName(origin.value()).value_or(AccountOrigin::Unknown);
    auto email = optionalString(o, u"email"_s);
    auto notifiedAt = optionalDate(o, u"notifiedAt"_s);
    auto lastLoginAt = optionalDateTime(o, u"lastLoginAt"_s);
    for (const Error *e : {email ? nullptr : &email.error(), notifiedAt ? nullptr : &notifiedAt.error(),
                           lastLoginAt ? nullptr : &lastLoginAt.error()}) {
        if (e)
            return *e;
    }
    a.email = email.takeValue();
    a.notifiedAt = notifiedAt.takeValue();
    a.lastLoginAt = lastLoginAt.takeValue();
    // Absent (an older server): not known to be provisional.
    const QJsonValue provisional = o.value(u"passwordProvisional"_s);
    if (!provisional.isUndefined() && !provisional.isNull() && !provisional.isBool())
        return malformed(JsonMapping::tr("field \"%1\" is not true or false").arg(u"passwordProvisional"_s));
    a.passwordProvisional = provisional.toBool(false);
    return Result<void>::success();
}

} // namespace

Result<Student> studentFromJson(const QJsonObject &o)
{
    Student s;
    EC_TRY_ASSIGN(s.id, requiredString(o, u"id"_s));
    EC_TRY_ASSIGN(s.lastName, requiredString(o, u"lastName"_s));
    EC_TRY_ASSIGN(s.firstName, requiredString(o, u"firstName"_s, true));
    EC_TRY_ASSIGN(s.birthDate, optionalDate(o, u"birthDate"_s));
    EC_TRY_ASSIGN(s.className, requiredString(o, u"className"_s));
    EC_TRY_ASSIGN(s.level, optionalString(o, u"level"_s));
    const QJsonValue mef = o.value(u"mef"_s);
    if (mef.isObject()) {
        EC_TRY_ASSIGN(s.mef.code, optionalString(mef.toObject(), u"code"_s));
        EC_TRY_ASSIGN(s.mef.label, optionalString(mef.toObject(), u"label"_s));
    } else if (!mef.isNull() && !mef.isUndefined()) {
        return malformed(JsonMapping::tr("field \"mef\" is not an object"));
    }
    EC_TRY_ASSIGN(s.login, requiredString(o, u"login"_s));

    if (auto fields = readAccountFields(o, s); !fields)
        return fields.error();
    EC_TRY_ASSIGN(s.guardianIds, stringArray(o, u"guardianIds"_s, false));
    return s;
}

QJsonObject studentToJson(const Student &s)
{
    QJsonArray guardians;
    for (const QString &id : s.guardianIds)
        guardians.append(id);
    return QJsonObject{
        {u"id"_s, s.id},
        {u"lastName"_s, s.lastName},
        {u"firstName"_s, s.firstName},
        {u"birthDate"_s, s.birthDate.isValid() ? QJsonValue(s.birthDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"className"_s, s.className},
        {u"level"_s, s.level},
        {u"mef"_s, QJsonObject{{u"code"_s, s.mef.code}, {u"label"_s, s.mef.label}}},
        {u"login"_s, s.login},
        {u"state"_s, accountStateApiName(s.state)},
        {u"origin"_s, accountOriginApiName(s.origin)},
        {u"email"_s, s.email.isEmpty() ? QJsonValue() : QJsonValue(s.email)},
        {u"notifiedAt"_s, s.notifiedAt.isValid() ? QJsonValue(s.notifiedAt.toString(Qt::ISODate)) : QJsonValue()},
        {u"lastLoginAt"_s,
         s.lastLoginAt.isValid() ? QJsonValue(s.lastLoginAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {u"passwordProvisional"_s, s.passwordProvisional},
        {u"guardianIds"_s, guardians},
    };
}

namespace {

template <typename Account>
Result<SyncPage<Account>> pageFromJson(const QByteArray &body, Result<Account> (*parse)(const QJsonObject &))
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();

    const QJsonValue items = o.value(u"items"_s);
    if (!items.isArray())
        return malformed(JsonMapping::tr("field \"items\" is missing or not a list"));
    SyncPage<Account> page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    int index = 0;
    for (const QJsonValue item : array) {
        ++index;
        if (!item.isObject()) {
            page.rejected.append({index, QString(), JsonMapping::tr("not an object")});
            continue;
        }
        auto account = parse(item.toObject());
        if (!account) {
            const QJsonValue id = item.toObject().value(u"id"_s);
            page.rejected.append({index, id.isString() ? id.toString().left(64) : QString(),
                                  account.error().message});
            continue;
        }
        page.items.append(account.takeValue());
    }
    EC_TRY_ASSIGN(page.removed, stringArray(o, u"removed"_s, false));
    EC_TRY_ASSIGN(page.nextCursor, requiredString(o, u"nextCursor"_s));
    const QJsonValue hasMore = o.value(u"hasMore"_s);
    if (!hasMore.isBool())
        return malformed(JsonMapping::tr("field \"hasMore\" is missing or not true/false"));
    page.hasMore = hasMore.toBool();
    return page;
}

Result<GuardianChild> childFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return malformed(JsonMapping::tr("a child is not an object"));
    const QJsonObject o = value.toObject();
    GuardianChild c;
    EC_TRY_ASSIGN(c.id, optionalString(o, u"id"_s));
    EC_TRY_ASSIGN(c.lastName, requiredString(o, u"lastName"_s));
    EC_TRY_ASSIGN(c.firstName, requiredString(o, u"firstName"_s, true));
    EC_TRY_ASSIGN(c.className, optionalString(o, u"className"_s));
    EC_TRY_ASSIGN(c.uai, optionalString(o, u"uai"_s));
    EC_TRY_ASSIGN(c.establishmentName, optionalString(o, u"establishmentName"_s));
    // A child of this school has its pupil id; one elsewhere, that school's UAI and name.
    if (c.id.isEmpty() && (!isValidUai(c.uai) || c.establishmentName.trimmed().isEmpty()))
        return malformed(JsonMapping::tr("child %1 has neither a pupil id nor a valid establishment")
                             .arg(c.lastName.left(80)));
    return c;
}

} // namespace

Result<StudentPage> studentPageFromJson(const QByteArray &body)
{
    return pageFromJson<Student>(body, &studentFromJson);
}

Result<GuardianPage> guardianPageFromJson(const QByteArray &body)
{
    return pageFromJson<Guardian>(body, &guardianFromJson);
}

Result<Guardian> guardianFromJson(const QJsonObject &o)
{
    Guardian g;
    EC_TRY_ASSIGN(g.id, requiredString(o, u"id"_s));
    EC_TRY_ASSIGN(g.lastName, requiredString(o, u"lastName"_s));
    EC_TRY_ASSIGN(g.firstName, requiredString(o, u"firstName"_s, true));
    EC_TRY_ASSIGN(g.login, requiredString(o, u"login"_s));
    if (auto fields = readAccountFields(o, g); !fields)
        return fields.error();
    EC_TRY_ASSIGN(g.mobile, optionalString(o, u"mobile"_s));
    const QJsonValue children = o.value(u"children"_s);
    if (!children.isArray())
        return malformed(JsonMapping::tr("field \"children\" is missing or not a list"));
    for (const QJsonValue child : children.toArray()) {
        auto c = childFromJson(child);
        if (!c)
            return c.error();
        g.children.append(c.takeValue());
    }
    return g;
}

QJsonObject guardianToJson(const Guardian &g)
{
    QJsonArray children;
    for (const GuardianChild &c : g.children) {
        QJsonObject child{{u"lastName"_s, c.lastName}, {u"firstName"_s, c.firstName}, {u"className"_s, c.className}};
        if (c.isElsewhere()) {
            child.insert(u"uai"_s, c.uai);
            child.insert(u"establishmentName"_s, c.establishmentName);
        } else {
            child.insert(u"id"_s, c.id);
        }
        children.append(child);
    }
    return QJsonObject{
        {u"id"_s, g.id},
        {u"lastName"_s, g.lastName},
        {u"firstName"_s, g.firstName},
        {u"login"_s, g.login},
        {u"state"_s, accountStateApiName(g.state)},
        {u"origin"_s, accountOriginApiName(g.origin)},
        {u"email"_s, g.email.isEmpty() ? QJsonValue() : QJsonValue(g.email)},
        {u"mobile"_s, g.mobile.isEmpty() ? QJsonValue() : QJsonValue(g.mobile)},
        {u"notifiedAt"_s, g.notifiedAt.isValid() ? QJsonValue(g.notifiedAt.toString(Qt::ISODate)) : QJsonValue()},
        {u"lastLoginAt"_s,
         g.lastLoginAt.isValid() ? QJsonValue(g.lastLoginAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {u"passwordProvisional"_s, g.passwordProvisional},
        {u"children"_s, children},
    };
}

Result<Session> sessionFromJson(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    Session session;
    QString token;
    EC_TRY_ASSIGN(token, requiredString(o, u"token"_s));
    session.token = token.toUtf8();
    EC_TRY_ASSIGN(session.expiresAt, optionalDateTime(o, u"expiresAt"_s));
    const QJsonValue user = o.value(u"user"_s);
    if (!user.isObject())
        return malformed(JsonMapping::tr("field \"user\" is missing"));
    const QJsonObject u = user.toObject();
    EC_TRY_ASSIGN(session.user.name, requiredString(u, u"name"_s));
    EC_TRY_ASSIGN(session.user.roles, stringArray(u, u"roles"_s, true));
    const QJsonValue establishments = u.value(u"establishments"_s);
    if (!establishments.isArray())
        return malformed(JsonMapping::tr("field \"establishments\" is missing or not a list"));
    for (const QJsonValue item : establishments.toArray()) {
        if (!item.isObject())
            return malformed(JsonMapping::tr("an establishment is not an object"));
        Establishment e;
        EC_TRY_ASSIGN(e.uai, requiredString(item.toObject(), u"uai"_s));
        EC_TRY_ASSIGN(e.name, requiredString(item.toObject(), u"name"_s));
        if (!isValidUai(e.uai))
            return malformed(JsonMapping::tr("\"%1\" is not a valid UAI").arg(e.uai.left(20)));
        session.user.establishments << e;
    }
    return session;
}

Result<Establishment> establishmentFromJson(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    Establishment e;
    EC_TRY_ASSIGN(e.uai, requiredString(o, u"uai"_s));
    if (!isValidUai(e.uai))
        return malformed(JsonMapping::tr("\"%1\" is not a valid UAI").arg(e.uai.left(20)));
    EC_TRY_ASSIGN(e.name, requiredString(o, u"name"_s));
    EC_TRY_ASSIGN(e.type, optionalString(o, u"type"_s));
    const QJsonValue settings = o.value(u"notificationSettings"_s);
    if (!settings.isUndefined() && !settings.isNull() && !settings.isObject())
        return malformed(JsonMapping::tr("field \"notificationSettings\" is not an object"));
    const QJsonObject n = settings.toObject();
    EC_TRY_ASSIGN(e.notification.pupilUrl, optionalString(n, u"pupilUrl"_s));
    EC_TRY_ASSIGN(e.notification.guardianUrl, optionalString(n, u"guardianUrl"_s));
    EC_TRY_ASSIGN(e.notification.pupilUrlEnabled, optionalBool(n, u"pupilUrlEnabled"_s));
    EC_TRY_ASSIGN(e.notification.guardianUrlEnabled, optionalBool(n, u"guardianUrlEnabled"_s));
    // Letters would print an empty address, or none where the school expects one.
    const NotificationSettings &u = e.notification;
    if ((u.pupilUrlEnabled && u.pupilUrl.trimmed().isEmpty())
        || (u.guardianUrlEnabled && u.guardianUrl.trimmed().isEmpty()))
        return malformed(JsonMapping::tr("an activation address is enabled but empty"));
    return e;
}

QJsonObject notificationSettingsToJson(const NotificationSettings &n)
{
    return QJsonObject{
        {u"pupilUrl"_s, n.pupilUrl.trimmed()},
        {u"pupilUrlEnabled"_s, n.pupilUrlEnabled},
        {u"guardianUrl"_s, n.guardianUrl.trimmed()},
        {u"guardianUrlEnabled"_s, n.guardianUrlEnabled},
    };
}

Result<UrlCheck> urlCheckFromJson(const QByteArray &body, const QString &url)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    UrlCheck check;
    EC_TRY_ASSIGN(check.url, requiredString(o, u"url"_s, true));
    // An answer about another address must not let this one be printed.
    if (check.url != url)
        return malformed(JsonMapping::tr("the answer is about another address"));
    const QJsonValue reachable = o.value(u"reachable"_s);
    if (!reachable.isBool())
        return malformed(JsonMapping::tr("field \"reachable\" is missing or not true/false"));
    check.reachable = reachable.toBool();
    EC_TRY_ASSIGN(check.reasonCode, optionalString(o, u"reasonCode"_s));
    EC_TRY_ASSIGN(check.reason, optionalString(o, u"reason"_s));
    check.reasonCode = check.reasonCode.left(64);
    check.reason = check.reason.left(500);
    if (!check.reachable && check.reasonCode.trimmed().isEmpty())
        return malformed(JsonMapping::tr("an unreachable address without a reason"));
    if (check.reachable) {
        check.reasonCode.clear();
        check.reason.clear();
    }
    return check;
}

QString urlCheckReasonText(const UrlCheck &check)
{
    static const QHash<QString, const char *> texts{
        {u"invalid_url"_s, QT_TRANSLATE_NOOP("JsonMapping", "this is not a complete web address (such as "
                                                            "https://ent.example.fr/)")},
        {u"not_https"_s, QT_TRANSLATE_NOOP("JsonMapping", "the address must start with https://")},
        {u"unknown_host"_s, QT_TRANSLATE_NOOP("JsonMapping", "no server of that name was found")},
        {u"http_error"_s, QT_TRANSLATE_NOOP("JsonMapping", "the server answered with an error: the page does "
                                                           "not exist there")},
        {u"unreachable"_s, QT_TRANSLATE_NOOP("JsonMapping", "the server did not answer")},
    };
    if (const char *text = texts.value(check.reasonCode))
        return JsonMapping::tr(text);
    return check.reason.trimmed().isEmpty() ? check.reasonCode : check.reason.trimmed();
}

namespace {

Result<IssuedLetter> letterFromJson(const QJsonValue &item)
{
    if (!item.isObject())
        return malformed(JsonMapping::tr("a letter is not an object"));
    const QJsonObject l = item.toObject();
    IssuedLetter letter;
    EC_TRY_ASSIGN(letter.accountId, requiredString(l, u"id"_s));
    EC_TRY_ASSIGN(letter.login, requiredString(l, u"login"_s));
    EC_TRY_ASSIGN(letter.temporaryPassword, optionalString(l, u"temporaryPassword"_s));
    QString variant;
    EC_TRY_ASSIGN(variant, requiredString(l, u"variant"_s));
    const auto parsedVariant = letterVariantFromApiName(variant);
    if (!parsedVariant)
        return malformed(JsonMapping::tr("unknown letter variant \"%1\"").arg(variant.left(40)));
    letter.variant = *parsedVariant;
    // A letter that must carry a password and has none would be useless on paper.
    if (letter.variant != LetterVariant::Redistribution && letter.temporaryPassword.isEmpty())
        return malformed(JsonMapping::tr("the letter for %1 has no password").arg(letter.login.left(80)));
    return letter;
}

} // namespace

Result<NotificationBatch> notificationBatchFromJson(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    NotificationBatch batch;
    EC_TRY_ASSIGN(batch.batchId, requiredString(o, u"batchId"_s));
    EC_TRY_ASSIGN(batch.createdAt, optionalDateTime(o, u"createdAt"_s));
    EC_TRY_ASSIGN(batch.expiresAt, optionalDateTime(o, u"expiresAt"_s));
    if (!batch.createdAt.isValid())
        return malformed(JsonMapping::tr("field \"createdAt\" is missing"));

    const QJsonValue letters = o.value(u"letters"_s);
    if (!letters.isArray())
        return malformed(JsonMapping::tr("field \"letters\" is missing or not a list"));
    // The server has already done what the batch says (passwords may be new): a letter this client
    // cannot read is set aside and named, never a reason to drop the batch's other letters.
    int index = 0;
    for (const QJsonValue item : letters.toArray()) {
        ++index;
        auto letter = letterFromJson(item);
        if (!letter) {
            const QJsonObject l = item.toObject();
            const QString who = l.value(u"login"_s).toString(l.value(u"id"_s).toString()).left(80);
            batch.unreadable.append({index, who, letter.error().message});
            continue;
        }
        batch.letters << letter.takeValue();
    }
    EC_TRY_ASSIGN(batch.emailed, stringArray(o, u"emailed"_s, false));
    const QJsonValue skipped = o.value(u"skipped"_s);
    if (skipped.isArray()) {
        for (const QJsonValue item : skipped.toArray()) {
            const QString id = item.toObject().value(u"id"_s).toString();
            if (id.isEmpty()) {
                batch.unreadable.append({0, QString(), JsonMapping::tr("a skipped account without an id")});
                continue;
            }
            batch.skipped << SkippedAccount{id, item.toObject().value(u"reason"_s).toString().left(80)};
        }
    } else if (!skipped.isUndefined() && !skipped.isNull()) {
        return malformed(JsonMapping::tr("field \"skipped\" is not a list"));
    }
    return batch;
}

Result<QString> provisionalPasswordFromJson(const QByteArray &body, const QString &accountId)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    QString id;
    QString password;
    EC_TRY_ASSIGN(id, requiredString(parsed.value(), u"id"_s));
    EC_TRY_ASSIGN(password, requiredString(parsed.value(), u"password"_s));
    if (id != accountId)
        return malformed(JsonMapping::tr("the password is for another account (%1)").arg(id.left(40)));
    static const QRegularExpression kProvisional(u"^[A-Z0-9]{8}$"_s);
    if (!kProvisional.match(password).hasMatch()) {
        wipeSecret(password);
        return malformed(JsonMapping::tr("the provisional password is not 8 letters and digits"));
    }
    return password;
}

// Why the server skipped an account, in the user's words (an unknown code is shown as sent).
QString skipReasonText(const QString &code)
{
    static const QHash<QString, const char *> texts{
        {u"unknown_account"_s, QT_TRANSLATE_NOOP("JsonMapping", "not an account of this establishment")},
        {u"no_email"_s, QT_TRANSLATE_NOOP("JsonMapping", "no e-mail address")},
        {u"not_notified"_s,
         QT_TRANSLATE_NOOP("JsonMapping", "never notified: it has no password to reset; notify it instead")},
    };
    if (const char *text = texts.value(code))
        return JsonMapping::tr(text);
    return code.left(80);
}

ServerError serverErrorFromBody(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    return {o.value(u"code"_s).toString().left(64), o.value(u"message"_s).toString().left(500)};
}

Error errorFromResponse(int httpStatus, const ServerError &serverError, int retryAfterSeconds)
{
    Error error{serverError.code.isEmpty() ? u"http-%1"_s.arg(httpStatus) : serverError.code, QString(), httpStatus};
    // The server's own codes first: they say more than the status.
    static const QHash<QString, const char *> byCode{
        {u"invalid_credentials"_s, QT_TRANSLATE_NOOP("JsonMapping", "Unknown login or wrong password.")},
        {u"invalid_otp"_s, QT_TRANSLATE_NOOP("JsonMapping", "The one-time code is wrong or has expired.")},
        {u"too_many_attempts"_s,
         QT_TRANSLATE_NOOP("JsonMapping", "Too many failed sign-ins: the account is locked for a moment.")},
        {u"unauthenticated"_s, QT_TRANSLATE_NOOP("JsonMapping", "The session has expired: sign in again.")},
        {u"forbidden"_s, QT_TRANSLATE_NOOP("JsonMapping", "Your account is not allowed to do this.")},
        {u"batch_expired"_s,
         QT_TRANSLATE_NOOP("JsonMapping", "These letters are no longer valid (three months): they cannot be printed "
                                          "again. Notify the accounts anew.")},
        {u"cursor_expired"_s, QT_TRANSLATE_NOOP("JsonMapping", "The server no longer knows where the last sync "
                                                               "stopped: a full sync is needed.")},
        {u"too_many_ids"_s, QT_TRANSLATE_NOOP("JsonMapping", "The server refused a request naming too many accounts.")},
        {u"not_notified"_s, QT_TRANSLATE_NOOP("JsonMapping", "This account was never notified: it has no password "
                                                             "yet. Notify it instead.")},
        {u"invalid_email"_s, QT_TRANSLATE_NOOP("JsonMapping", "The server refused this e-mail address: check it.")},
        {u"no_email"_s, QT_TRANSLATE_NOOP("JsonMapping", "This account has no e-mail address: give one.")},
        {u"not_activation_pending"_s,
         QT_TRANSLATE_NOOP("JsonMapping", "This account is not waiting for its confirmation link: only an account "
                                          "waiting for it (activation in progress) gets it again.")},
        {u"password_changed"_s, QT_TRANSLATE_NOOP("JsonMapping", "The account holder has changed this password: "
                                                                 "nobody can see it any more.")},
        {u"url_not_verified"_s,
         QT_TRANSLATE_NOOP("JsonMapping", "The server has not verified this address: verify it before printing it "
                                          "on letters.")},
    };
    if (const char *text = byCode.value(serverError.code))
        error.message = JsonMapping::tr(text);
    else
        switch (httpStatus) {
        case 400:
        case 422:
            error.message = JsonMapping::tr("The server refused the request as invalid (HTTP %1).").arg(httpStatus);
            break;
        case 401:
            error.message = JsonMapping::tr("The server refused the sign-in or the session expired (HTTP 401).");
            break;
        case 403:
            error.message = JsonMapping::tr("Your account is not allowed to do this (HTTP 403).");
            break;
        case 404:
            error.message = JsonMapping::tr("The server does not know this resource (HTTP 404).");
            break;
        case 410:
            error.message = JsonMapping::tr("This resource is no longer available on the server (HTTP 410).");
            break;
        case 429:
            error.message = JsonMapping::tr("The server is receiving too many requests (HTTP 429).");
            break;
        default:
            if (httpStatus >= 500)
                error.message =
                    JsonMapping::tr("The server had an internal problem (HTTP %1). Try again later.").arg(httpStatus);
            else
                error.message = JsonMapping::tr("The server answered with an error (HTTP %1).").arg(httpStatus);
        }
    if (httpStatus == 429 && retryAfterSeconds >= 0)
        error.message += u' ' + JsonMapping::tr("Try again in %n second(s).", nullptr, retryAfterSeconds);
    return error;
}

} // namespace educonnect::json
