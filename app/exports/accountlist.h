#pragma once

#include "domain/accountkind.h"
#include "domain/accountstate.h"
#include "domain/establishment.h"
#include "domain/guardian.h"
#include "domain/result.h"
#include "domain/student.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace educonnect {

// One line of an account list (« Lister les comptes »): a pupil or a parent account as a teacher's
// class list or the secretariat's file shows it.
struct AccountListRow
{
    QString id;
    QString lastName;
    QString firstName;
    QString level;     // pupils; empty for parents
    QString className; // pupils: their class; parents: their children's classes here
    QString relatives; // pupils: their parents' names; parents: their children's names
    QString login;
    AccountState state = AccountState::NotNotified;
};

// A list of pupils' or parents' accounts of one establishment, sorted by class in school order
// then by name, made from the cache (so it works offline). Provisional passwords are added only
// when the user asks for them, fetched from the server (AccountListPasswords); they live in
// memory only and are wiped with the list.
class AccountList
{
public:
    AccountList() = default;
    AccountList(const AccountList &) = delete;
    AccountList &operator=(const AccountList &) = delete;
    AccountList(AccountList &&) noexcept = default;
    AccountList &operator=(AccountList &&) noexcept = default;
    ~AccountList();

    // The accounts given (already chosen: a selection, a filter, a class), with the other kind's
    // names from the cache: a pupil's parents, a parent's children.
    static AccountList of(const Establishment &establishment, const QList<Student> &pupils,
                          const QList<Guardian> &guardians, const QDateTime &madeAt);
    static AccountList of(const Establishment &establishment, const QList<Guardian> &guardians,
                          const QList<Student> &pupils, const QDateTime &madeAt);

    AccountKind kind() const { return m_kind; }
    const Establishment &establishment() const { return m_establishment; }
    QDateTime madeAt() const { return m_madeAt; }
    const QList<AccountListRow> &rows() const { return m_rows; }

    // Whether the list shows passwords at all: otherwise every password cell reads « ****** ».
    bool showsPasswords() const { return m_showsPasswords; }
    void setShowsPasswords(bool shows) { m_showsPasswords = shows; }
    void setPassword(const QString &accountId, const QString &password);
    // The password cell of a row: the provisional password when known, else « ****** ».
    QString passwordCell(const AccountListRow &row) const;
    // Overwrites the passwords before releasing them.
    void wipe();

    // "Educonnect-ListeEleves-AAAAMMJJHHMMSS" or "Educonnect-ListeResponsables-…", without extension.
    static QString defaultFileName(AccountKind kind, const QDateTime &localTime);
    static constexpr QStringView kHiddenPassword = u"******";

private:
    AccountList(AccountKind kind, const Establishment &establishment, const QDateTime &madeAt, qsizetype rows);

    AccountKind m_kind = AccountKind::Student;
    Establishment m_establishment;
    QDateTime m_madeAt;
    QList<AccountListRow> m_rows;
    bool m_showsPasswords = false;
    QHash<QString, QString> m_passwords; // account id -> provisional password, memory only
};

// CSV by the rules of exports/csv.h (French Excel and LibreOffice; a cell that a spreadsheet would
// read as a formula is neutralised).
QByteArray accountListCsv(const AccountList &list);
// Written atomically: the file appears complete or not at all.
Result<void> writeAccountListCsv(const AccountList &list, const QString &path);

// A4 landscape PDF: the establishment, the title, the date, a table whose header repeats on every
// page, page numbers. Every cell is plain text that wraps (never markup, never clipped).
// Returns the number of pages.
Result<int> writeAccountListPdf(const AccountList &list, const QString &path);

} // namespace educonnect
