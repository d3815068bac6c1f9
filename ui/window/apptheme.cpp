#include "ui/window/apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

// What the platform gave before Synoptic changed anything, to go back to for "System".
struct PlatformLook
{
    QString style;
    QPalette palette;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

void AppTheme::apply(Theme theme)
{
    platformLook(); // remembered before the first change
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformLook().style));
        QApplication::setPalette(platformLook().palette);
        break;
    case Theme::Light: {
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        QApplication::setStyle(fusion);
        QApplication::setPalette(fusion->standardPalette());
        break;
    }
    case Theme::Dark:
        applyDark();
        break;
    }
}

QString AppTheme::name(Theme theme)
{
    switch (theme) {
    case Theme::System: return u"system"_s;
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    }
    return u"system"_s;
}

AppTheme::Theme AppTheme::fromName(const QString &name)
{
    if (name == u"light"_s)
        return Theme::Light;
    if (name == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

void AppTheme::applyDark()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor accent(0x3d, 0x8e, 0xe0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}
