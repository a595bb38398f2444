#include "letterset.h"

#include "letters/letterrenderer.h"

namespace educonnect {

Result<LetterSet> letterSet(AccountKind kind, const CredentialBatch &batch, const Store &store, const QString &uai)
{
    LetterSet set;
    set.kind = kind;
    auto texts = LetterRenderer::studentTemplate();
    if (!texts)
        return texts.error();
    set.texts = texts.takeValue();
    auto students = store.students(uai);
    if (!students)
        return students.error();
    set.context = studentLetterContext(store.establishment(uai), uai, batch.createdAt());
    set.letters = studentLetters(batch, students.value());
    return set;
}

} // namespace educonnect
