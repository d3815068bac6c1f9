#pragma once

#include <QString>

#include <cstddef>
#include <vector>

/// Distinct word forms numbered 0, 1, 2... in the order they were first added. Open addressing
/// with linear probing over a power-of-two table at most half full, with every form's hash kept:
/// the engine looks up every word of every document, and std::unordered_map with FormHash
/// (a hash it thinks fast, so it keeps no hash codes) compared the strings of every node of a
/// bucket it walked.
class FormTable
{
public:
    FormTable();

    /// The form's number, given the next one when the form is new.
    int add(const QString &form);
    /// The form's number, -1 when it was never added.
    int find(const QString &form) const;
    size_t size() const { return m_forms.size(); }
    const QString &form(int id) const { return m_forms[size_t(id)]; }
    /// Every form by number.
    const std::vector<QString> &forms() const { return m_forms; }

private:
    void grow();

    std::vector<QString> m_forms;
    std::vector<size_t> m_hashes; ///< by number: FormHash of the form
    std::vector<int> m_slots;     ///< numbers, -1 for an empty slot
};
