#include "letterset.h"

#include "domain/clock.h"
#include "letters/letterrenderer.h"

namespace educonnect {

Result<LetterSet> letterSet(AccountKind kind, const CredentialBatch &batch, const Store &store, const QString &uai)
{
    LetterSet set;
    set.kind = kind;
    auto texts = LetterRenderer::letterTemplate(kind);
    if (!texts)
        return texts.error();
    set.texts = texts.takeValue();
    set.context = letterContext(kind, store.establishment(uai), uai, batch.createdAt());
    // Every pupil of the establishment: a parent's letter names the children and is filed under
    // the youngest one's class, whatever the class a run started from.
    auto students = store.students(uai);
    if (!students)
        return students.error();
    if (kind == AccountKind::Student) {
        set.letters = studentLetters(batch, students.value());
        return set;
    }
    auto guardians = store.guardians(uai);
    if (!guardians)
        return guardians.error();
    set.letters = guardianLetters(batch, guardians.value(), students.value());
    return set;
}

Result<LetterSet> sheetSet(const AccountList &accounts, const Store &store, const QString &uai)
{
    // As if each account had a letter without a password: the letters' own joining and filing.
    QList<IssuedLetter> lines;
    lines.reserve(accounts.rows().size());
    for (const AccountListRow &row : accounts.rows())
        lines << IssuedLetter{row.id, row.login, QString(), LetterVariant::Redistribution};
    CredentialBatch batch;
    const QDateTime now = Clock::now().toUTC();
    batch.append(QString(), now, now, lines, {}, {});
    return letterSet(accounts.kind(), batch, store, uai);
}

Result<int> writeDistributionSheets(const AccountList &accounts, const Store &store, const QString &uai,
                                    const QString &path)
{
    auto set = sheetSet(accounts, store, uai);
    if (!set)
        return set.error();
    RenderOptions options;
    options.sheetsOnly = true;
    const LetterRenderer renderer(set.value().context, set.value().texts, options);
    if (auto written = renderer.writePdfFile(path, set.value().letters); !written)
        return written.error();
    return renderer.pageCount(set.value().letters);
}

} // namespace educonnect
