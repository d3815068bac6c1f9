# CTest fixture for the browser tests: exports the comparisons they open, with the real CLI.
#   cmake -DCLI=<synoptic-cli> -DDATA=<tests/data> -DOUT=<dir> -P export.cmake
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
# The seed pair has nothing left to fold once its furniture shares rows with unique passages.
export(seed-diff "${DATA}/wikipedia/hawaiian-language-v1.txt" "${DATA}/wikipedia/hawaiian-language-v2.txt"
       --differences-only --html "${OUT}/seed-diff.html")
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
