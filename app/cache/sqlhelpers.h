#pragma once

// Internal to cache/: small helpers the Store's implementation files share.

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace educonnect::cache_detail {

using namespace Qt::StringLiterals;

inline Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{u"cache"_s, what + u": "_s + error.text(), 0};
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

inline QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant optionalDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// A write transaction that rolls back unless committed; keeps every early return safe. IMMEDIATE:
// the window and the command line share this file, and a deferred transaction that reads then
// writes would fail with "busy" instead of waiting its turn (busy_timeout).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = run(u"BEGIN IMMEDIATE"_s); }
    ~Transaction()
    {
        if (m_open)
            run(u"ROLLBACK"_s);
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !run(u"COMMIT"_s);
        return !m_open;
    }

private:
    bool run(const QString &statement)
    {
        QSqlQuery query(m_db);
        return query.exec(statement);
    }

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace educonnect::cache_detail
