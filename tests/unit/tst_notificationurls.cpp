// NotificationUrlsDraft: an address may be printed on letters only once the server reached exactly
// that text; editing unticks; answers about an older text are ignored.

#include "workflows/notificationurls.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

using Which = NotificationUrlsDraft::Which;

class TestNotificationUrls : public QObject
{
    Q_OBJECT
private slots:
    void tickingNeedsAVerifiedAddress()
    {
        NotificationUrlsDraft draft;
        draft.reset({});
        QVERIFY(!draft.isModified());
        draft.setUrl(Which::Pupil, u" https://ent.example.fr/ "_s);
        QVERIFY(draft.isModified());
        QVERIFY(!draft.isVerified(Which::Pupil));
        QVERIFY(!draft.setEnabled(Which::Pupil, true));
        QVERIFY(!draft.isEnabled(Which::Pupil));

        // Unreachable: still refused.
        QVERIFY(draft.applyCheck(Which::Pupil, {u"https://ent.example.fr/"_s, false, u"http_error"_s, {}}));
        QVERIFY(!draft.setEnabled(Which::Pupil, true));
        // Reachable: allowed; what is sent is trimmed.
        QVERIFY(draft.applyCheck(Which::Pupil, {u"https://ent.example.fr/"_s, true, {}, {}}));
        QVERIFY(draft.isVerified(Which::Pupil));
        QVERIFY(draft.setEnabled(Which::Pupil, true));
        QCOMPARE(draft.settings(), (NotificationSettings{u"https://ent.example.fr/"_s, true, {}, false}));
        // The other address is untouched.
        QVERIFY(!draft.setEnabled(Which::Guardian, true));
    }

    void editingUnticksAndUnverifies()
    {
        NotificationUrlsDraft draft;
        draft.reset({});
        draft.setUrl(Which::Guardian, u"https://parents.example.fr"_s);
        QVERIFY(draft.applyCheck(Which::Guardian, {u"https://parents.example.fr"_s, true, {}, {}}));
        QVERIFY(draft.setEnabled(Which::Guardian, true));
        // Spaces around it are the same address.
        draft.setUrl(Which::Guardian, u"https://parents.example.fr "_s);
        QVERIFY(draft.isEnabled(Which::Guardian));
        draft.setUrl(Which::Guardian, u"https://parents.example.fr/x"_s);
        QVERIFY(!draft.isEnabled(Which::Guardian));
        QVERIFY(!draft.isVerified(Which::Guardian));
        QVERIFY(!draft.setEnabled(Which::Guardian, true));
        // Back to the text the server reached: it may be ticked again (by hand).
        draft.setUrl(Which::Guardian, u"https://parents.example.fr"_s);
        QVERIFY(!draft.isEnabled(Which::Guardian));
        QVERIFY(draft.setEnabled(Which::Guardian, true));
        // A later check that fails withdraws it.
        QVERIFY(draft.applyCheck(Which::Guardian,
                                 {u"https://parents.example.fr"_s, false, u"unknown_host"_s, {}}));
        QVERIFY(!draft.isEnabled(Which::Guardian));
        QVERIFY(!draft.isVerified(Which::Guardian));
    }

    void anAnswerAboutAnOlderTextIsIgnored()
    {
        NotificationUrlsDraft draft;
        draft.reset({});
        draft.setUrl(Which::Pupil, u"https://a.example.fr"_s);
        draft.setUrl(Which::Pupil, u"https://b.example.fr"_s); // typed on while the check ran
        QVERIFY(!draft.applyCheck(Which::Pupil, {u"https://a.example.fr"_s, true, {}, {}}));
        QVERIFY(!draft.isVerified(Which::Pupil));
        QVERIFY(!draft.setEnabled(Which::Pupil, true));
    }

    void whatTheServerEnabledCountsAsVerified()
    {
        const NotificationSettings saved{u"https://ent.example.fr"_s, true, u"https://parents.example.fr"_s,
                                         false};
        NotificationUrlsDraft draft;
        draft.reset(saved);
        QVERIFY(draft.isEnabled(Which::Pupil));
        QVERIFY(draft.isVerified(Which::Pupil));
        // Saved but not enabled: nobody vouches for it.
        QVERIFY(!draft.isVerified(Which::Guardian));
        QVERIFY(!draft.isModified());
        QVERIFY(draft.setEnabled(Which::Pupil, false));
        QVERIFY(draft.isModified());
        QVERIFY(draft.setEnabled(Which::Pupil, true));
        QVERIFY(!draft.isModified());

        // Another sync: with no edit the draft follows the server; with edits they stay.
        NotificationSettings changed = saved;
        changed.pupilUrlEnabled = false;
        draft.setSaved(changed);
        QVERIFY(!draft.isEnabled(Which::Pupil));
        draft.setUrl(Which::Guardian, u"https://other.example.fr"_s);
        draft.setSaved(saved);
        QCOMPARE(draft.url(Which::Guardian), u"https://other.example.fr"_s);
        QVERIFY(draft.isModified());
    }

    void aVerifiedAddressSavedUntickedStaysVerified()
    {
        NotificationUrlsDraft draft;
        draft.reset({});
        draft.setUrl(Which::Pupil, u"https://ent.example.fr"_s);
        QVERIFY(draft.applyCheck(Which::Pupil, {u"https://ent.example.fr"_s, true, {}, {}}));
        draft.reset(draft.settings()); // saved, unticked
        QVERIFY(draft.isVerified(Which::Pupil));
        QVERIFY(draft.setEnabled(Which::Pupil, true));
    }
};

QTEST_GUILESS_MAIN(TestNotificationUrls)
#include "tst_notificationurls.moc"
