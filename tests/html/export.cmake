# CTest fixture for the browser tests: exports the comparisons they open, with the real CLI.
#   cmake -DCLI=<synoptic-cli> -DDATA=<tests/data> -DOUT=<dir> [-DCORPUS=<corpus/dev>] -P export.cmake
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

function(export name)
    execute_process(COMMAND "${CLI}" compare ${ARGN}
                    RESULT_VARIABLE result ERROR_VARIABLE error OUTPUT_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "synoptic-cli compare ${ARGN} failed (${result}): ${error}")
    endif()
endfunction()

set(seed "${DATA}/ap-nk-fm-russia.txt" "${DATA}/newszop-nk-troops.txt")
export(seed ${seed} --html "${OUT}/seed.html")
# Issue 12: two reports of one fire with related passages shown (--related).
export(related "${DATA}/related/harbour-fire-courier.txt" "${DATA}/related/harbour-fire-gazette.txt" --related
       --html "${OUT}/related.html")
# The seed pair has nothing left to fold once its furniture shares rows with unique passages.
export(seed-diff "${DATA}/wikipedia/hawaiian-language-v1.txt" "${DATA}/wikipedia/hawaiian-language-v2.txt"
       --differences-only --html "${OUT}/seed-diff.html")
# Letter I of Frankenstein, 1818 and 1831: the address line is the same only ignoring case.
# Issue #14: the context option, none and the most, on the pair seed-diff folds.
export(context0 "${DATA}/wikipedia/hawaiian-language-v1.txt" "${DATA}/wikipedia/hawaiian-language-v2.txt"
       --differences-only --context 0 --html "${OUT}/context0.html")
export(context3 "${DATA}/wikipedia/hawaiian-language-v1.txt" "${DATA}/wikipedia/hawaiian-language-v2.txt"
       --differences-only --context 3 --html "${OUT}/context3.html")
# Issue #14: sizes of a longer pair, full and differences only: five articles end to end, and the
# same with a year and a country changed.
set(long)
foreach(part wikipedia/history-of-wikipedia-v7.txt wikipedia/hawaiian-language-v2.txt ap-nk-fm-russia.txt
             newszop-nk-troops.txt folding/frankenstein-1831-letter1.txt)
    file(READ "${DATA}/${part}" text)
    string(APPEND long "${text}\n\n")
endforeach()
file(WRITE "${OUT}/long/a.txt" "${long}")
string(REPLACE "1900" "1950" long "${long}")
string(REPLACE "Russia" "Ukraine" long "${long}")
file(WRITE "${OUT}/long/b.txt" "${long}")
export(long-full "${OUT}/long/a.txt" "${OUT}/long/b.txt" --html "${OUT}/long-full.html")
export(long-diff "${OUT}/long/a.txt" "${OUT}/long/b.txt" --differences-only --html "${OUT}/long-diff.html")
export(folding "${DATA}/folding/frankenstein-1818-letter1.txt" "${DATA}/folding/frankenstein-1831-letter1.txt"
       --differences-only --html "${OUT}/folding.html")
export(three "${DATA}/wikipedia/hawaiian-language-v0.txt" "${DATA}/wikipedia/hawaiian-language-v1.txt"
       "${DATA}/wikipedia/hawaiian-language-v2.txt" --html "${OUT}/three.html")
# Issue #13: a reference article chosen with --base (the first, not the engine's choice).
export(reference "${DATA}/wikipedia/history-of-wikipedia-v0.txt" "${DATA}/wikipedia/history-of-wikipedia-v1.txt"
       "${DATA}/wikipedia/history-of-wikipedia-v2.txt" --base 1 --html "${OUT}/reference.html")
# Issue #13: eight revisions of one article, which must fit a 1,400 px window side by side.
set(wiki8)
foreach(v 0 1 2 3 4 5 6 7)
    list(APPEND wiki8 "${DATA}/wikipedia/history-of-wikipedia-v${v}.txt")
endforeach()
export(wiki8 ${wiki8} --html "${OUT}/wiki8.html")
export(hostile "${DATA}/hostile/hostile.txt" "${DATA}/ap-nk-fm-russia.txt" --html "${OUT}/hostile.html")

