#pragma once

#include <QDialog>

class QTextBrowser;

/// Help ▸ User Guide: the short guide bundled with the program (resources/guide), shown offline.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QString text() const;

private:
    QTextBrowser *m_browser = nullptr;
};
