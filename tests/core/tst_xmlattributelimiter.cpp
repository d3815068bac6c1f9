#include "core/import/xmlattributelimiter.h"

#include <QTest>

// The guard in front of QXmlStreamReader: keeps the first N attributes of each start tag and
// leaves everything else byte for byte.
class TestXmlAttributeLimiter : public QObject
{
    Q_OBJECT

private slots:
    void limit_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<int>("max");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("dropped");
        QTest::newRow("within the cap") << QByteArray("<a x=\"1\" y='2'>t</a>") << 2 << QByteArray("<a x=\"1\" y='2'>t</a>") << 0;
        QTest::newRow("past the cap") << QByteArray("<a x=\"1\" y='2' z=\"3\">t</a>") << 2 << QByteArray("<a x=\"1\" y='2'>t</a>") << 1;
        QTest::newRow("self-closing") << QByteArray("<a x=\"1\" y=\"2\"/>") << 1 << QByteArray("<a x=\"1\"/>") << 1;
        QTest::newRow("each element counted alone")
            << QByteArray("<a x=\"1\" y=\"2\"><b p=\"1\" q=\"2\"/></a>") << 1 << QByteArray("<a x=\"1\"><b p=\"1\"/></a>") << 2;
        QTest::newRow("markup inside values") << QByteArray("<a x=\"<b y='>'\" z=\"3\">t</a>") << 1
                                              << QByteArray("<a x=\"<b y='>'\">t</a>") << 1;
        QTest::newRow("comments, CDATA, declarations untouched")
            << QByteArray("<?xml version=\"1.0\" a=\"1\"?><!-- <c x=\"1\" y=\"2\"> --><a><![CDATA[<d p=\"1\" q=\"2\">]]></a>") << 1
            << QByteArray("<?xml version=\"1.0\" a=\"1\"?><!-- <c x=\"1\" y=\"2\"> --><a><![CDATA[<d p=\"1\" q=\"2\">]]></a>") << 0;
        QTest::newRow("HTML: unquoted and bare") << QByteArray("<input x=1 disabled y=\"2\">") << 1
                                                 << QByteArray("<input x=1>") << 2;
        QTest::newRow("HTML: slash between attributes") << QByteArray("<br a=1 / b=2/>") << 1 << QByteArray("<br a=1 />") << 1;
        QTest::newRow("unterminated value") << QByteArray("<a x=\"1\" y=\"2") << 1 << QByteArray("<a x=\"1\" y=\"2") << 0;
    }

    void limit()
    {
        QFETCH(QByteArray, in);
        QFETCH(int, max);
        QFETCH(QByteArray, out);
        QFETCH(int, dropped);
        QCOMPARE(XmlAttributeLimiter::limit(in, max), qsizetype(dropped));
        QCOMPARE(in, out);
    }
};

QTEST_APPLESS_MAIN(TestXmlAttributeLimiter)
#include "tst_xmlattributelimiter.moc"
