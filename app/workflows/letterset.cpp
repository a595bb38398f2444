#include "letterset.h"

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

} // namespace educonnect
