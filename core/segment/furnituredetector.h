#pragma once

#include <QStringView>

#include <vector>

/// Recognises page furniture left in saved or pasted articles: navigation ("Top News",
/// "Next Story"), prompts ("READ MORE:", "Send Push", "Download the app now", share and
/// subscribe lines), image placeholders, and one- or two-word bylines in article-like text.
class FurnitureDetector
{
public:
    /// `paragraphs` are the block texts of one document, in order. Returns one flag per block.
    std::vector<bool> detect(const std::vector<QStringView> &paragraphs) const;

    /// True when a single block is furniture by its wording alone.
    static bool isFurnitureLine(QStringView block);
};
