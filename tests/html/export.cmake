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
export(seed-diff ${seed} --differences-only --html "${OUT}/seed-diff.html")
export(three "${DATA}/wikipedia/hawaiian-language-v0.txt" "${DATA}/wikipedia/hawaiian-language-v1.txt"
       "${DATA}/wikipedia/hawaiian-language-v2.txt" --html "${OUT}/three.html")
export(hostile "${DATA}/hostile/hostile.txt" "${DATA}/ap-nk-fm-russia.txt" --html "${OUT}/hostile.html")