# Eight articles: the three Wikipedia revisions, the seed pair, and three edited copies of the
# revisions (numbers changed, a sentence added), so every column has something of its own.
set(eight "${DATA}/wikipedia/hawaiian-language-v0.txt" "${DATA}/wikipedia/hawaiian-language-v1.txt"
          "${DATA}/wikipedia/hawaiian-language-v2.txt" ${seed})
foreach(v 0 1 2)
    file(READ "${DATA}/wikipedia/hawaiian-language-v${v}.txt" text)
    # Numbers changed (1900 -> 1950), so the export lists more than 20 changed facts.
    string(REGEX REPLACE "([0-9])0" "\\15" text "${text}")
    file(WRITE "${OUT}/copies/hawaiian-copy-${v}.txt" "${text}\nThis copy ${v} was edited for the eight-article test.\n")
    list(APPEND eight "${OUT}/copies/hawaiian-copy-${v}.txt")
endforeach()
export(eight ${eight} --html "${OUT}/eight.html")
# A file name spoofed with U+202E (shows as 'invoice_exe.png') and an Arabic paragraph.
export(spoof "${DATA}/hostile/bidi-spoof.txt" "${DATA}/ap-nk-fm-russia.txt" --html "${OUT}/spoof.html")
# Redlines: the seed pair with its JSON report (the browser test counts its changed words), three
# articles (a section per other article), a hostile article and a moved paragraph.
export(seed-redline ${seed} --redline "${OUT}/seed-redline.html" --json "${OUT}/seed.json")
export(three-redline "${DATA}/wikipedia/hawaiian-language-v0.txt" "${DATA}/wikipedia/hawaiian-language-v1.txt"
       "${DATA}/wikipedia/hawaiian-language-v2.txt" --redline "${OUT}/three-redline.html")
export(hostile-redline "${DATA}/hostile/hostile.txt" "${DATA}/ap-nk-fm-russia.txt" --redline "${OUT}/hostile-redline.html")
set(p1 "The council met on Monday to discuss the new budget for the harbour district.")
set(p2 "Residents complained about the noise from the construction site near the old mill.")
set(p3 "The mayor promised a decision before the end of the month, aides said later.")
set(p4 "Opposition members called the plan reckless and demanded an independent review.")
set(p5 "Shipping companies welcomed the proposal, which would deepen the main channel.")
file(WRITE "${OUT}/moved/before.txt" "${p1}\n\n${p2}\n\n${p3}\n\n${p4}\n\n${p5}\n")
file(WRITE "${OUT}/moved/after.txt" "${p1}\n\n${p3}\n\n${p4}\n\n${p5}\n\n${p2}\n")
export(moved-redline "${OUT}/moved/before.txt" "${OUT}/moved/after.txt" --redline "${OUT}/moved-redline.html")
# Issue #14: the same moved paragraph side by side, its two places linked both ways.
export(moved "${OUT}/moved/before.txt" "${OUT}/moved/after.txt" --html "${OUT}/moved.html")
# Issue #14: a book-length pair, whose tab stops the browser test counts; skipped without the
# development corpus (../shared).
if(EXISTS "${CORPUS}/frankenstein/frankenstein-1818.txt" AND EXISTS "${CORPUS}/frankenstein/frankenstein-1831.txt")
    export(frankenstein "${CORPUS}/frankenstein/frankenstein-1818.txt" "${CORPUS}/frankenstein/frankenstein-1831.txt"
           --html "${OUT}/frankenstein.html")
    export(frankenstein-diff "${CORPUS}/frankenstein/frankenstein-1818.txt" "${CORPUS}/frankenstein/frankenstein-1831.txt"
           --differences-only --html "${OUT}/frankenstein-diff.html")
endif()

