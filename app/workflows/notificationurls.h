#pragma once

#include "domain/establishment.h"

#include <QString>

namespace educonnect {

// The two activation addresses of Paramétrage while someone edits them: what the server has, what
// is typed, and which text the server verified. An address may be printed on letters (its box
// ticked) only once the server reached exactly that text; changing the text unticks it. The
// window shows this; it decides nothing itself.
class NotificationUrlsDraft
{
public:
    enum class Which { Pupil, Guardian };

    // Starts again from what the server has. An address it has enabled counts as verified: the
    // server accepted it. (A draft of another establishment starts from a new object.)
    void reset(const NotificationSettings &saved);
    // The server's settings changed (a sync) while the user edits: the edits stay, compared with
    // the new ones; with no edit, the draft follows them.
    void setSaved(const NotificationSettings &saved);
    const NotificationSettings &saved() const { return m_saved; }

    // A new text: unticked unless it is the same (trimmed) text as before.
    void setUrl(Which which, const QString &text);
    QString url(Which which) const { return field(which).text; }
    // The server's answer for `check.url`: remembered when it is still the field's text.
    // False when the text changed meanwhile (the answer is about another address).
    bool applyCheck(Which which, const UrlCheck &check);
    bool isVerified(Which which) const;
    // Ticks or unticks; ticking an address not verified is refused (false).
    bool setEnabled(Which which, bool enabled);
    bool isEnabled(Which which) const { return field(which).enabled; }

    // What to send to the server (addresses trimmed).
    NotificationSettings settings() const;
    bool isModified() const { return settings() != normalized(m_saved); }

private:
    struct Field
    {
        QString text;
        QString verified; // the trimmed text the server last reached; empty: none
        bool enabled = false;
    };
    Field &field(Which which) { return which == Which::Pupil ? m_pupil : m_guardian; }
    const Field &field(Which which) const { return which == Which::Pupil ? m_pupil : m_guardian; }
    static NotificationSettings normalized(NotificationSettings settings);

    NotificationSettings m_saved;
    Field m_pupil;
    Field m_guardian;
};

} // namespace educonnect
