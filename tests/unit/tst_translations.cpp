// The shipped default language is French: every string the UI shows must be translated.

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void frenchIsComplete()
    {
        const QString path = qEnvironmentVariable("EDUCONNECT_SOURCE_DIR") + u"/translations/educonnect_fr.ts"_s;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"TS"_s)
                QCOMPARE(xml.attributes().value(u"language"_s).toString(), u"fr_FR"_s);
            if (xml.name() == u"source"_s)
                source = xml.readElementText();
            if (xml.name() == u"translation"_s) {
                ++messages;
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(u"Untranslated: "_s + missing.join(u" | "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