# Notes (issue #17): a session with notes on a passage, on a link, with hostile text, past the
# text and on the whole comparison, exported with --session. Anchors are code points into the
# texts the report gives; the articles are ASCII, so string(FIND)'s bytes are code points.
set(n1 "The council met on Monday to discuss the new budget for the harbour district.")
set(n2a "Officials said the cost of the works would reach 12 million euros.")
set(n2b "Officials put the cost of the works at 15 million euros.")
set(n3 "Teachers asked whether the school on Quay Street would stay open during the works.")
set(n4 "Shipping companies welcomed the proposal, which would deepen the main channel.")
set(n5 "The mayor promised a decision before the end of the month, aides said later.")
set(n6 "The next meeting is planned for the first week of June, in the town hall.")
file(WRITE "${OUT}/notes/council-a.txt" "${n1} ${n2a}\n\n${p2}\n\n${n3}\n\n${p4}\n\n${n5}\n\n${n6}\n")
file(WRITE "${OUT}/notes/council-b.txt" "${n1} ${n2b}\n\n${n4}\n\n${p3}\n\n${n5}\n\n${n6}\n")
export(notes-plain "${OUT}/notes/council-a.txt" "${OUT}/notes/council-b.txt" --json "${OUT}/notes/plain.json"
       --save-session "${OUT}/notes/plain.synoptic")
file(READ "${OUT}/notes/plain.json" report)
# NAME_START and NAME_END: the code points of `part` in document `doc` of the report.
function(anchor name doc part)
    string(JSON text GET "${report}" documents ${doc} text)
    string(FIND "${text}" "${part}" at)
    if(at LESS 0)
        message(FATAL_ERROR "'${part}' is not in document ${doc}")
    endif()
    string(LENGTH "${part}" length)
    math(EXPR end "${at} + ${length}")
    set(${name}_START ${at} PARENT_SCOPE)
    set(${name}_END ${end} PARENT_SCOPE)
endfunction()
anchor(DISPUTED 0 "${n2a}")
anchor(LINK_A 0 "${n2a}")
anchor(LINK_B 1 "${n2b}")
anchor(HOSTILE 1 "${n4}")
anchor(LATE 0 "${n6}")
# A manual link (issue #17) between two passages the engine leaves apart: article 1's school
# question and article 2's shipping paragraph.
anchor(MANUAL_A 0 "${n3}")
anchor(MANUAL_B 1 "${n4}")
string(REPEAT "A very long note that goes on. " 40 LONG)
string(CONFIGURE [=[[
  {"anchor": {"article": 0, "start": @DISPUTED_START@, "end": @DISPUTED_END@}, "verdict": "disputed",
   "text": "The budget papers say 15 million, not 12.", "created": "2026-03-01T09:30:00.000Z"},
  {"anchor": {"article": 0, "start": @LINK_A_START@, "end": @LINK_A_END@},
   "linkedTo": {"article": 1, "start": @LINK_B_START@, "end": @LINK_B_END@}, "verdict": "unclear",
   "text": "Same sentence, different figure: which is right?"},
  {"anchor": {"article": 1, "start": @HOSTILE_START@, "end": @HOSTILE_END@},
   "text": "<script>window.pwned=1</script></p><b>bold</b> \"quoted\" 'single' \u202Eevil.exe @LONG@"},
  {"anchor": {"article": 0, "start": @LATE_START@, "end": @LATE_END@}, "verdict": "confirmed",
   "text": "Checked against the minutes."},
  {"anchor": {"article": 1, "start": 900000, "end": 900010}, "text": "Written about text that is not there."},
  {"verdict": "confirmed", "text": "The two articles report the same meeting."}
]]=] notes @ONLY)
file(READ "${OUT}/notes/plain.synoptic" session)
string(JSON session SET "${session}" notes "${notes}")
file(WRITE "${OUT}/notes/notes.synoptic" "${session}")
export(notes --session "${OUT}/notes/notes.synoptic" --html "${OUT}/notes.html" --json "${OUT}/notes.json"
       --redline "${OUT}/notes-redline.html")
export(manual "${OUT}/notes/council-a.txt" "${OUT}/notes/council-b.txt" --html "${OUT}/manual.html"
       --link "1:${MANUAL_A_START}-${MANUAL_A_END},2:${MANUAL_B_START}-${MANUAL_B_END}")
