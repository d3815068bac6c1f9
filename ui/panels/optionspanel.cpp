#include "ui/panels/optionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The slider works in hundredths of similarity.
constexpr int SliderScale = 100;
} // namespace

OptionsPanel::OptionsPanel(QWidget *parent)
    : QWidget(parent), m_granularity(new QComboBox(this)), m_threshold(new QSlider(Qt::Horizontal, this)),
      m_thresholdValue(new QLabel(this))
{
    m_granularity->setObjectName(u"granularity"_s);
    m_granularity->addItem(tr("Sentences"), int(Granularity::Sentence));
    m_granularity->addItem(tr("Paragraphs"), int(Granularity::Paragraph));
    m_granularity->setToolTip(tr("The unit of alignment: sentences, or whole paragraphs"));

    m_threshold->setObjectName(u"threshold"_s);
    m_threshold->setRange(5, 95);
    m_threshold->setPageStep(5);
    m_threshold->setToolTip(tr("Least similarity for two passages to count as the same passage edited. Lower finds "
                               "looser paraphrases, and more false links."));
    m_thresholdValue->setMinimumWidth(fontMetrics().horizontalAdvance(u"0.00"_s));
    m_thresholdValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdValue);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Align by"), m_granularity);
    form->addRow(tr("Divergent at"), thresholdRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *ignoreLabel = new QLabel(tr("When comparing, ignore"), this);
    layout->addWidget(ignoreLabel);
    m_ignoreCase = addCheckBox(tr("Case"), tr("“Seoul” and “SEOUL” are the same word"));
    m_ignorePunctuation
        = addCheckBox(tr("Punctuation"), tr("A changed comma or quotation mark keeps a passage a match"));
    m_ignoreDigits = addCheckBox(tr("Digits"), tr("Every digit counts as the same: “12,000” matches “10,000”"));
    m_ignoreDiacritics = addCheckBox(tr("Diacritics"), tr("“café” matches “cafe”"));
    m_ignoreFurniture = addCheckBox(tr("Page furniture"),
                                    tr("Leave out navigation and share prompts (“READ MORE:”, “Top News”); they stay "
                                       "visible, dimmed"));
    auto *reset = new QPushButton(tr("Restore Defaults"), this);
    reset->setObjectName(u"restoreDefaults"_s);
    connect(reset, &QPushButton::clicked, this, [this] {
        setOptions(AlignOptions());
        edited();
    });
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit optionsChanged(options()); });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &OptionsPanel::edited);
    connect(m_threshold, &QSlider::valueChanged, this, [this] {
        updateThresholdLabel();
        edited();
    });
    setOptions(AlignOptions());
}

QCheckBox *OptionsPanel::addCheckBox(const QString &text, const QString &toolTip)
{
    auto *box = new QCheckBox(text, this);
    box->setToolTip(toolTip);
    connect(box, &QCheckBox::toggled, this, &OptionsPanel::edited);
    layout()->addWidget(box);
    return box;
}

AlignOptions OptionsPanel::options() const
{
    AlignOptions o = m_base;
    o.granularity = Granularity(m_granularity->currentData().toInt());
    o.divergentThreshold = double(m_threshold->value()) / SliderScale;
    o.ignoreCase = m_ignoreCase->isChecked();
    o.ignorePunctuation = m_ignorePunctuation->isChecked();
    o.ignoreDigits = m_ignoreDigits->isChecked();
    o.ignoreDiacritics = m_ignoreDiacritics->isChecked();
    o.ignoreFurniture = m_ignoreFurniture->isChecked();
    return o;
}

void OptionsPanel::setOptions(const AlignOptions &options)
{
    const QList<QWidget *> controls{m_granularity,    m_threshold,      m_ignoreCase,     m_ignorePunctuation,
                                    m_ignoreDigits, m_ignoreDiacritics, m_ignoreFurniture};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *control : controls)
        blockers.push_back(std::make_unique<QSignalBlocker>(control));
    m_base = options;
    m_granularity->setCurrentIndex(m_granularity->findData(int(options.granularity)));
    m_threshold->setValue(int(std::lround(options.divergentThreshold * SliderScale)));
    m_ignoreCase->setChecked(options.ignoreCase);
    m_ignorePunctuation->setChecked(options.ignorePunctuation);
    m_ignoreDigits->setChecked(options.ignoreDigits);
    m_ignoreDiacritics->setChecked(options.ignoreDiacritics);
    m_ignoreFurniture->setChecked(options.ignoreFurniture);
    updateThresholdLabel();
    m_debounce.stop();
}

void OptionsPanel::edited()
{
    m_debounce.start();
}

void OptionsPanel::updateThresholdLabel()
{
    m_thresholdValue->setText(QString::number(double(m_threshold->value()) / SliderScale, 'f', 2));
}
