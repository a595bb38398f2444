#pragma once

#include "cache/store.h"
#include "domain/accountkind.h"
#include "domain/credentials.h"
#include "exports/accountlist.h"
#include "letters/letter.h"
#include "letters/lettertemplate.h"

namespace educonnect {

// What it takes to print a run's letters: the letters joined with the accounts they are for (from
// the cache), sorted by class in school order then name, their shared context (establishment,
// address, dates) and the texts of their kind. One place for the window and the command line.
struct LetterSet
{
    AccountKind kind = AccountKind::Student;
    LetterContext context;
    LetterTemplate texts;
    QList<Letter> letters;
};

Result<LetterSet> letterSet(AccountKind kind, const CredentialBatch &batch, const Store &store, const QString &uai);

// The lines of the class distribution sheets (pupil or parent, class, identifier: never a
// password) of these accounts, from the cache alone: filed and sorted as their letters would
// be, so a sheet printed offline matches the letters printed later.
Result<LetterSet> sheetSet(const AccountList &accounts, const Store &store, const QString &uai);
// Those sheets as one PDF file, written atomically; the pages it has.
Result<int> writeDistributionSheets(const AccountList &accounts, const Store &store, const QString &uai,
                                    const QString &path);

} // namespace educonnect
