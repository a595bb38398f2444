#include "notificationurls.h"

namespace educonnect {

NotificationSettings NotificationUrlsDraft::normalized(NotificationSettings settings)
{
    settings.pupilUrl = settings.pupilUrl.trimmed();
    settings.guardianUrl = settings.guardianUrl.trimmed();
    return settings;
}

void NotificationUrlsDraft::reset(const NotificationSettings &saved)
{
    m_saved = saved;
    const NotificationSettings n = normalized(saved);
    // What the server verified stays verified while the text is the same (e.g. once saved unticked).
    auto verified = [](const Field &before, const QString &url, bool enabled) {
        return enabled || before.verified == url ? url : QString();
    };
    m_pupil = Field{saved.pupilUrl, verified(m_pupil, n.pupilUrl, n.pupilUrlEnabled), n.pupilUrlEnabled};
    m_guardian = Field{saved.guardianUrl, verified(m_guardian, n.guardianUrl, n.guardianUrlEnabled),
                       n.guardianUrlEnabled};
}

void NotificationUrlsDraft::setSaved(const NotificationSettings &saved)
{
    if (!isModified())
        return reset(saved);
    m_saved = saved;
}

void NotificationUrlsDraft::setUrl(Which which, const QString &text)
{
    Field &f = field(which);
    if (text.trimmed() != f.text.trimmed())
        f.enabled = false;
    f.text = text;
}

bool NotificationUrlsDraft::applyCheck(Which which, const UrlCheck &check)
{
    Field &f = field(which);
    if (check.url != f.text.trimmed())
        return false;
    if (check.reachable)
        f.verified = check.url;
    else if (f.verified == check.url)
        f.verified.clear(); // reached before, not now: no longer vouched for
    if (!isVerified(which))
        f.enabled = false;
    return true;
}

bool NotificationUrlsDraft::isVerified(Which which) const
{
    const Field &f = field(which);
    return !f.verified.isEmpty() && f.verified == f.text.trimmed();
}

bool NotificationUrlsDraft::setEnabled(Which which, bool enabled)
{
    if (enabled && !isVerified(which))
        return false;
    field(which).enabled = enabled;
    return true;
}

NotificationSettings NotificationUrlsDraft::settings() const
{
    return NotificationSettings{m_pupil.text.trimmed(), m_pupil.enabled, m_guardian.text.trimmed(),
                                m_guardian.enabled};
}

} // namespace educonnect
