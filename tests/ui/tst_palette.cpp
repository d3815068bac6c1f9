#include "core/export/htmlpalette.h"
#include "ui/paint/viewpalette.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// The window (ViewPalette), the PDF (ViewPalette::light()) and the HTML export (HtmlPalette)
// read one colour source, Palette::standard(). These rows fail if any of them grows a colour of
// its own again: every role the HTML shares with the window must be the window's colour.
class TestPalette : public QObject
{
    Q_OBJECT

    using HtmlField = QString HtmlPalette::Colors::*;
    using ViewColour = std::function<QColor(const ViewPalette &)>;

private slots:
    void htmlTakesTheWindowsColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<HtmlField>("html");
        QTest::addColumn<ViewColour>("view");
        const std::pair<const char *, std::pair<HtmlField, ViewColour>> roles[] = {
            {"text", {&HtmlPalette::Colors::text, &ViewPalette::text}},
            {"dimmed", {&HtmlPalette::Colors::dimmed, &ViewPalette::dimmedText}},
            {"line", {&HtmlPalette::Colors::line, &ViewPalette::line}},
            {"match", {&HtmlPalette::Colors::match, [](const ViewPalette &p) { return p.background(UnitStatus::Match); }}},
            {"divergent", {&HtmlPalette::Colors::divergent, [](const ViewPalette &p) { return p.background(UnitStatus::Divergent); }}},
            {"unique", {&HtmlPalette::Colors::unique, [](const ViewPalette &p) { return p.background(UnitStatus::Unique); }}},
            {"furniture", {&HtmlPalette::Colors::furniture, [](const ViewPalette &p) { return p.background(UnitStatus::Furniture); }}},
            {"related", {&HtmlPalette::Colors::related, [](const ViewPalette &p) { return p.background(UnitStatus::Related); }}},
            {"relatedMarker", {&HtmlPalette::Colors::relatedMarker, [](const ViewPalette &p) { return p.marker(UnitStatus::Related); }}},
            {"matchMarker", {&HtmlPalette::Colors::matchMarker, [](const ViewPalette &p) { return p.marker(UnitStatus::Match); }}},
            {"divergentMarker", {&HtmlPalette::Colors::divergentMarker, [](const ViewPalette &p) { return p.marker(UnitStatus::Divergent); }}},
            {"uniqueMarker", {&HtmlPalette::Colors::uniqueMarker, [](const ViewPalette &p) { return p.marker(UnitStatus::Unique); }}},
            {"changed", {&HtmlPalette::Colors::changed, [](const ViewPalette &p) { return p.background(HighlightRole::Changed); }}},
            {"inserted", {&HtmlPalette::Colors::inserted, [](const ViewPalette &p) { return p.background(HighlightRole::Inserted); }}},
            {"fact", {&HtmlPalette::Colors::fact, [](const ViewPalette &p) { return p.factColor(FactChange::Kind::Number); }}},
            {"moved", {&HtmlPalette::Colors::moved, &ViewPalette::moved}},
            {"hover", {&HtmlPalette::Colors::hover, &ViewPalette::hover}},
            {"focus", {&HtmlPalette::Colors::focus, &ViewPalette::focus}},
        };
        for (const bool dark : {false, true}) {
            for (const auto &[name, role] : roles)
                QTest::addRow("%s %s", dark ? "dark" : "light", name) << dark << role.first << role.second;
        }
    }

    void htmlTakesTheWindowsColours()
    {
        QFETCH(bool, dark);
        QFETCH(HtmlField, html);
        QFETCH(ViewColour, view);
        const HtmlPalette css = HtmlPalette::defaults();
        const QString htmlColour = (dark ? css.dark : css.light).*html;
        const QColor viewColour = view(dark ? ViewPalette::dark() : ViewPalette::light());
        QCOMPARE(htmlColour, viewColour.name(QColor::HexRgb));
    }

    // The continuous view's link bands: a related pair is no edit, so its band is neither the
    // edited nor the matching one, in light and dark.
    void relatedBandsAreTheirOwn()
    {
        for (const ViewPalette &p : {ViewPalette::light(), ViewPalette::dark()}) {
            const QColor related = p.band(LinkKind::Related, false);
            QVERIFY(related.rgb() != p.band(LinkKind::Divergent, false).rgb());
            QVERIFY(related.rgb() != p.band(LinkKind::Match, false).rgb());
        }
    }

    void pageBackgroundsContrastWithText()
    {
        const HtmlPalette css = HtmlPalette::defaults();
        QCOMPARE(QColor::fromString(css.light.background).lightness() > 128, true);
        QCOMPARE(QColor::fromString(css.dark.background).lightness() < 128, true);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
