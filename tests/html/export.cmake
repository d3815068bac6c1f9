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
